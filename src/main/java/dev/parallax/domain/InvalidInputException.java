package dev.parallax.domain;

/** A request the domain cannot carry out as asked (a value of the wrong kind, a span outside the text, ...). */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message, null, false, false);
    }
}
