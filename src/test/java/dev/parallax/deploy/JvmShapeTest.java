package dev.parallax.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every way the service is shipped runs the JVM in the same memory shape: the README's run command
 * (deploy/jvm.options), the container image (src/main/docker/Dockerfile.jvm), compose and the Kubernetes Deployment
 * pass the same -X options and the same glibc arena limit.
 */
class JvmShapeTest {

    /** The environment variables the images' run-java.sh reads JVM options from. */
    private static final Set<String> OPTION_VARIABLES = Set.of("GC_CONTAINER_OPTIONS", "JAVA_OPTS_APPEND");

    @Test
    void theRunCommandTheImageComposeAndTheDeploymentPassTheSameJvmOptions() throws IOException {
        Set<String> runCommand = runCommandOptions();
        assertThat(runCommand).contains("-XX:+UseSerialGC", "-Xmx128m", "-XX:MetaspaceSize=80m",
                "-XX:TrimNativeHeapInterval=5000");
        assertThat(jvmOptions(dockerfileEnv())).as("Dockerfile.jvm").isEqualTo(runCommand);
        assertThat(jvmOptions(composeEnv())).as("compose.yaml").isEqualTo(runCommand);
        assertThat(jvmOptions(deploymentEnv())).as("deployment.yaml").isEqualTo(runCommand);
    }

    @Test
    void everyContainerLimitsGlibcToTwoMallocArenas() throws IOException {
        assertThat(dockerfileEnv()).containsEntry("MALLOC_ARENA_MAX", "2");
        assertThat(composeEnv()).containsEntry("MALLOC_ARENA_MAX", "2");
        assertThat(deploymentEnv()).containsEntry("MALLOC_ARENA_MAX", "2");
    }

    /** deploy/jvm.options without comments and the class-data archive (which the images do not ship). */
    private static Set<String> runCommandOptions() throws IOException {
        Set<String> options = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("deploy/jvm.options"))) {
            String option = line.strip();
            if (!option.isEmpty() && !option.startsWith("#") && !option.startsWith("-XX:SharedArchiveFile")) {
                options.add(option);
            }
        }
        return options;
    }

    private static Set<String> jvmOptions(Map<String, String> env) {
        Set<String> options = new TreeSet<>();
        OPTION_VARIABLES.forEach(name -> Arrays.stream(env.getOrDefault(name, "").strip().split("\\s+"))
                .filter(o -> o.startsWith("-X")).forEach(options::add));
        return options;
    }

    private static Map<String, String> deploymentEnv() {
        JsonNode deployment = Kustomization.read(Path.of("deploy/k8s/deployment.yaml")).get(0);
        Map<String, String> env = new HashMap<>();
        deployment.at("/spec/template/spec/containers/0/env").forEach(e -> {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        });
        return env;
    }

    private static Map<String, String> composeEnv() {
        Map<String, String> env = new HashMap<>();
        Kustomization.read(Path.of("deploy/compose.yaml")).get(0).at("/services/parallax/environment").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    /** The Dockerfile's ENV instructions (continuation lines joined): NAME="value" or NAME=value pairs. */
    private static Map<String, String> dockerfileEnv() throws IOException {
        String text = Files.readString(Path.of("src/main/docker/Dockerfile.jvm")).replace("\\\n", " ");
        Map<String, String> env = new HashMap<>();
        Pattern pair = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\"[^\"]*\"|\\S+)");
        for (String line : text.split("\n")) {
            if (line.startsWith("ENV ")) {
                Matcher m = pair.matcher(line.substring(4));
                while (m.find()) {
                    env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
                }
            }
        }
        return env;
    }
}
