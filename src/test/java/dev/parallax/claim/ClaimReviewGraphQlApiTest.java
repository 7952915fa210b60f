package dev.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parallax.agreement.Facet;
import dev.parallax.auth.AccessControl;
import dev.parallax.auth.UnauthenticatedException;
import dev.parallax.graphql.BadUserInputException;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.source.Source;
import dev.parallax.testing.Entities;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

/** The review resolvers map IDs, roles and results and leave the rules to the service; no server runs. */
class ClaimReviewGraphQlApiTest {

    private final ClaimReviewService review = mock(ClaimReviewService.class);
    private final AccessControl access = mock(AccessControl.class);
    private final ClaimReviewGraphQlApi api = new ClaimReviewGraphQlApi(review, access);

    private final Source source = Entities.source(3, 1, "6 km to the north");
    private final Facet facet = Entities.facet(10, 1, "corridor-depth-north", ValueKind.LENGTH);

    private static ClaimInputs.ReviewClaimInput reviewOf(String id) {
        ClaimInputs.ReviewClaimInput input = new ClaimInputs.ReviewClaimInput();
        input.claimId = id;
        return input;
    }

    @Test
    void confirmAndRejectPassTheDecodedIdTheChangeAndTheActor() {
        when(access.requireEditor()).thenReturn(Uni.createFrom().item("alice"));
        Claim claim = Entities.claim(7, source, facet, ClaimStatus.CONFIRMED, Quantity.of(ValueKind.LENGTH, "6", "km"), 0, 4);
        when(review.setStatus(7, ClaimStatusChange.CONFIRM, "alice")).thenReturn(Uni.createFrom().item(claim));
        when(review.setStatus(7, ClaimStatusChange.REJECT, "alice")).thenReturn(Uni.createFrom().item(claim));

        ClaimInputs.ClaimPayload confirmed = api.confirmClaim(reviewOf(GlobalId.of(NodeType.Claim, 7)))
                .await().indefinitely();
        assertThat(confirmed.claim.databaseId).isEqualTo(7L);
        assertThat(confirmed.claim.status).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(confirmed.claim.quote.exact).isEqualTo("6 km");

        api.rejectClaim(reviewOf(GlobalId.of(NodeType.Claim, 7))).await().indefinitely();
        verify(review).setStatus(7, ClaimStatusChange.REJECT, "alice");
    }

    @Test
    void anIdOfTheWrongTypeOrMalformedNeverReachesTheService() {
        when(access.requireEditor()).thenReturn(Uni.createFrom().item("alice"));
        assertThatThrownBy(() -> api.confirmClaim(reviewOf(GlobalId.of(NodeType.Source, 7))).await().indefinitely())
                .isInstanceOf(BadUserInputException.class).hasMessageContaining("is a Source ID, expected a Claim ID");
        assertThatThrownBy(() -> api.confirmClaim(reviewOf("not-an-id")).await().indefinitely())
                .isInstanceOf(BadUserInputException.class).hasMessage("Malformed ID: \"not-an-id\"");
        verify(review, never()).setStatus(anyLong(), org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void withoutATokenNothingIsDecodedOrChanged() {
        when(access.requireEditor()).thenReturn(Uni.createFrom().failure(new UnauthenticatedException("no token")));
        assertThatThrownBy(() -> api.rejectClaim(reviewOf("not-an-id")).await().indefinitely())
                .isInstanceOf(UnauthenticatedException.class);
        verify(review, never()).setStatus(anyLong(), org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
    }
}
