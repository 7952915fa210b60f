package dev.parallax.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lock file PostgreSQL keeps in its data directory while a postmaster runs: line 1 its process ID,
 * line 2 the data directory, line 4 the port (PostgreSQL's pidfile.h).
 */
record PostmasterPidFile(Path file, Optional<Long> pid, Optional<Integer> port) {

    static final String NAME = "postmaster.pid";

    /** The data directory's lock file, or empty when there is none. */
    static Optional<PostmasterPidFile> in(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return Optional.of(new PostmasterPidFile(file, lines.isEmpty() ? Optional.empty() : number(lines.get(0)),
                lines.size() < 4 ? Optional.empty() : number(lines.get(3)).map(Long::intValue)));
    }

    /** A lock file whose postmaster is gone: PostgreSQL itself refuses to start while its PID is taken. */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }

    private static Optional<Long> number(String line) {
        try {
            long value = Long.parseLong(line.trim());
            return value > 0 && value < Integer.MAX_VALUE ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
