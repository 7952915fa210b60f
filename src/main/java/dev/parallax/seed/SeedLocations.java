package dev.parallax.seed;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each field of a corpus's YAML files stands (line and column, from SnakeYAML's marks), by file and field path
 * ({@code facets[2].expected.unit}), so that a refusal can name {@code file:line:column} and the path. A file is
 * indexed only when a refusal first asks (a second YAML pass that a valid corpus, e.g. the seed check at every start,
 * never needs).
 */
public final class SeedLocations {

    /** The names the corpus's two YAML files go by in messages (file paths, or the import's input fields). */
    public record Files(String agreement, String claims) {
    }

    private static final int MAX_DEPTH = 64;
    private static final int MAX_ENTRIES = 200_000;

    static final SeedLocations NONE = new SeedLocations(new Files("agreement.yaml", "claims.yaml"), null, null);

    private final Files files;
    private final String agreementYaml;
    private final String claimsYaml;
    private Map<String, String> agreement;
    private Map<String, String> claims;

    private SeedLocations(Files files, String agreementYaml, String claimsYaml) {
        this.files = files;
        this.agreementYaml = agreementYaml;
        this.claimsYaml = claimsYaml;
    }

    /** Both files' texts (either may be null), indexed when first asked; a text that does not compose indexes nothing. */
    static SeedLocations of(Files files, String agreementYaml, String claimsYaml) {
        return new SeedLocations(files, agreementYaml, claimsYaml);
    }

    /** {@code file:line:column: path} for a field of agreement.yaml (the nearest enclosing field that exists). */
    synchronized String agreement(String path) {
        if (agreement == null) {
            agreement = index(agreementYaml);
        }
        return at(files.agreement(), agreement, path);
    }

    /** {@code file:line:column: path} for a field of claims.yaml. */
    synchronized String claims(String path) {
        if (claims == null) {
            claims = index(claimsYaml);
        }
        return at(files.claims(), claims, path);
    }

    /** {@code file:line:column: path}, at the nearest enclosing field of {@code path} the index holds. */
    static String at(String file, Map<String, String> index, String path) {
        String probe = path;
        while (true) {
            String mark = index.get(probe);
            if (mark != null) {
                return file + ":" + mark + ": " + path;
            }
            if (probe.isEmpty()) {
                return file + ": " + path;
            }
            int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
            probe = cut < 0 ? "" : probe.substring(0, cut);
        }
    }

    /** "line:column" (1-based) of every node by path; the root is "". */
    static Map<String, String> index(String yaml) {
        Map<String, String> out = new HashMap<>();
        if (yaml == null || yaml.isBlank()) {
            return out;
        }
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            if (root != null) {
                walk(root, "", 0, out);
            }
        } catch (RuntimeException e) {
            // A text that does not compose fails Jackson's parse too, which reports its own location.
        }
        return out;
    }

    // aliases can make a graph of a tree: depth and size are bounded so a recursive or exploding one ends soon
    private static void walk(Node node, String path, int depth, Map<String, String> out) {
        if (depth > MAX_DEPTH || out.size() > MAX_ENTRIES) {
            return;
        }
        out.putIfAbsent(path, mark(node.getStartMark()));
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    out.putIfAbsent(child, mark(tuple.getValueNode().getStartMark()));
                    walk(tuple.getValueNode(), child, depth + 1, out);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                walk(seq.getValue().get(i), path + "[" + i + "]", depth + 1, out);
            }
        }
    }

    private static String mark(Mark mark) {
        return (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }
}
