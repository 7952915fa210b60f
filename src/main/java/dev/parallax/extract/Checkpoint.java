package dev.parallax.extract;

/**
 * Where a long extraction reports its progress: each step passes the characters or items it handled. Tests count
 * them; a caller stops the extraction by throwing (for example once its request is cancelled or out of time).
 */
@FunctionalInterface
public interface Checkpoint {

    /** Counts nothing and never stops. */
    Checkpoint NONE = work -> {
    };

    /** Called after each step with its work (at least 1); may throw an unchecked exception to stop the extraction. */
    void passed(int work);
}
