package dev.parallax.export;

/** The public, opaque names of database rows, as the API spells them (the export never shows database IDs). */
public interface ExportIds {

    String agreement(long id);

    String source(long id);

    String claim(long id);
}
