package dev.parallax.domain;

/** A well-formed reference names nothing that exists; the API reports it as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
