package dev.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.parallax.agreement.AgreementService;
import dev.parallax.agreement.Facet;
import dev.parallax.domain.InvalidInputException;
import dev.parallax.domain.NotFoundException;
import dev.parallax.source.Source;
import dev.parallax.source.SourceService;
import dev.parallax.testing.Entities;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import dev.parallax.changes.Change;
import dev.parallax.changes.ChangeKind;
import dev.parallax.changes.ChangeRepository;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review rules of {@link ClaimReviewService} in milliseconds: repositories and neighbouring services are mocked. */
class ClaimReviewServiceTest {

    private static final String TEXT = "The corridor runs 6 km to the north and 6 km to the south of the M4.";

    private final ClaimRepository claims = mock(ClaimRepository.class);
    private final ClaimEventRepository events = mock(ClaimEventRepository.class);
    private final SourceService sources = mock(SourceService.class);
    private final AgreementService agreements = mock(AgreementService.class);
    private final ChangeRepository changes = mock(ChangeRepository.class);
    private final ClaimReviewService review = new ClaimReviewService(claims, events, sources, agreements, changes);

    private final Source source = Entities.source(3, 1, TEXT);
    private final Facet north = Entities.facet(10, 1, "corridor-depth-north", ValueKind.LENGTH);
    private final Facet south = Entities.facet(11, 1, "corridor-depth-south", ValueKind.LENGTH);

    @BeforeEach
    void stubTheWorld() {
        when(sources.get(3)).thenReturn(Uni.createFrom().item(source));
        when(sources.get(99)).thenReturn(Uni.createFrom().failure(new NotFoundException("No source with this ID")));
        when(agreements.facetsOf(List.of(1L))).thenReturn(Uni.createFrom().item(List.of(List.of(north, south))));
        when(agreements.facetsById(List.of(10L))).thenReturn(Uni.createFrom().item(List.of(north)));
        when(claims.persistAndFlush(any(Claim.class))).thenAnswer(call -> {
            Claim claim = call.getArgument(0);
            claim.id = claim.id == null ? 8L : claim.id; // as the database assigns it
            return Uni.createFrom().item(claim);
        });
        when(claims.spanTaken(anyLong(), anyLong(), anyInt(), anyInt(), anyLong())).thenReturn(Uni.createFrom().item(false));
        when(events.record(any(), any(), any(), any(), any())).thenReturn(Uni.createFrom().item(new ClaimEvent()));
        when(changes.announce(any())).thenReturn(Uni.createFrom().voidItem());
    }

    private Claim stored(ClaimStatus status) {
        Claim claim = Entities.claim(7, source, north, status, Quantity.of(ValueKind.LENGTH, "6", "km"), 18, 22);
        when(claims.findById(7L)).thenReturn(Uni.createFrom().item(claim));
        return claim;
    }

    @Test
    void confirmingASuggestionCountsItAndRecordsWhoDidIt() {
        stored(ClaimStatus.SUGGESTED);
        Claim confirmed = review.setStatus(7, ClaimStatusChange.CONFIRM, "alice").await().indefinitely();
        assertThat(Entities.status(confirmed)).isEqualTo(ClaimStatus.CONFIRMED);
        verify(events).record(eq(confirmed), eq(ClaimAction.CONFIRMED), any(String.class), eq("corridor-depth-north"),
                eq("alice"));
        verify(changes).announce(new Change(1, ChangeKind.CLAIM_REVIEWED, 3L, List.of(new Change.ClaimTouch(7, 10, "CONFIRMED"))));
    }

    @Test
    void aCuratedClaimCannotBeConfirmedOrRejected() {
        stored(ClaimStatus.CURATED);
        assertThatThrownBy(() -> review.setStatus(7, ClaimStatusChange.CONFIRM, "alice").await().indefinitely())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A CURATED claim cannot be confirmed; only SUGGESTED or REJECTED ones");
        assertThatThrownBy(() -> review.setStatus(7, ClaimStatusChange.REJECT, "alice").await().indefinitely())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A CURATED claim cannot be rejected; only SUGGESTED or CONFIRMED ones");
        verify(claims, never()).persistAndFlush(any(Claim.class));
    }

    @Test
    void anUnknownClaimIsNotFound() {
        when(claims.findById(8L)).thenReturn(Uni.createFrom().nullItem());
        assertThatThrownBy(() -> review.setStatus(8, ClaimStatusChange.REJECT, "alice").await().indefinitely())
                .isInstanceOf(NotFoundException.class).hasMessage("No claim with this ID");
    }

    @Test
    void aHandWrittenClaimNeedsFacetValueAndQuoteBeforeAnythingIsRead() {
        assertThatThrownBy(() -> review.add(3, new ClaimChange("corridor-depth-north", null, 18, 22, null), "alice"))
                .isInstanceOf(InvalidInputException.class).hasMessage("facetKey, value and quote are required");
        verifyNoInteractions(sources, claims);
    }

    @Test
    void aHandWrittenClaimIsCuratedAndTakesItsQuoteFromTheText() {
        Claim added = review.add(3, new ClaimChange("corridor-depth-south",
                Quantity.of(ValueKind.LENGTH, "6", "km"), 40, 44, "Erdogan"), "alice").await().indefinitely();
        assertThat(Entities.status(added)).isEqualTo(ClaimStatus.CURATED);
        assertThat(added.quoteExact).isEqualTo("6 km");
        assertThat(added.facetId).isEqualTo(11L);
        assertThat(added.attributedTo).isEqualTo("Erdogan");
        assertThat(added.origin).isEqualTo("manual");
        verify(events).record(eq(added), eq(ClaimAction.ADDED), isNull(), eq("corridor-depth-south"), eq("alice"));
    }

    @Test
    void aSpanOutsideTheTextAWrongKindOrAnUnknownFacetIsRefused() {
        Quantity sixKm = Quantity.of(ValueKind.LENGTH, "6", "km");
        assertThatThrownBy(() -> review.add(3, new ClaimChange("corridor-depth-south", sixKm, 60, 99, null), "a")
                .await().indefinitely()).isInstanceOf(InvalidInputException.class)
                .hasMessage("Quote span 60..99 is not inside the source text (length " + TEXT.length() + ")");
        assertThatThrownBy(() -> review.add(3, new ClaimChange("corridor-depth-south",
                Quantity.of(ValueKind.COUNT, "6", null), 40, 44, null), "a").await().indefinitely())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A COUNT value does not fit facet corridor-depth-south, which takes LENGTH");
        assertThatThrownBy(() -> review.add(3, new ClaimChange("ceasefire-start", sixKm, 40, 44, null), "a")
                .await().indefinitely()).isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown facet key for this source's agreement: ceasefire-start");
        verify(claims, never()).persistAndFlush(any(Claim.class));
    }

    @Test
    void aClaimOnAnUnknownSourceIsNotFound() {
        assertThatThrownBy(() -> review.add(99, new ClaimChange("corridor-depth-south",
                Quantity.of(ValueKind.LENGTH, "6", "km"), 40, 44, null), "a").await().indefinitely())
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSameSpanTwiceIsRefusedClearly() {
        when(claims.spanTaken(3, 11, 40, 44, -1)).thenReturn(Uni.createFrom().item(true));
        assertThatThrownBy(() -> review.add(3, new ClaimChange("corridor-depth-south",
                Quantity.of(ValueKind.LENGTH, "6", "km"), 40, 44, null), "a").await().indefinitely())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The source already has a claim on this facet with this quote span");
    }

    @Test
    void aCorrectedSuggestionIsConfirmedWhileACuratedClaimStaysCurated() {
        stored(ClaimStatus.SUGGESTED);
        Claim corrected = review.correct(7, new ClaimChange(null, null, 40, 44, null), "bob").await().indefinitely();
        assertThat(Entities.status(corrected)).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(corrected.quoteExact).isEqualTo("6 km");
        assertThat(corrected.quoteStart).isEqualTo(40);

        stored(ClaimStatus.CURATED);
        Claim curated = review.correct(7, new ClaimChange(null, null, null, null, "Putin"), "bob").await().indefinitely();
        assertThat(Entities.status(curated)).isEqualTo(ClaimStatus.CURATED);
        assertThat(curated.attributedTo).isEqualTo("Putin");
    }
}
