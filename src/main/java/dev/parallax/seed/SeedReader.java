package dev.parallax.seed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads seed corpora from the classpath ({@code classpath:seeds}) or from a directory. A file that does not parse
 * fails naming {@code file:line:column}, the field path and what was expected, never a Java type.
 */
public final class SeedReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String location;

    public SeedReader(String location) {
        this.location = location;
    }

    public List<SeedCorpus> readAll() {
        SeedCorpus.Index index = parse("index.yaml", utf8("index.yaml"), SeedCorpus.Index.class);
        List<SeedCorpus> corpora = new ArrayList<>();
        for (String folder : index.agreements()) {
            corpora.add(read(folder));
        }
        return corpora;
    }

    private SeedCorpus read(String folder) {
        String agreementFile = folder + "/agreement.yaml";
        String claimsFile = folder + "/claims.yaml";
        String agreementYaml = utf8(agreementFile);
        String claimsYaml = utf8(claimsFile);
        SeedCorpus.AgreementSeed agreement = parse(agreementFile, agreementYaml, SeedCorpus.AgreementSeed.class);
        SeedCorpus.ClaimsFile claims = parse(claimsFile, claimsYaml, SeedCorpus.ClaimsFile.class);
        Map<String, String> texts = new LinkedHashMap<>();
        for (SeedCorpus.SourceSeed source : agreement.sources()) {
            texts.put(source.file(), utf8(folder + "/articles/" + source.file()));
        }
        return new SeedCorpus(agreement, claims.claims(), texts, SeedLocations.of(
                new SeedLocations.Files(agreementFile, claimsFile), agreementYaml, claimsYaml));
    }

    /** A corpus sent through the API: the same YAML formats, article texts by file name; files are named by field. */
    public static SeedCorpus fromText(String agreementYaml, String claimsYaml, Map<String, String> texts) {
        SeedCorpus.AgreementSeed agreement = parse("agreementYaml", agreementYaml, SeedCorpus.AgreementSeed.class);
        List<SeedCorpus.ClaimSeed> claims = claimsYaml == null || claimsYaml.isBlank() ? List.of()
                : parse("claimsYaml", claimsYaml, SeedCorpus.ClaimsFile.class).claims();
        return new SeedCorpus(agreement, claims == null ? List.of() : claims, texts, SeedLocations.of(
                new SeedLocations.Files("agreementYaml", "claimsYaml"), agreementYaml, claimsYaml));
    }

    private static <T> T parse(String file, String yaml, Class<T> type) {
        try {
            T parsed = yaml == null ? null : YAML.readValue(yaml, type);
            if (parsed == null) {
                throw new SeedException(file + ": is empty");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw new SeedException(ReadProblems.describe(file, yaml, e), e);
        } catch (IOException e) {
            throw new SeedException(file + ": cannot be read", e);
        }
    }

    private String utf8(String name) {
        try (InputStream in = open(name)) {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new SeedException(name + ": is not valid UTF-8", e);
        } catch (IOException e) {
            throw new SeedException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private InputStream open(String name) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()) + "/" + name;
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no classpath resource " + resource);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location, name));
    }

    /** Jackson's and SnakeYAML's parse failures in the seed format's own words: location, path, what was expected. */
    static final class ReadProblems {

        private ReadProblems() {
        }

        static String describe(String file, String yaml, JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": malformed YAML: "
                        + marked.getProblem();
            }
            if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
                return file + location(e.getLocation()) + ": malformed YAML";
            }
            // Jackson reads a record's fields before placing them: its location is the record's end, the path's is exact
            String path = path(mapping);
            Map<String, String> index = SeedLocations.index(yaml);
            String at = index.isEmpty() ? file + location(e.getLocation()) + ": " + path
                    : SeedLocations.at(file, index, path);
            if (e instanceof UnrecognizedPropertyException unknown) {
                return at + ": unknown field; expected one of "
                        + new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf).toList());
            }
            if (e instanceof MismatchedInputException mismatch) {
                return at + ": expected " + shape(mismatch.getTargetType());
            }
            return at + ": cannot be read";
        }

        private static String location(JsonLocation location) {
            return location == null || location.getLineNr() < 1 ? ""
                    : ":" + location.getLineNr() + ":" + location.getColumnNr();
        }

        static String path(JsonMappingException e) {
            StringBuilder out = new StringBuilder();
            for (JsonMappingException.Reference ref : e.getPath()) {
                if (ref.getFieldName() != null) {
                    out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    out.append('[').append(ref.getIndex()).append(']');
                }
            }
            return out.toString();
        }

        private static String shape(Class<?> type) {
            if (type == null) {
                return "another shape";
            }
            if (type == String.class) {
                return "a text (a scalar)";
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return "a whole number";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true or false";
            }
            if (Collection.class.isAssignableFrom(type) || type.isArray()) {
                return "a list";
            }
            return "a mapping (key: value lines)";
        }
    }
}
