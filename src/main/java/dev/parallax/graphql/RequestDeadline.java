package dev.parallax.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.time.Duration;
import java.util.List;

/**
 * The request time limit as an instant, carried in graphql-java's context, so that completing a large result (after
 * every resolver has answered, where no resolver's own limit applies) stops once the limit is up: the plain-field
 * fetcher asks {@link #check} on every field, and every {@value #CHECK_EVERY}th call reads the clock.
 */
public final class RequestDeadline {

    /** The key of the request's deadline in graphql-java's context (filled from the execution's metadata). */
    public static final String KEY = RequestDeadline.class.getName();

    static final int CHECK_EVERY = 64;

    private final long deadline;
    private final long seconds;
    // Unsynchronised on purpose: parallel fields may miss or repeat a count, which only moves a check a little.
    private int untilCheck = CHECK_EVERY;

    private RequestDeadline(long deadline, long seconds) {
        this.deadline = deadline;
        this.seconds = seconds;
    }

    /** A deadline {@code limit} from now. */
    public static RequestDeadline in(Duration limit) {
        return new RequestDeadline(System.nanoTime() + limit.toNanos(), limit.toSeconds());
    }

    /** The deadline of the request a field belongs to, or null (an execution started without one). */
    static RequestDeadline of(DataFetchingEnvironment environment) {
        GraphQLContext context = environment.getGraphQlContext();
        return context == null ? null : context.get(KEY);
    }

    /** Counts one field; past the deadline, ends the whole execution with {@link CutOff}. */
    void check(DataFetchingEnvironment environment) {
        if (--untilCheck > 0) {
            return;
        }
        untilCheck = CHECK_EVERY;
        if (System.nanoTime() - deadline >= 0) {
            List<Object> path = environment.getExecutionStepInfo().getPath().toList();
            throw new CutOff(path.isEmpty() ? null : String.valueOf(path.get(0)), seconds);
        }
    }

    /** The cut-off in a failed execution (possibly wrapped), or null when it failed for another reason. */
    public static CutOff cutOffIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CutOff cutOff) {
                return cutOff;
            }
        }
        return null;
    }

    /**
     * Ends an execution past its deadline. An {@link Error} on purpose: graphql-java turns every {@code Exception} of
     * a fetcher into that field's error and goes on completing all other fields (24,000 cells would each fail
     * alone); an {@code Error} unwinds the completion at once and fails the execution, which the HTTP handler
     * answers with the TIMEOUT error a resolver past the limit gets.
     */
    public static final class CutOff extends Error {

        private final String rootField;

        CutOff(String rootField, long seconds) {
            super(new RequestTimeoutException(seconds).getMessage(), null, false, false);
            this.rootField = rootField;
        }

        /** The root field whose result was being completed, or null. */
        public String rootField() {
            return rootField;
        }
    }
}
