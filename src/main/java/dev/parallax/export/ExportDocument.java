package dev.parallax.export;

/** A finished export: what it is, what to call the file, and its text. */
public record ExportDocument(String mediaType, String fileName, String content) {
}
