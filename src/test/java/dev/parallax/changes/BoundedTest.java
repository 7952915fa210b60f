package dev.parallax.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subscriber that stops reading holds at most the buffer, then ends with SLOW_CONSUMER; others go on. */
class BoundedTest {

    @Test
    void aReaderThatFallsBehindTheBufferIsEndedAndAReaderThatKeepsUpIsNot() {
        BroadcastProcessor<Integer> hot = BroadcastProcessor.create();
        AssertSubscriber<Integer> slow = Bounded.buffer(hot, 4).subscribe().withSubscriber(AssertSubscriber.create(1));
        AssertSubscriber<Integer> keepingUp = Bounded.buffer(hot, 4).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        for (int i = 0; i < 5; i++) {
            hot.onNext(i);
        }
        slow.assertNotTerminated();
        assertThat(slow.getItems()).containsExactly(0);

        hot.onNext(5);
        slow.assertFailedWith(SlowConsumerException.class, "More than 4 changes waited");
        keepingUp.assertNotTerminated();
        assertThat(keepingUp.getItems()).isEqualTo(List.of(0, 1, 2, 3, 4, 5));
    }
}
