package dev.parallax.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.parallax.agreement.AgreementService;
import dev.parallax.agreement.Facet;
import dev.parallax.agreement.FacetRepository;
import dev.parallax.claim.ClaimRepository;
import dev.parallax.claim.ClaimStatus;
import dev.parallax.domain.InvalidInputException;
import dev.parallax.engine.Cell;
import dev.parallax.engine.Verdict;
import dev.parallax.source.Source;
import dev.parallax.source.SourceRepository;
import dev.parallax.testing.Entities;
import dev.parallax.value.Quantity;
import dev.parallax.value.ValueKind;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the comparison service adds to the engine: checked arguments, column order, row filter; no database. */
class ComparisonServiceTest {

    private final AgreementService agreements = mock(AgreementService.class);
    private final FacetRepository facets = mock(FacetRepository.class);
    private final SourceRepository sources = mock(SourceRepository.class);
    private final ClaimRepository claims = mock(ClaimRepository.class);
    private final ComparisonService service = new ComparisonService(agreements, facets, sources, claims);

    private final Facet north = Entities.inClause(Entities.facet(10, 1, "depth-north", ValueKind.LENGTH), "2",
            Quantity.of(ValueKind.LENGTH, "6", "km"));
    private final Facet south = Entities.inClause(Entities.facet(11, 1, "depth-south", ValueKind.LENGTH), "2",
            Quantity.of(ValueKind.LENGTH, "6", "km"));
    private final Source wire = Entities.source(4, 1, "6 km to the north");
    private final Source paper = Entities.source(5, 1, "12 km to the north");

    @BeforeEach
    void stubTheWorld() {
        when(agreements.get(1)).thenReturn(Uni.createFrom().item(Entities.agreement(1, "test-2026")));
        when(facets.byAgreements(List.of(1L))).thenReturn(Uni.createFrom().item(List.of(north, south)));
        when(sources.forComparison(eq(List.of(1L)), any(), anyBoolean())).thenReturn(Uni.createFrom().item(List.of(wire, paper)));
        when(claims.countedFor(anyList(), anyList())).thenReturn(Uni.createFrom().item(List.of(
                Entities.claim(20, wire, north, ClaimStatus.CURATED, Quantity.of(ValueKind.LENGTH, "6", "km"), 0, 4),
                Entities.claim(21, paper, north, ClaimStatus.CURATED, Quantity.of(ValueKind.LENGTH, "12", "km"), 0, 5))));
    }

    @Test
    void everySourceGetsACellOnEveryPoint() {
        ComparisonData data = service.compare(1, null, null, false, true).await().indefinitely();
        assertThat(data.result().rows()).extracting(r -> r.facet().key()).containsExactly("depth-north", "depth-south");
        assertThat(data.result().rows().get(0).cells()).extracting(Cell::verdict)
                .containsExactly(Verdict.MATCHES, Verdict.CONFLICTS);
        assertThat(data.result().rows().get(1).cells()).extracting(Cell::verdict)
                .containsExactly(Verdict.OMITS, Verdict.OMITS);
    }

    @Test
    void columnsFollowTheOrderTheClientListedAndRowsItsFacetKeys() {
        ComparisonData data = service.compare(1, List.of(5L, 4L), List.of("depth-north"), false, true).await().indefinitely();
        assertThat(data.sources()).extracting(s -> s.id).containsExactly(5L, 4L);
        assertThat(data.facets()).extracting(f -> f.key).containsExactly("depth-north");
        assertThat(data.result().rows()).hasSize(1);
    }

    @Test
    void unknownFacetKeysAndForeignSourcesAreRefused() {
        assertThatThrownBy(() -> service.compare(1, null, List.of("depth-north", "nowhere", "never"), false, true)
                .await().indefinitely()).isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown facet keys for this agreement: nowhere, never");
        assertThatThrownBy(() -> service.compare(1, List.of(4L, 5L, 77L), null, false, true).await().indefinitely())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Some sourceIds do not name a source reporting on this agreement");
    }
}
