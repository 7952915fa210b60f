package dev.parallax.graphql;

import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the plain fields of the API's output objects (a public Java field holding text, a number, a flag, an
 * enum, an object or a list of objects) with {@link PlainFieldFetcher} instead of SmallRye's {@code FieldDataFetcher},
 * which builds a request context and the selected-field tree for every field of every object: a comparison has
 * thousands of such fields, and that per-field work was the largest share of its CPU. Fields with a custom scalar
 * (dates, big numbers: SmallRye formats those) and resolver methods keep SmallRye's fetchers. Also drops the field
 * filter SmallRye installs for its default {@code field-visibility} ("default", read as a pattern that blocks nothing),
 * which graphql-java ran as a regular expression on every field of every object.
 */
@ApplicationScoped
public class PlainFieldFetchers {

    private static final Set<GraphQLNamedType> PLAIN_SCALARS = Set.of(Scalars.GraphQLString, Scalars.GraphQLInt,
            Scalars.GraphQLBoolean, Scalars.GraphQLFloat, Scalars.GraphQLID);

    private final boolean defaultVisibility;

    public PlainFieldFetchers(@ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility",
            defaultValue = "default") String fieldVisibility) {
        this.defaultVisibility = "default".equals(fieldVisibility);
    }

    void replace(@Observes GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry lean = registry.transform(changed -> {
            if (defaultVisibility && registry.getFieldVisibility() instanceof BlockedFields) {
                changed.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates at = FieldCoordinates.coordinates(object, field);
                        DataFetcher<?> fetcher = registry.getDataFetcher(at, field);
                        if (fetcher instanceof FieldDataFetcher<?> && field.getArguments().isEmpty() && plain(field.getType())) {
                            changed.dataFetcher(at, new PlainFieldFetcher(field.getName(), fetcher));
                        }
                    }
                }
            }
        });
        builder.codeRegistry(lean);
    }

    static boolean plain(GraphQLType type) {
        GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
        return inner instanceof GraphQLObjectType || inner instanceof GraphQLInterfaceType
                || inner instanceof GraphQLUnionType || inner instanceof GraphQLEnumType || PLAIN_SCALARS.contains(inner);
    }
}
