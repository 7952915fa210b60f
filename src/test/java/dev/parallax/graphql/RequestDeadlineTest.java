package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLObjectType;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The plain-field fetcher ends an execution past the request's deadline, and only then. */
class RequestDeadlineTest {

    public static final class Cell {
        public final String explanation = "3 mi ≈ 4.0–5.6 km";
    }

    private static DataFetchingEnvironment field(RequestDeadline deadline) {
        ExecutionStepInfo step = ExecutionStepInfo.newExecutionStepInfo()
                .type(GraphQLObjectType.newObject().name("ComparisonCell").build())
                .path(ResultPath.rootPath().segment("comparison").segment("rows").segment(0).segment("explanation"))
                .build();
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(new Cell())
                .graphQLContext(GraphQLContext.of(java.util.Map.of(RequestDeadline.KEY, deadline)))
                .executionStepInfo(step).build();
    }

    @Test
    void beforeTheDeadlineEveryFieldIsRead() throws Exception {
        PlainFieldFetcher fetcher = new PlainFieldFetcher("explanation", env -> null);
        DataFetchingEnvironment env = field(RequestDeadline.in(Duration.ofMinutes(1)));
        for (int i = 0; i < 10 * RequestDeadline.CHECK_EVERY; i++) {
            assertThat(fetcher.get(env)).isEqualTo("3 mi ≈ 4.0–5.6 km");
        }
    }

    @Test
    void pastTheDeadlineTheExecutionIsCutOffWithinAFewFields() throws Exception {
        PlainFieldFetcher fetcher = new PlainFieldFetcher("explanation", env -> null);
        DataFetchingEnvironment env = field(RequestDeadline.in(Duration.ZERO));
        for (int i = 1; i < RequestDeadline.CHECK_EVERY; i++) {
            fetcher.get(env);
        }
        assertThatThrownBy(() -> fetcher.get(env)).isInstanceOfSatisfying(RequestDeadline.CutOff.class, cutOff -> {
            assertThat(cutOff.rootField()).isEqualTo("comparison");
            assertThat(cutOff.getMessage()).isEqualTo("The request took longer than 0 s and was cancelled.");
            assertThat(RequestDeadline.cutOffIn(new CompletionException(cutOff))).isSameAs(cutOff);
        });
        assertThat(RequestDeadline.cutOffIn(new CompletionException(new IllegalStateException()))).isNull();
    }
}
