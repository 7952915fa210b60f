package dev.parallax.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts a Content-Security-Policy, frame options and {@code nosniff} on every response. The API and everything else
 * may load nothing and be framed nowhere; the workbench and GraphiQL may run their own scripts and call the API on
 * this origin.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Nothing on a JSON or text response is ever run, styled or framed. */
    static final String STRICT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * GraphiQL (smallrye-graphql-ui-graphiql) loads only its own scripts, styles and images and calls the API here. Its
     * CSS inlines fonts and icons as data: URLs, and a React dependency adds a style element at run time: styles need
     * 'unsafe-inline' (scripts do not).
     */
    static final String GRAPHIQL = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'none'";

    /** The workbench (index.html and workbench/*) has no inline script or style: its own files and this origin only. */
    static final String WORKBENCH = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'none'";

    private static final String GRAPHIQL_PATH = "/q/graphql-ui";
    private static final String WORKBENCH_PATH = "/workbench/";
    /** Quarkus' Dev UI exists only in dev mode and needs far more; it keeps no policy rather than a broken one. */
    private static final String DEV_UI_PATH = "/q/dev-ui";
    /** Among the first filters, so that refusals by CORS or authentication get the headers too. */
    private static final int PRIORITY = 9_999;

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::add, PRIORITY);
    }

    private static void add(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.startsWith(DEV_UI_PATH)) {
            MultiMap headers = ctx.response().headers();
            headers.set("Content-Security-Policy", policy(path));
            headers.set("X-Frame-Options", "DENY");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
        }
        ctx.next();
    }

    private static String policy(String path) {
        if (path.startsWith(GRAPHIQL_PATH)) {
            return GRAPHIQL;
        }
        return path.equals("/") || path.equals("/index.html") || path.startsWith(WORKBENCH_PATH) ? WORKBENCH : STRICT;
    }
}
