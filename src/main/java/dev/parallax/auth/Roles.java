package dev.parallax.auth;

/** The roles a bearer token's {@code groups} claim can grant. Reading needs none. */
public final class Roles {

    /** Adds sources, reviews, corrects and adds claims. */
    public static final String EDITOR = "editor";
    /** Imports agreement definitions; can do everything an editor can. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
