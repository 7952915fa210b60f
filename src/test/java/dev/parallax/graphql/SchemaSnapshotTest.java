package dev.parallax.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The published schema is exactly the committed one (src/test/resources/schema.graphql): a refactoring that
 * changes a type, field, argument or description fails here. Change both on purpose, never one by accident.
 */
@QuarkusTest
class SchemaSnapshotTest {

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        // For a deliberate change: compare, then copy this file over the committed one.
        Files.writeString(Path.of("target/served-schema.graphql"), served);
        try (InputStream committed = SchemaSnapshotTest.class.getResourceAsStream("/schema.graphql")) {
            assertThat(committed).as("src/test/resources/schema.graphql").isNotNull();
            assertThat(served).isEqualTo(new String(committed.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
