package dev.parallax.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s renders, every resource matches the Kubernetes or CloudNativePG schema of its kind (strict:
 * unknown fields are errors), and the pieces fit: settings, credentials, probes, limits, selectors.
 */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("deploy/k8s");

    private final ManifestSchemas schemas = new ManifestSchemas();

    @Test
    void theKustomizationListsEveryManifestAndUsesNothingTheRenderIgnores() throws IOException {
        JsonNode kustomization = Kustomization.file(DIR);
        Set<String> keys = new TreeSet<>();
        kustomization.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("apiVersion", "kind", "resources");
        List<String> listed = new ArrayList<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        assertThat(listed).allSatisfy(name -> assertThat(Kustomization.exists(DIR, name)).as(name).isTrue());
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml") && !n.endsWith(".example.yaml")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void everyRenderedResourceAndTheExampleSecretMatchTheirSchemas() {
        List<JsonNode> resources = new ArrayList<>(Kustomization.render(DIR));
        resources.addAll(Kustomization.read(DIR.resolve("secret.example.yaml")));
        assertThat(resources).extracting(r -> r.path("kind").asText()).contains("ConfigMap", "Deployment", "Service",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "Cluster", "Secret");
        for (JsonNode resource : resources) {
            assertThat(schemas.violations(resource)).as(resource.path("kind").asText()).isEmpty();
        }
    }

    @Test
    void brokenManifestsAreRefused() {
        assertRefused("Deployment", d -> ((ObjectNode) d.path("spec")).put("replica", 2), "replica");
        assertRefused("Deployment", d -> ((ObjectNode) d.path("spec")).remove("selector"), "selector");
        assertRefused("Deployment", d -> ((ObjectNode) container(d).path("ports").get(0)).put("containerPort", "http"),
                "containerPort");
        assertRefused("Cluster", c -> ((ObjectNode) c.path("spec")).put("instances", "three"), "instances");
        assertRefused("Cluster", c -> ((ObjectNode) c.path("spec")).put("replicas", 3), "replicas");
        assertRefused("HorizontalPodAutoscaler", h -> ((ObjectNode) h.path("spec")).remove("maxReplicas"), "maxReplicas");
        assertRefused("PodDisruptionBudget", p -> ((ObjectNode) p.path("spec")).put("minAvailable", true), "minAvailable");
        JsonNode unknownKind = resource("Service").deepCopy();
        ((ObjectNode) unknownKind).put("apiVersion", "v2");
        assertThat(schemas.violations(unknownKind)).containsExactly("no bundled schema for v2/Service");
    }

    @Test
    void theDeploymentPassesEverySettingAndTheDatabaseCredentials() {
        JsonNode container = container(resource("Deployment"));
        JsonNode config = resource("ConfigMap");
        JsonNode cluster = resource("Cluster");
        assertThat(container.path("envFrom").findValuesAsText("name")).startsWith(config.path("metadata").path("name").asText());
        assertThat(fieldNames(config.path("data"))).contains("QUARKUS_DATASOURCE_REACTIVE_URL", "PARALLAX_SEEDS_ENABLED",
                "QUARKUS_HTTP_HOST", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER", "PARALLAX_JWT_KEY_DIR",
                "QUARKUS_HTTP_CORS_ORIGINS");
        String clusterName = cluster.path("metadata").path("name").asText();
        assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3);
        assertThat(config.path("data").path("QUARKUS_DATASOURCE_REACTIVE_URL").asText())
                .startsWith("postgresql://" + clusterName + "-rw:5432/" + cluster.at("/spec/bootstrap/initdb/database").asText());
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
        assertThat(env.get("QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(clusterName + "-app");
        assertThat(env.get("QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("username");
        assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(clusterName + "-app");
        assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("password");
    }

    @Test
    void theContainerIsProbedLimitedAndWritesOnlyToItsEmptyDirs() {
        JsonNode deployment = resource("Deployment");
        JsonNode container = container(deployment);
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("384Mi");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        String keyDir = resource("ConfigMap").at("/data/PARALLAX_JWT_KEY_DIR").asText();
        List<String> mounts = container.path("volumeMounts").findValuesAsText("mountPath");
        assertThat(mounts).contains("/tmp", keyDir);
        Set<String> emptyDirs = new TreeSet<>();
        deployment.at("/spec/template/spec/volumes").forEach(v -> {
            if (v.has("emptyDir")) {
                emptyDirs.add(v.path("name").asText());
            }
        });
        assertThat(container.path("volumeMounts").findValuesAsText("name")).allSatisfy(n -> assertThat(emptyDirs).contains(n));
        String jvm = String.join(" ", container.path("env").findValuesAsText("value"));
        assertThat(jvm).contains("-XX:+UseSerialGC").contains("-Xmx128m");
    }

    @Test
    void theServiceBudgetAndAutoscalerSelectTheDeploymentsPods() {
        JsonNode deployment = resource("Deployment");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertThat(deployment.at("/spec/selector/matchLabels")).isEqualTo(podLabels);
        assertThat(deployment.at("/spec/replicas").isMissingNode()).as("replicas are the autoscaler's").isTrue();
        assertThat(resource("Service").at("/spec/selector")).isEqualTo(podLabels);
        assertThat(resource("PodDisruptionBudget").at("/spec/selector/matchLabels")).isEqualTo(podLabels);
        JsonNode hpa = resource("HorizontalPodAutoscaler");
        assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void composePassesTheSameSettingsAsTheConfigMap() {
        JsonNode compose = Kustomization.read(Path.of("deploy/compose.yaml")).get(0);
        Set<String> composeEnv = fieldNames(compose.at("/services/parallax/environment"));
        Set<String> configKeys = fieldNames(resource("ConfigMap").path("data"));
        assertThat(composeEnv).containsAll(configKeys).contains("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
    }

    private void assertRefused(String kind, Consumer<JsonNode> breakIt, String field) {
        JsonNode copy = resource(kind).deepCopy();
        breakIt.accept(copy);
        assertThat(schemas.violations(copy)).as(kind + " with a broken " + field).isNotEmpty()
                .anySatisfy(v -> assertThat(v).contains(field));
    }

    private static JsonNode resource(String kind) {
        return Kustomization.render(DIR).stream().filter(r -> r.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + DIR));
    }

    private static JsonNode container(JsonNode deployment) {
        return deployment.at("/spec/template/spec/containers/0");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
