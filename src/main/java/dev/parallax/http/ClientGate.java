package dev.parallax.http;

import dev.parallax.limit.Allowance;
import dev.parallax.limit.Charge;
import dev.parallax.limit.Client;
import dev.parallax.limit.ClientBudgets;
import dev.parallax.limit.ClientId;
import dev.parallax.limit.LimitsConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Admits a GraphQL request for its client (a valid token's subject, else the remote address as
 * {@code quarkus.http.proxy.*} resolves it): holds one of the client's concurrent slots until the answer, refuses a
 * client whose budget is spent, charges each request's cost ({@link #charge}) and puts the rate-limit headers on
 * every answer.
 */
final class ClientGate implements Handler<RoutingContext> {

    private static final String LEASE = "parallax.limits.lease";
    private static final String RESPONSE_CAP = "parallax.limits.response-cap";
    private static final String COST = "parallax.limits.cost";

    private final ClientBudgets budgets;
    private final LimitsConfig config;

    ClientGate(ClientBudgets budgets, LimitsConfig config) {
        this.budgets = budgets;
        this.config = config;
    }

    @Override
    public void handle(RoutingContext ctx) {
        ctx.put(RESPONSE_CAP, config.maxResponseSize().asLongValue());
        if (!config.enabled() || ctx.request().method() == HttpMethod.OPTIONS) {
            ctx.next();
            return;
        }
        String address = address(ctx.request().remoteAddress());
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            admit(ctx, ClientId.anonymous(address));
            return;
        }
        // A refused token counts by address here, and becomes UNAUTHENTICATED only where an operation needs it.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, failure) -> {
        });
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> onContext(context, () -> admit(ctx, ClientId.of(subject(identity), address))),
                failure -> onContext(context, () -> admit(ctx, ClientId.anonymous(address))));
    }

    /**
     * Takes {@code points} from the client's budget before the request runs. False, with the answer sent, when they
     * exceed what is left (429 RATE_LIMITED, nothing charged) or the whole budget (QUERY_TOO_EXPENSIVE: no waiting
     * helps; one point charged).
     */
    static boolean charge(RoutingContext ctx, String responseType, long points) {
        return charge(ctx, responseType, points, GraphQlHttpHandler.documentErrorStatus(responseType));
    }

    /** As {@link #charge(RoutingContext, String, long)}, answering QUERY_TOO_EXPENSIVE with {@code tooExpensiveStatus}. */
    static boolean charge(RoutingContext ctx, String responseType, long points, int tooExpensiveStatus) {
        Lease lease = ctx.get(LEASE);
        if (lease == null) {
            return true;
        }
        ctx.put(COST, points);
        Allowance before = lease.client.allowance();
        if (points > before.limit()) {
            // Judging it took work: one point, so that repeating it is not free and ends in 429s at the gate.
            lease.client.charge(1);
            GraphQlHttpHandler.send(ctx, responseType, tooExpensiveStatus,
                    ErrorCodes.single("QUERY_TOO_EXPENSIVE", "The request costs " + points + " points; a client may spend "
                            + before.limit() + " a minute. Ask for fewer items (first, sourceIds, facetKeys) or fewer fields."));
            return false;
        }
        Charge charge = lease.client.charge(points);
        if (!charge.accepted()) {
            refuse(ctx, responseType, "RATE_LIMITED", "The request costs " + points + " points and "
                    + charge.allowance().remaining() + " are left this minute.", charge.allowance());
            return false;
        }
        return true;
    }

    /** Gives back the client's concurrent slot (idempotent): the answer is on its way or nobody waits for it. */
    static void release(RoutingContext ctx) {
        Lease lease = ctx.get(LEASE);
        if (lease != null) {
            lease.release();
        }
    }

    /** The largest response body allowed for this request. */
    static long responseCap(RoutingContext ctx) {
        Long cap = ctx.get(RESPONSE_CAP);
        return cap == null ? Long.MAX_VALUE : cap;
    }

    private void admit(RoutingContext ctx, ClientId id) {
        Client client = budgets.client(id);
        Lease lease = new Lease(client);
        ctx.addHeadersEndHandler(v -> {
            headers(ctx.response().headers(), client.allowance(), ctx.get(COST));
            lease.release();
        });
        if (!client.enter()) {
            lease.held.set(false);
            refuse(ctx, responseType(ctx), "TOO_MANY_CONCURRENT_REQUESTS", "This client already has "
                    + client.maxConcurrent() + " requests in progress: wait for an answer before sending more.", null);
            return;
        }
        ctx.put(LEASE, lease);
        Allowance allowance = client.allowance();
        if (allowance.remaining() == 0) {
            refuse(ctx, responseType(ctx), "RATE_LIMITED", "The rate limit of " + allowance.limit()
                    + " points a minute is spent.", allowance);
            return;
        }
        ctx.next();
    }

    private static void refuse(RoutingContext ctx, String responseType, String code, String message, Allowance allowance) {
        long retryAfter = allowance == null ? 1 : allowance.secondsUntilReset(System.currentTimeMillis());
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        GraphQlHttpHandler.send(ctx, responseType, 429, ErrorCodes.single(code,
                message + " Retry after " + retryAfter + " s."));
    }

    private static void headers(MultiMap headers, Allowance allowance, Long cost) {
        headers.set("X-RateLimit-Limit", Long.toString(allowance.limit()))
                .set("X-RateLimit-Remaining", Long.toString(allowance.remaining()))
                .set("X-RateLimit-Used", Long.toString(allowance.used()))
                .set("X-RateLimit-Reset", Long.toString((allowance.resetAtMillis() + 999) / 1000))
                .set("X-RateLimit-Resource", "graphql");
        if (cost != null) {
            headers.set("X-RateLimit-Cost", Long.toString(cost));
        }
    }

    private static String responseType(RoutingContext ctx) {
        String type = MediaTypes.responseType(ctx.request().getHeader(HttpHeaders.ACCEPT));
        return type == null ? MediaTypes.JSON : type;
    }

    private static String subject(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static String address(SocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.toString();
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    /** A request's hold on one of its client's concurrent slots, given back once. */
    private static final class Lease {

        final Client client;
        final AtomicBoolean held = new AtomicBoolean(true);

        Lease(Client client) {
            this.client = client;
        }

        void release() {
            if (held.compareAndSet(true, false)) {
                client.leave();
            }
        }
    }
}
