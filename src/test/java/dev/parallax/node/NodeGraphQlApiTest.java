package dev.parallax.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.agreement.AgreementService;
import dev.parallax.claim.ClaimService;
import dev.parallax.domain.NotFoundException;
import dev.parallax.graphql.BadUserInputException;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.source.SourceNode;
import dev.parallax.source.SourceService;
import dev.parallax.testing.Entities;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

/** {@code node(id:)} asks the service that owns the ID's type, and nothing else; no server runs. */
class NodeGraphQlApiTest {

    private final AgreementService agreements = mock(AgreementService.class);
    private final SourceService sources = mock(SourceService.class);
    private final ClaimService claims = mock(ClaimService.class);
    private final NodeGraphQlApi api = new NodeGraphQlApi(agreements, sources, claims);

    @Test
    void eachTypeIsFetchedByItsOwnService() {
        when(agreements.get(1)).thenReturn(Uni.createFrom().item(Entities.agreement(1, "idlib-2020")));
        when(sources.get(4)).thenReturn(Uni.createFrom().item(Entities.source(4, 1, "text")));
        assertThat(api.node(GlobalId.of(NodeType.Agreement, 1)).await().indefinitely())
                .isInstanceOfSatisfying(AgreementNode.class, a -> assertThat(a.slug).isEqualTo("idlib-2020"));
        assertThat(api.node(GlobalId.of(NodeType.Source, 4)).await().indefinitely())
                .isInstanceOfSatisfying(SourceNode.class, s -> assertThat(s.databaseId).isEqualTo(4L));
        verifyNoInteractions(claims);
    }

    @Test
    void aMissingObjectIsNotFoundAndAMalformedIdNeverReachesAService() {
        when(claims.get(5)).thenReturn(Uni.createFrom().failure(new NotFoundException("No claim with this ID")));
        assertThatThrownBy(() -> api.node(GlobalId.of(NodeType.Claim, 5)).await().indefinitely())
                .isInstanceOf(NotFoundException.class);
        // "Claim:0": well-formed base64, but no object has ID 0.
        assertThatThrownBy(() -> api.node("Q2xhaW06MA")).isInstanceOf(BadUserInputException.class);
        verifyNoInteractions(agreements, sources);
    }
}
