package dev.parallax.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestDatabase} once for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public final class DatabaseTestResource {

    private DatabaseTestResource() {
    }
}
