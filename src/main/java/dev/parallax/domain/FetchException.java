package dev.parallax.domain;

/** A page Parallax was asked to fetch could not be used; {@link #reason} says why (each has its own error code). */
public class FetchException extends RuntimeException {

    /** Why the fetch failed. */
    public enum Reason {
        /** The scheme or address is not allowed (not http(s), a private address, credentials in the URL...). */
        REFUSED,
        /** The network failed, the name did not resolve, the server answered with a non-2xx status or too many redirects. */
        FAILED,
        /** The page is larger than the configured limit. */
        TOO_LARGE,
        /** The page did not arrive within the configured time. */
        TIMEOUT,
        /** The page is not HTML or plain text, or holds no readable text. */
        UNSUPPORTED_CONTENT
    }

    private final Reason reason;

    public FetchException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
