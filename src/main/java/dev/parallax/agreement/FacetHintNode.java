package dev.parallax.agreement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of one extraction hint of a facet (one key of its {@code extract:} block). */
@Type("FacetHint")
@Description("One extraction hint of a point, as imported (`extract:` in agreement.yaml; see seeds/README.md):"
        + " cue words, follow/precede/exclude patterns, assertion and text phrases, bounds and units.")
public class FacetHintNode {

    @NonNull
    @Description("The hint's key, e.g. `cues`, `follow`, `exclude`, `min`, `units`.")
    public final String key;

    @NonNull
    @Description("Its values as written (patterns are Java regular expressions); one item for a single value.")
    public final List<@NonNull String> values;

    private FacetHintNode(String key, List<String> values) {
        this.key = key;
        this.values = values;
    }

    /** The hints by key, in key order. */
    static List<FacetHintNode> of(Map<String, Object> extract) {
        if (extract == null) {
            return List.of();
        }
        return new TreeMap<>(extract).entrySet().stream()
                .map(e -> new FacetHintNode(e.getKey(), e.getValue() instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(e.getValue()))))
                .toList();
    }
}
