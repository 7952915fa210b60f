package dev.parallax.seed;

/** The seed corpus is unusable; the message names the file, source and quote at fault. */
public class SeedException extends RuntimeException {

    public SeedException(String message) {
        super(message);
    }

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
