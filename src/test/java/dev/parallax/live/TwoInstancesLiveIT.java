package dev.parallax.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.NodeScripts;
import dev.parallax.testing.SeedArticles;
import dev.parallax.testing.TestDatabase;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application instances (the packaged jar, started twice) on one database: a change written through
 * one reaches a subscriber of the other within a second, through PostgreSQL LISTEN/NOTIFY. Runs after
 * {@code package}, in {@code ./mvnw verify}.
 */
class TwoInstancesLiveIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final TestDatabase DATABASE = new TestDatabase();
    private static final List<Process> INSTANCES = new ArrayList<>();
    private static int writer;
    private static int reader;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertThat(JAR).as("the packaged application (mvn package)").exists();
        Map<String, String> database = DATABASE.start();
        writer = freePort();
        reader = freePort();
        // One after the other: the first migrates and seeds, the second finds both done.
        INSTANCES.add(start(database, writer, true));
        awaitReady(writer);
        INSTANCES.add(start(database, reader, false));
        awaitReady(reader);
    }

    @AfterAll
    static void stopInstances() {
        INSTANCES.forEach(Process::destroy);
        for (Process instance : INSTANCES) {
            try {
                instance.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        DATABASE.stop();
        RestAssured.reset();
    }

    @Test
    void aSourceAddedThroughOneInstanceReachesASubscriberOfTheOtherWithinASecond() throws Exception {
        RestAssured.port = writer;
        String agreement = GraphQl.seedAgreementId();
        try (NodeScripts.Running subscriber = NodeScripts.start("subscribe.mjs", "ws://localhost:" + reader + "/graphql",
                SubscriptionTest.COMPARISON_CHANGED, "{\"agreementId\":\"" + agreement + "\"}", "1", "30000")) {
            assertThat(subscriber.await("CONNECTED", Duration.ofSeconds(20))).as("connected to the second instance").isNotNull();
            Thread.sleep(300);
            JsonPath added = GraphQl.post(Documents.load("live/SubscriptionTest/AddSource"), Map.of("input", Map.of(
                    "agreementId", agreement, "text", SeedArticles.text(SeedArticles.S004) + "\n\nTwo instances.")))
                    .statusCode(200).extract().jsonPath();
            long written = System.nanoTime();
            String next = subscriber.await("NEXT ", Duration.ofSeconds(5));
            Duration took = Duration.ofNanos(System.nanoTime() - written);
            assertThat(next).as("comparisonChanged on the other instance").isNotNull();
            JsonPath event = JsonPath.from(next.substring(5));
            assertThat(event.getString("data.comparisonChanged.kind")).isEqualTo("SOURCE_ADDED");
            assertThat(event.getString("data.comparisonChanged.sourceId")).isEqualTo(added.getString("data.addSource.source.id"));
            assertThat(took).isLessThan(Duration.ofSeconds(1));
        }
    }

    private static Process start(Map<String, String> database, int port, boolean seeds) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        database.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        // Each instance has its own management interface (health details, metrics): they must not share its port.
        command.add("-Dquarkus.management.port=" + freePort());
        command.add("-Dparallax.seeds.enabled=" + seeds);
        command.add("-Dmp.jwt.verify.publickey.location=" + Path.of("src/test/resources/jwt/test-public.pem").toAbsolutePath().toUri());
        command.add("-jar");
        command.add(JAR.toString());
        File log = Files.createTempFile("parallax-instance-" + port, ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static void awaitReady(int port) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpURLConnection http = (HttpURLConnection) URI.create("http://localhost:" + port + "/q/health/ready").toURL().openConnection();
                if (http.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The instance on port " + port + " did not become ready in 3 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
