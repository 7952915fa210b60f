package dev.parallax.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code mint-token} command: signs a bearer JWT for local use with a private key (by default the
 * machine's own, see {@link LocalKeys}) and prints it.
 */
public final class TokenMinter {

    private static final String USAGE = """
            usage: java -jar quarkus-run.jar mint-token --subject NAME [--roles editor,admin] [--hours 8]
                                                       [--key PRIVATE_KEY.pem] [--issuer parallax]""";

    private TokenMinter() {
    }

    /** Prints the token, or the usage and exit code 2 on bad arguments. */
    public static void main(Path defaultKeyDir, String... args) throws Exception {
        Map<String, String> options = options(args);
        String subject = options.get("subject");
        if (subject == null || subject.isBlank()) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Set<String> roles = Arrays.stream(options.getOrDefault("roles", Roles.EDITOR).split(","))
                .map(String::trim).filter(role -> !role.isEmpty()).collect(Collectors.toSet());
        Path key = Path.of(options.getOrDefault("key", defaultKeyDir.resolve(LocalKeys.PRIVATE_KEY).toString()));
        if (!Files.exists(key)) {
            LocalKeys.ensure(defaultKeyDir);
        }
        Instant now = Instant.now();
        String token = Jwt.issuer(options.getOrDefault("issuer", "parallax"))
                .subject(subject)
                .groups(roles)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(Long.parseLong(options.getOrDefault("hours", "8")))))
                .sign(KeyUtils.decodePrivateKey(Files.readString(key)));
        System.out.println(token);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println(USAGE);
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
