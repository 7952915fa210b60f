package dev.parallax.graphql;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code Uni}-returning resolver on a Vert.x context of its own, so that the Hibernate
 * Reactive session it opens is never shared with resolvers running in parallel in the same request
 * (graphql-java resolves sibling root fields and batches concurrently: quarkus#32870).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SessionPerResolver {
}
