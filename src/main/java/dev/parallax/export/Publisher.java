package dev.parallax.export;

import java.time.Instant;
import java.util.Objects;

/**
 * Who publishes an export and where: the organisation named as the reviews' author, the public base URL the
 * documents' own URLs start with (no trailing slash), and when the export was made.
 */
public record Publisher(String organisationName, String organisationUrl, String publicUrl, Instant generatedAt) {

    public Publisher {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(generatedAt, "generatedAt");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The URL of an export of {@code agreementId} in {@code format} on this server. */
    public String exportUrl(String agreementId, ExportFormat format) {
        return publicUrl + "/exports/agreements/" + agreementId + "/" + format.fileSuffix();
    }
}
