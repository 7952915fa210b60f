package dev.parallax;

import dev.parallax.auth.LocalVerificationKey;
import dev.parallax.auth.TokenMinter;
import dev.parallax.db.EmbeddedPostgresStartup;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Entry point: with no datasource URL configured, starts the embedded PostgreSQL while Quarkus boots, points Quarkus
 * at it and restarts it should its postmaster die (checked every {@code parallax.embedded.check-interval}, ISO-8601,
 * default PT1S); with {@code QUARKUS_DATASOURCE_REACTIVE_URL} set, starts nothing embedded. With no JWT
 * verification key configured, uses the machine's local key pair (or, if its directory is unwritable, starts
 * with a key that accepts no token). {@code mint-token} signs a token and exits.
 */
@QuarkusMain
public final class Parallax {

    private static final Logger LOG = Logger.getLogger(Parallax.class);

    private Parallax() {
    }

    public static void main(String... args) throws Exception {
        // Quarkus' own configuration is not built yet: read system properties and environment.
        Path keyDir = Path.of(setting("parallax.jwt.key-dir")
                .orElse(System.getProperty("user.home") + "/.parallax/jwt"));
        if (args.length > 0 && args[0].equals("mint-token")) {
            TokenMinter.main(keyDir, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // The build's AppCDS run (quarkus.package.jar.appcds) only loads classes and exits: no key, no database.
        boolean generatingAppCds = Boolean.getBoolean("quarkus.appcds.generate");
        if (setting("mp.jwt.verify.publickey.location").isEmpty() && setting("mp.jwt.verify.publickey").isEmpty()
                && !generatingAppCds) {
            LocalVerificationKey.properties(keyDir).forEach(System::setProperty);
        }
        boolean external = setting("quarkus.datasource.reactive.url").isPresent();
        if (!external && !inNativeImage() && !generatingAppCds) {
            Path dataDir = Path.of(setting("parallax.embedded.data-dir")
                    .orElse(System.getProperty("user.home") + "/.parallax/pgdata"));
            int port = setting("parallax.embedded.port").map(Integer::parseInt).orElse(0);
            LOG.infof("No QUARKUS_DATASOURCE_REACTIVE_URL set: starting the embedded PostgreSQL in %s", dataDir);
            Duration checkEvery = setting("parallax.embedded.check-interval").map(Duration::parse)
                    .orElse(Duration.ofSeconds(1));
            // Started while Quarkus boots; Flyway waits for it (EmbeddedPostgresStartup).
            EmbeddedPostgresStartup.begin(dataDir, port, checkEvery).forEach(System::setProperty);
        }
        Quarkus.run(args);
    }

    /** A setting from a system property or its environment-variable form (a.b-c -> A_B_C). */
    private static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static boolean inNativeImage() {
        return System.getProperty("org.graalvm.nativeimage.imagecode") != null;
    }
}
