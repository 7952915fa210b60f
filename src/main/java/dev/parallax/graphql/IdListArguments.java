package dev.parallax.graphql;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Declares list arguments of global IDs as {@code [ID!]}. SmallRye GraphQL 2.17 cannot type a list's items as ID
 * ({@code @Id} on a list parameter prints {@code [ID!]} but then refuses every item), so the resolvers take
 * {@code List<String>} and the schema is corrected here, before it is built; ID values reach them as the same strings.
 */
@ApplicationScoped
public class IdListArguments {

    static final Set<String> NAMES = Set.of("sourceIds");

    void declare(@Observes GraphQLSchema.Builder builder) {
        GraphQLSchema declared = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLArgument(GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
                if (NAMES.contains(argument.getName()) && GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(argument.getType()))
                        && GraphQLTypeUtil.unwrapAll(argument.getType()) == Scalars.GraphQLString) {
                    var items = GraphQLNonNull.nonNull(Scalars.GraphQLID);
                    var list = GraphQLTypeUtil.isNonNull(argument.getType())
                            ? GraphQLNonNull.nonNull(GraphQLList.list(items)) : GraphQLList.list(items);
                    return changeNode(context, argument.transform(changed -> changed.type(list)));
                }
                return TraversalControl.CONTINUE;
            }
        });
        builder.query(declared.getQueryType())
                .mutation(declared.getMutationType())
                .subscription(declared.getSubscriptionType())
                .clearAdditionalTypes()
                .additionalTypes(declared.getAdditionalTypes())
                .codeRegistry(declared.getCodeRegistry());
    }
}
