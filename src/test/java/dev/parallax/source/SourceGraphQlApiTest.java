package dev.parallax.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.parallax.domain.InvalidInputException;
import dev.parallax.domain.PageRequest;
import dev.parallax.graphql.BadUserInputException;
import dev.parallax.graphql.Cursor;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.Entities;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sources connection: paging arguments in, Relay page out; no server runs. */
class SourceGraphQlApiTest {

    private final SourceService service = mock(SourceService.class);
    private final SourceGraphQlApi api = new SourceGraphQlApi(service);

    @Test
    void aPageIsCutFromOneRowMoreThanAskedFor() {
        when(service.page(1L, new PageRequest(2, 0))).thenReturn(Uni.createFrom().item(List.of(
                Entities.source(4, 1, "a"), Entities.source(5, 1, "b"), Entities.source(6, 1, "c"))));
        SourceConnection page = api.sources(GlobalId.of(NodeType.Agreement, 1), 2, null).await().indefinitely();
        assertThat(page.nodes).extracting(n -> n.databaseId).containsExactly(4L, 5L);
        assertThat(page.edges).extracting(e -> e.cursor).containsExactly(Cursor.encode(4), Cursor.encode(5));
        assertThat(page.pageInfo.hasNextPage).isTrue();
        assertThat(page.pageInfo.endCursor).isEqualTo(Cursor.encode(5));
    }

    @Test
    void theLastPageSaysSoAndAnEmptyPageHasNoCursors() {
        when(service.page(null, new PageRequest(20, 5))).thenReturn(Uni.createFrom().item(List.of(Entities.source(6, 1, "c"))));
        SourceConnection last = api.sources(null, null, Cursor.encode(5)).await().indefinitely();
        assertThat(last.pageInfo.hasNextPage).isFalse();
        when(service.page(null, new PageRequest(20, 6))).thenReturn(Uni.createFrom().item(List.of()));
        SourceConnection empty = api.sources(null, null, Cursor.encode(6)).await().indefinitely();
        assertThat(empty.nodes).isEmpty();
        assertThat(empty.pageInfo.startCursor).isNull();
        assertThat(empty.pageInfo.endCursor).isNull();
        verify(service).page(null, new PageRequest(20, 6));
    }

    @Test
    void pageSizesOutOfRangeAndForgedCursorsAreRefusedBeforeTheService() {
        assertThatThrownBy(() -> api.sources(null, 0, null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("first must be between 1 and 100, was 0");
        assertThatThrownBy(() -> api.sources(null, 101, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> api.sources(null, 5, "Y3Vyc29yOnYxOi0x")).isInstanceOf(BadUserInputException.class)
                .hasMessageStartingWith("Invalid cursor");
        assertThatThrownBy(() -> api.sources(GlobalId.of(NodeType.Claim, 1), 5, null))
                .isInstanceOf(BadUserInputException.class);
        verifyNoInteractions(service);
    }

    @Test
    void oneSourceByItsId() {
        when(service.get(4)).thenReturn(Uni.createFrom().item(Entities.source(4, 1, "text")));
        assertThat(api.source(GlobalId.of(NodeType.Source, 4)).await().indefinitely().text).isEqualTo("text");
        verify(service).get(any(Long.class));
    }
}
