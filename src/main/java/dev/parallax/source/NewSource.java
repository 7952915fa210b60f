package dev.parallax.source;

import java.time.LocalDate;

/** A validated request to add a source to an agreement. */
public record NewSource(long agreementId, String text, String title, String outlet, String url,
        LocalDate publishedOn, String language) {
}
