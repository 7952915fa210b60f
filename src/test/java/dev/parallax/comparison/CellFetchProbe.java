package dev.parallax.comparison;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.vertx.core.Context;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only: watches graphql-java fetch {@code ComparisonCell.explanation}, the deepest plain field of a comparison,
 * counting the fetches made on an event-loop thread and the others; it can also slow each fetch down, to make a
 * comparison's completion long without a large database. Wraps whatever fetcher the field has after the application's
 * own schema changes (PlainFieldFetchers), so the field still passes through the application's fetcher.
 */
@ApplicationScoped
public class CellFetchProbe {

    static final AtomicInteger ON_EVENT_LOOP = new AtomicInteger();
    static final AtomicInteger ELSEWHERE = new AtomicInteger();
    /** Milliseconds each fetch sleeps; 0 (the default) for none. */
    static volatile long delayMillis;

    static void reset() {
        ON_EVENT_LOOP.set(0);
        ELSEWHERE.set(0);
    }

    static int fetches() {
        return ON_EVENT_LOOP.get() + ELSEWHERE.get();
    }

    void wrap(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLObjectType cell = schema.getObjectType("ComparisonCell");
        FieldCoordinates explanation = FieldCoordinates.coordinates(cell, cell.getFieldDefinition("explanation"));
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        DataFetcher<?> original = registry.getDataFetcher(explanation, cell.getFieldDefinition("explanation"));
        builder.codeRegistry(registry.transform(changed -> changed.dataFetcher(explanation, (DataFetcher<Object>) env -> {
            (Context.isOnEventLoopThread() ? ON_EVENT_LOOP : ELSEWHERE).incrementAndGet();
            long delay = delayMillis;
            if (delay > 0) {
                Thread.sleep(delay);
            }
            return original.get(env);
        })));
    }
}
