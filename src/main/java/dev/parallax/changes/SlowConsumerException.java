package dev.parallax.changes;

/** A subscriber fell more than its buffer behind the changes; its subscription ends. */
public class SlowConsumerException extends RuntimeException {

    public SlowConsumerException(int buffer) {
        super("More than " + buffer + " changes waited for this subscription; it was ended. Subscribe again and refetch.",
                null, false, false);
    }
}
