package dev.parallax.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build ships the embedded PostgreSQL for Linux x86-64 only (the other platforms' binaries are 100+ MB). */
class PostgresBinariesTest {

    @Test
    void onlyTheLinuxAmd64BinariesAreOnTheClasspath() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(loader.getResource("postgres-linux-x86_64.txz")).isNotNull();
        assertThat(loader.getResource("postgres-darwin-x86_64.txz")).isNull();
        assertThat(loader.getResource("postgres-windows-x86_64.txz")).isNull();
        assertThat(loader.getResource("postgres-linux-x86_64-alpine_linux.txz")).isNull();
    }
}
