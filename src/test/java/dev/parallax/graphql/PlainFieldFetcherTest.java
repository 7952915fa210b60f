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
