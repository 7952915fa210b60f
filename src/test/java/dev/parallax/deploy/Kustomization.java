package dev.parallax.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a kustomization that uses only {@code resources} (what deploy/k8s uses): the documents of the
 * listed files in order, as {@code kubectl kustomize} would print them.
 */
final class Kustomization {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomization() {
    }

    /** The kustomization.yaml of {@code dir}. */
    static JsonNode file(Path dir) {
        return read(dir.resolve("kustomization.yaml")).get(0);
    }

    /** Every resource document the kustomization in {@code dir} lists. */
    static List<JsonNode> render(Path dir) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode name : file(dir).path("resources")) {
            out.addAll(read(dir.resolve(name.asText())));
        }
        return out;
    }

    /** Every YAML document of one file. */
    static List<JsonNode> read(Path file) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> out = new ArrayList<>();
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    out.add(doc);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static boolean exists(Path dir, String name) {
        return Files.isRegularFile(dir.resolve(name));
    }
}
