package dev.parallax.http;

/** A request refused before any GraphQL execution, with its HTTP status and {@code extensions.code}. */
final class HttpRejection extends RuntimeException {

    final int status;
    final String code;

    HttpRejection(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static HttpRejection badRequest(String message) {
        return new HttpRejection(400, "BAD_REQUEST", message);
    }
}
