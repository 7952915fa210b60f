package dev.parallax.comparison;

import dev.parallax.export.ExportDocument;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL view of a finished export. */
@Description("A comparison written as a file to take away.")
public class ExportFile {

    @NonNull
    @Description("The file's media type, e.g. \"text/csv; charset=utf-8; header=present\".")
    public final String mediaType;

    @NonNull
    @Description("A file name to save it under, e.g. \"an-agreement-comparison.csv\".")
    public final String fileName;

    @NonNull
    @Description("The file's text.")
    public final String content;

    ExportFile(ExportDocument document) {
        this.mediaType = document.mediaType();
        this.fileName = document.fileName();
        this.content = document.content();
    }
}
