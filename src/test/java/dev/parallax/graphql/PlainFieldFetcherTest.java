package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lean fetcher reads plain public fields and leaves everything else to the fetcher it replaced. */
class PlainFieldFetcherTest {

    /** An API object as the resolvers build them. */
    public static final class Sample {
        public final String title = "Ceasefire";
        public final int count = 3;
        public final List<String> names = List.of("a", "b");
        public final LocalDate publishedOn = LocalDate.of(2020, 3, 5);
    }

    /** A view whose fields are served by getters, as the global ID and the value views are. */
    public static class WithGetters {
        private final String id = "U291cmNlOjE=";

        public String getId() {
            return id;
        }

        public boolean isSuggested() {
            return true;
        }

        public LocalDate getPublishedOn() {
            return LocalDate.of(2020, 3, 5);
        }

        @org.eclipse.microprofile.graphql.Name("label")
        public String getTitle() {
            return "renamed";
        }

        public String getLabel() {
            return "not the renamed one";
        }
    }

    private static final DataFetcher<Object> SMALLRYE = env -> "from the replaced fetcher";

    private static Object fetch(String field, Object source) throws Exception {
        DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).build();
        return new PlainFieldFetcher(field, SMALLRYE).get(env);
    }

    @Test
    void plainFieldsAreReadStraightFromTheObject() throws Exception {
        assertThat(fetch("title", new Sample())).isEqualTo("Ceasefire");
        assertThat(fetch("count", new Sample())).isEqualTo(3);
        assertThat(fetch("names", new Sample())).isEqualTo(List.of("a", "b"));
        assertThat(fetch("title", null)).isNull();
    }

    @Test
    void plainGettersAreCalledStraight() throws Exception {
        assertThat(fetch("id", new WithGetters())).isEqualTo("U291cmNlOjE=");
        assertThat(fetch("suggested", new WithGetters())).isEqualTo(true);
    }

    @Test
    void gettersOfOtherTypesOrRenamedFieldsGoToTheReplacedFetcher() throws Exception {
        assertThat(fetch("publishedOn", new WithGetters())).isEqualTo("from the replaced fetcher");
        assertThat(fetch("label", new WithGetters())).as("@Name maps another getter to it").isEqualTo("from the replaced fetcher");
        assertThat(fetch("title", new WithGetters())).as("renamed away").isEqualTo("from the replaced fetcher");
        assertThat(fetch("class", new WithGetters())).isEqualTo("from the replaced fetcher");
    }

    @Test
    void anythingElseGoesToTheReplacedFetcher() throws Exception {
        assertThat(fetch("publishedOn", new Sample())).as("a date needs SmallRye's formatting").isEqualTo("from the replaced fetcher");
        assertThat(fetch("missing", new Sample())).isEqualTo("from the replaced fetcher");
    }

    @Test
    void onlyTypesGraphqlJavaSerialisesAsSmallRyeDoesArePlain() {
        assertThat(PlainFieldFetchers.plain(GraphQLNonNull.nonNull(GraphQLList.list(Scalars.GraphQLString)))).isTrue();
        assertThat(PlainFieldFetchers.plain(Scalars.GraphQLInt)).isTrue();
        assertThat(PlainFieldFetchers.plain(GraphQLScalarType.newScalar().name("Date").coercing(new Coercing<Object, Object>() { })
                .build())).isFalse();
    }
}
