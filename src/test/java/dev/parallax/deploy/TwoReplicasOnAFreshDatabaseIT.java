package dev.parallax.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.db.EmbeddedPostgres;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service (target/quarkus-app/quarkus-run.jar, with the JVM options of
 * deploy/k8s/deployment.yaml) start at the same moment on one fresh PostgreSQL: both become ready, the
 * seed corpus is imported once, each stays under the pod's 384 MiB. One of them gets an unwritable JWT
 * key directory and must start anyway, saying so at ERROR.
 */
class TwoReplicasOnAFreshDatabaseIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);
    private static final long MEMORY_LIMIT_KB = 384 * 1024;

    private final List<Process> replicas = new ArrayList<>();
    private EmbeddedPostgres database;
    private Path work;

    @Test
    void bothReplicasStartAndTheSeedCorpusIsImportedOnce() throws Exception {
        assertThat(JAR).as("package the application first (mvn verify runs this after package)").exists();
        work = Files.createTempDirectory("parallax-two-replicas");
        database = EmbeddedPostgres.start(work.resolve("pgdata"), 0, false, Map.of());
        Path unwritable = Files.writeString(work.resolve("not-a-directory"), "x").resolve("jwt");
        int[] ports = {freePort(), freePort()};
        Path[] logs = {work.resolve("replica-0.log"), work.resolve("replica-1.log")};
        replicas.add(launch(ports[0], work.resolve("jwt-0"), logs[0]));
        replicas.add(launch(ports[1], unwritable, logs[1]));

        for (int i = 0; i < 2; i++) {
            awaitReady(i, ports[i], logs[i]);
        }

        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            assertThat(rows(s, "select slug, count(*) from agreement group by slug having count(*) > 1")).isEmpty();
            assertThat(rows(s, "select slug from agreement")).contains("idlib-2020");
            assertThat(rows(s, "select c.source_id, c.facet_id, c.quote_start, c.quote_end from claim c"
                    + " group by 1, 2, 3, 4 having count(*) > 1")).isEmpty();
            assertThat(rows(s, "select count(*) from claim")).containsExactly(String.valueOf(seedClaims()));
        }
        for (int i = 0; i < 2; i++) {
            assertThat(replicas.get(i).isAlive()).as("replica %d still runs", i).isTrue();
            assertThat(Files.readString(logs[i])).doesNotContain("duplicate key");
            long rssKb = residentKb(replicas.get(i));
            System.out.printf("replica %d resident memory after start: %d MiB%n", i, rssKb / 1024);
            assertThat(rssKb).as("replica %d resident memory (KiB)", i).isLessThan(MEMORY_LIMIT_KB);
        }
        // The packaged jar runs in the prod profile, which logs JSON lines.
        assertThat(Files.readString(logs[1])).containsPattern("\"level\":\"ERROR\",\"message\":\"Cannot write the local JWT key pair to "
                + java.util.regex.Pattern.quote(unwritable.toString())).contains("PARALLAX_JWT_KEY_DIR");
    }

    @AfterEach
    void stop() throws Exception {
        for (Process p : replicas) {
            p.destroy();
        }
        for (Process p : replicas) {
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (database != null) {
            database.close();
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Process launch(int port, Path keyDir, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(deploymentJvmOptions());
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.quarkusProperties().get("quarkus.datasource.reactive.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", database.quarkusProperties().get("quarkus.datasource.username"));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "localhost");
        // Should a management interface be on, the two replicas must not share its port.
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
        env.put("PARALLAX_JWT_KEY_DIR", keyDir.toString());
        env.put("PARALLAX_SEEDS_ENABLED", "true");
        env.remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        return builder.start();
    }

    /** GC_CONTAINER_OPTIONS and the -X options of JAVA_OPTS_APPEND in deploy/k8s/deployment.yaml. */
    private static List<String> deploymentJvmOptions() {
        JsonNode deployment = Kustomization.read(Path.of("deploy/k8s/deployment.yaml")).get(0);
        List<String> options = new ArrayList<>();
        for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
            String name = env.path("name").asText();
            if (name.equals("GC_CONTAINER_OPTIONS") || name.equals("JAVA_OPTS_APPEND")) {
                Arrays.stream(env.path("value").asText().trim().split("\\s+")).filter(o -> o.startsWith("-X"))
                        .forEach(options::add);
            }
        }
        assertThat(options).contains("-XX:+UseSerialGC");
        return options;
    }

    private void awaitReady(int index, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!replicas.get(index).isAlive()) {
                throw new AssertionError("replica " + index + " exited with " + replicas.get(index).exitValue()
                        + ":\n" + tail(log));
            }
            try {
                HttpURLConnection http = (HttpURLConnection) ready.toURL().openConnection();
                http.setConnectTimeout(1000);
                http.setReadTimeout(5000);
                if (http.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("replica " + index + " not ready within " + READY_WITHIN + ":\n" + tail(log));
    }

    private static int seedClaims() {
        int claims = 0;
        JsonNode index = Kustomization.read(Path.of("seeds/index.yaml")).get(0);
        for (JsonNode folder : index.path("agreements")) {
            claims += Kustomization.read(Path.of("seeds", folder.asText(), "claims.yaml")).get(0).path("claims").size();
        }
        return claims;
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static long residentKb(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
