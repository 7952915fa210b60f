package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison's whole subtree (every object a full comparison query selects) is read by the lean fetchers, getters
 * (global IDs, value kinds and displays) included, and no per-field visibility filter runs.
 */
@QuarkusTest
class PlainFieldFetchersInstalledTest {

    private static final List<String> COMPARISON_TYPES = List.of("Comparison", "ComparisonRow", "ComparisonCell",
            "VerdictCounts", "Agreement", "Source", "Facet", "Claim", "Quote", "QuantityValue", "InstantValue",
            "DateValue", "NameValue", "AssertionValue", "TextValue", "PageInfo");

    @Inject
    GraphQLSchema schema;

    @Test
    void everyPlainFieldOfTheComparisonsTypesIsReadByTheLeanFetcher() {
        List<String> plain = new ArrayList<>();
        List<String> notLean = new ArrayList<>();
        for (String name : COMPARISON_TYPES) {
            GraphQLObjectType type = schema.getObjectType(name);
            assertThat(type).as(name).isNotNull();
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                if (!field.getArguments().isEmpty() || !PlainFieldFetchers.plain(field.getType())) {
                    continue;
                }
                DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field), field);
                String at = name + "." + field.getName();
                if (fetcher instanceof PlainFieldFetcher) {
                    plain.add(at);
                } else if (fetcher.getClass().getName().equals("io.smallrye.graphql.execution.datafetcher.FieldDataFetcher")) {
                    notLean.add(at);
                }
            }
        }
        assertThat(notLean).isEmpty();
        assertThat(plain).contains("Comparison.rows", "ComparisonRow.cells", "ComparisonCell.verdict", "ComparisonCell.claims",
                "Claim.id", "Claim.quote", "Source.id", "Quote.exact", "QuantityValue.kind", "QuantityValue.display");
    }

    @Test
    void theGetterBackedFieldsAreServedWithoutSmallRyesFetcher() throws Exception {
        // Claim.id is a getter (GlobalNode.getId): the lean fetcher must answer it itself, not fall back.
        assertThat(PlainProperties.of(dev.parallax.claim.ClaimNode.class, "id")).isNotNull();
        assertThat(PlainProperties.of(dev.parallax.graphql.values.QuantityValueView.class, "display")).isNotNull();
        assertThat(PlainProperties.of(dev.parallax.graphql.values.QuantityValueView.class, "kind")).isNotNull();
    }

    @Test
    void noFieldVisibilityFilterRunsPerField() {
        assertThat(schema.getCodeRegistry().getFieldVisibility()).isNotInstanceOf(BlockedFields.class);
    }
}
