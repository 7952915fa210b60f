package dev.parallax.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notification payload: a change survives the trip, stays under PostgreSQL's 8000-byte limit, and junk is refused. */
class ChangeCodecTest {

    @Test
    void aChangeSurvivesTheTrip() {
        Change change = new Change(4, ChangeKind.CLAIM_REVIEWED, 9L, List.of(new Change.ClaimTouch(77, 12, "CORRECTED"),
                new Change.ClaimTouch(77, 11, "CORRECTED")));
        assertThat(ChangeCodec.decode(ChangeCodec.encode(change))).isEqualTo(change);
        assertThat(change.facetIds()).containsExactly(12L, 11L);
        Change imported = new Change(4, ChangeKind.AGREEMENT_IMPORTED, null, null);
        assertThat(ChangeCodec.decode(ChangeCodec.encode(imported))).isEqualTo(imported);
    }

    @Test
    void theLargestChangeFitsInANotification() {
        List<Change.ClaimTouch> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(new Change.ClaimTouch(Long.MAX_VALUE - i, Long.MAX_VALUE - i, "SUGGESTED"));
        }
        Change change = new Change(Long.MAX_VALUE, ChangeKind.SOURCE_ADDED, Long.MAX_VALUE, many);
        assertThat(change.claims()).hasSize(Change.MAX_CLAIMS);
        assertThat(ChangeCodec.encode(change).getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8000);
    }

    @Test
    void aPayloadThatIsNotAChangeIsRefused() {
        assertThatThrownBy(() -> ChangeCodec.decode("hello")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> ChangeCodec.decode("{\"a\":1,\"k\":\"NOPE\"}")).isInstanceOf(RuntimeException.class);
    }
}
