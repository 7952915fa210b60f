package dev.parallax.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled JSON schemas of the kinds deploy/k8s uses (src/test/resources/k8s-schemas, see its README),
 * by apiVersion and kind, as kubeconform would pick them; a kind without a schema is an error.
 */
final class ManifestSchemas {

    private static final Map<String, String> FILES = Map.of(
            "v1/ConfigMap", "configmap-v1.json",
            "v1/Secret", "secret-v1.json",
            "v1/Service", "service-v1.json",
            "apps/v1/Deployment", "deployment-apps-v1.json",
            "policy/v1/PodDisruptionBudget", "poddisruptionbudget-policy-v1.json",
            "autoscaling/v2/HorizontalPodAutoscaler", "horizontalpodautoscaler-autoscaling-v2.json",
            "postgresql.cnpg.io/v1/Cluster", "cluster-postgresql-v1.json");

    /** Kubernetes' OpenAPI extensions: annotations for the API server (CEL rules, merge keys), not JSON Schema. */
    private static final List<String> KUBERNETES_EXTENSIONS = List.of("x-kubernetes-list-type",
            "x-kubernetes-patch-strategy", "x-kubernetes-map-type", "x-kubernetes-list-map-keys",
            "x-kubernetes-patch-merge-key", "x-kubernetes-group-version-kind", "x-kubernetes-validations",
            "x-kubernetes-int-or-string", "x-kubernetes-unions", "x-kubernetes-preserve-unknown-fields",
            "x-kubernetes-embedded-resource");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialect.builder(Dialects.getDraft7())
            .keywords(KUBERNETES_EXTENSIONS.stream().map(NonValidationKeyword::new).toList())
            .build());
    private final Map<String, Schema> loaded = new HashMap<>();

    /** The schema violations of one resource, each as "path: message"; empty when it is valid. */
    List<String> violations(JsonNode resource) {
        String type = resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
        String file = FILES.get(type);
        if (file == null) {
            return List.of("no bundled schema for " + type);
        }
        List<Error> errors = loaded.computeIfAbsent(file, this::load).validate(resource);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private Schema load(String file) {
        try (InputStream in = ManifestSchemas.class.getResourceAsStream("/k8s-schemas/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + file);
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
