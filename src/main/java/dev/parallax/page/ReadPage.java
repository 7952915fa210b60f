package dev.parallax.page;

import java.time.LocalDate;

/**
 * What the page reader found in an HTML page: the article's main text (paragraphs separated by a blank line) and
 * the metadata the page states about itself; each metadata field is null when the page does not state it.
 */
public record ReadPage(String text, String headline, String outlet, String author, LocalDate publishedOn,
        String language) {
}
