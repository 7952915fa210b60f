package dev.parallax.comparison;

import dev.parallax.export.ExportIds;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;

/** The exports name rows by the API's global IDs. */
public final class GlobalExportIds implements ExportIds {

    public static final GlobalExportIds INSTANCE = new GlobalExportIds();

    private GlobalExportIds() {
    }

    @Override
    public String agreement(long id) {
        return GlobalId.of(NodeType.Agreement, id);
    }

    @Override
    public String source(long id) {
        return GlobalId.of(NodeType.Source, id);
    }

    @Override
    public String claim(long id) {
        return GlobalId.of(NodeType.Claim, id);
    }
}
