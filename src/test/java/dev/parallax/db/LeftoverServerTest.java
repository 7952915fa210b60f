package dev.parallax.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.testing.CapturedLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a previous run leaves in the embedded PostgreSQL's data directory: an orphaned server of a killed JVM is
 * shut down and started afresh, a stale postmaster.pid is removed, and a directory or port owned by another running
 * process is refused with an ERROR that names it and says what to do.
 */
class LeftoverServerTest {

    Path dataDir;
    CapturedLog log;

    @BeforeEach
    void setUp() throws IOException {
        dataDir = Files.createTempDirectory("parallax-leftover-pg");
        log = new CapturedLog(EmbeddedPostgres.class);
    }

    @AfterEach
    void tearDown() throws IOException {
        log.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anOrphanedServerOfAKilledJvmIsStoppedAndStartedAgain() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanedServer.class.getName(), dataDir.toString())
                .redirectError(dataDir.resolveSibling(dataDir.getFileName() + "-orphan.log").toFile())
                .start();
        long orphanPid;
        int orphanPort;
        try {
            String[] ready = readyLine(jvm);
            orphanPort = Integer.parseInt(ready[1]);
            orphanPid = Long.parseLong(ready[2]);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + orphanPort + "/parallax",
                    "postgres", ""); Statement s = c.createStatement()) {
                s.execute("create table kept (n int); insert into kept values (7)");
            }
        } finally {
            jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server is left behind
            jvm.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(LocalProcesses.alive(orphanPid)).as("the orphan outlives its JVM").isTrue();

        try (EmbeddedPostgres db = EmbeddedPostgres.start(dataDir, 0, true, Map.of())) {
            assertThat(LocalProcesses.alive(orphanPid)).as("the orphan is stopped").isFalse();
            assertThat(db.postmasterPid()).isNotEqualTo(orphanPid);
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select n from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("what the orphan committed is kept").isEqualTo(7);
            }
        } finally {
            if (LocalProcesses.alive(orphanPid)) {
                LocalProcesses.signal(orphanPid, "QUIT");
            }
        }
        assertThat(log.messagesAtLeast(CapturedLog.WARN)).anyMatch(m -> m.contains("orphaned PostgreSQL (pid " + orphanPid));
    }

    @Test
    void aStalePidFileOfADeadServerIsRemoved() throws Exception {
        EmbeddedPostgres.start(dataDir, 0, true, Map.of()).close();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        writePidFile(deadPid);

        try (EmbeddedPostgres db = EmbeddedPostgres.start(dataDir, 0, true, Map.of())) {
            assertThat(query(db)).isEqualTo(1);
        }
        assertThat(log.messagesAtLeast(CapturedLog.WARN))
                .anyMatch(m -> m.contains("stale") && m.contains("pid " + deadPid + ") is gone"));
    }

    @Test
    void aStalePidFileWhoseIdNowBelongsToAnotherProgramIsRemoved() throws Exception {
        EmbeddedPostgres.start(dataDir, 0, true, Map.of()).close();
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            writePidFile(unrelated.pid());
            try (EmbeddedPostgres db = EmbeddedPostgres.start(dataDir, 0, true, Map.of())) {
                assertThat(query(db)).isEqualTo(1);
            }
            assertThat(unrelated.isAlive()).as("the unrelated program is left alone").isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
        assertThat(log.messagesAtLeast(CapturedLog.WARN))
                .anyMatch(m -> m.contains("stale") && m.contains("unrelated program"));
    }

    @Test
    void aDataDirectoryInUseByARunningServerIsRefusedWithAnError() throws Exception {
        try (EmbeddedPostgres running = EmbeddedPostgres.start(dataDir, 0, true, Map.of())) {
            long pid = running.postmasterPid();
            assertThatThrownBy(() -> EmbeddedPostgres.start(dataDir, 0, true, Map.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("pid " + pid)
                    .hasMessageContaining("parallax.embedded.data-dir");
            assertThat(log.messagesAtLeast(CapturedLog.ERROR))
                    .anyMatch(m -> m.contains(dataDir.toString()) && m.contains("pid " + pid));
            assertThat(query(running)).as("the running server is left alone").isEqualTo(1);
            assertThat(running.postmasterPid()).isEqualTo(pid);
        }
    }

    @Test
    void aPortInUseIsRefusedWithAnError() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            long started = System.nanoTime();
            assertThatThrownBy(() -> EmbeddedPostgres.start(dataDir, port, true, Map.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("parallax.embedded.port");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused at once, not after a wait")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(log.messagesAtLeast(CapturedLog.ERROR)).anyMatch(m -> m.contains("Port " + port));
        }
    }

    /** A lock file as PostgreSQL writes it (pid, data directory, start time, port, ...), naming {@code pid}. */
    private void writePidFile(long pid) throws IOException {
        Files.writeString(dataDir.resolve("postmaster.pid"), pid + "\n" + dataDir + "\n1700000000\n5432\n/tmp\nlocalhost\n"
                + "  1234567     12\nready   \n");
    }

    private static int query(EmbeddedPostgres db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String[] readyLine(Process jvm) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return line.split(" ");
            }
        }
        throw new IllegalStateException("the orphan's JVM ended before its server was ready; see its log beside " + jvm);
    }
}
