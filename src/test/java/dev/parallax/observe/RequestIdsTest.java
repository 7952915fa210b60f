package dev.parallax.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client's request id is kept only when it is short and plain. */
class RequestIdsTest {

    @Test
    void saneIdsAreKeptOthersReplaced() {
        assertThat(RequestIds.accepted("abc-123_X.y")).isEqualTo("abc-123_X.y");
        assertThat(RequestIds.accepted("a".repeat(128))).isEqualTo("a".repeat(128));
        for (String bad : new String[] {null, "", "a".repeat(129), "a b", "a\r\nSet-Cookie: x", "ü", "id;drop"}) {
            String id = RequestIds.accepted(bad);
            assertThat(id).isNotEqualTo(bad);
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        }
    }
}
