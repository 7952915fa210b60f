package dev.parallax.fetch;

import dev.parallax.domain.FetchException;
import dev.parallax.domain.FetchException.Reason;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one page safely: http(s) only, every resolved address of every hop checked ({@link AddressPolicy}) and the
 * connection made to the checked address (no second lookup a rebinding DNS server could answer differently),
 * redirects followed by hand up to a limit, the body cut off at a size limit, the whole fetch at a time limit.
 * Never blocks the event loop: the name lookup runs on a worker thread.
 */
@ApplicationScoped
public class PageFetcher {

    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8";

    private final Vertx vertx;
    private final FetchConfig config;
    private final AddressPolicy addresses;
    private final HttpClient client;

    public PageFetcher(Vertx vertx, FetchConfig config) {
        this.vertx = vertx;
        this.config = config;
        this.addresses = new AddressPolicy(config.allowPrivateAddresses(), config.allowLoopback());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.max(1, config.timeout().toMillis()))
                .setKeepAlive(false)
                .setDecompressionSupported(true)
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The page at {@code url}; fails with a {@link FetchException} saying why it cannot be had. */
    public Uni<FetchedPage> fetch(String url) {
        URI uri = checkedUri(url);
        long timeout = config.timeout().toMillis();
        Context caller = Vertx.currentContext();
        Uni<FetchedPage> page = hop(uri, 0)
                .ifNoItem().after(config.timeout())
                .failWith(() -> new FetchException(Reason.TIMEOUT, "the page did not arrive within " + timeout + " ms"));
        // The time limit fires on a timer thread; the caller's Hibernate Reactive session lives on its Vert.x context.
        return caller == null ? page : page.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    /** Refuses what no hop may be: not http(s), no host, credentials in the URL. */
    public static URI checkedUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchException(Reason.REFUSED, "not a URL Parallax can fetch: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Reason.REFUSED, "only http and https URLs are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme + ":"));
        }
        if (uri.getHost() == null) {
            throw new FetchException(Reason.REFUSED, "the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(Reason.REFUSED, "the URL must not contain a user name or password");
        }
        return uri;
    }

    private Uni<FetchedPage> hop(URI uri, int redirects) {
        String host = bareHost(uri.getHost());
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        return resolve(host).chain(all -> {
            for (InetAddress a : all) {
                if (!addresses.allows(a)) {
                    return Uni.createFrom().failure(new FetchException(Reason.REFUSED,
                            "the address of " + host + " is not public (" + a.getHostAddress() + ")"));
                }
            }
            return request(uri, host, port, https, all.get(0));
        }).chain(response -> {
            if (response.location() != null) {
                if (redirects >= config.maxRedirects()) {
                    return Uni.createFrom().failure(new FetchException(Reason.FAILED,
                            "more than " + config.maxRedirects() + " redirects"));
                }
                URI next;
                try {
                    next = checkedUri(uri.resolve(new URI(response.location())).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Uni.createFrom().failure(new FetchException(Reason.FAILED, "a redirect to a malformed URL"));
                } catch (FetchException e) {
                    return Uni.createFrom().failure(e);
                }
                return hop(next, redirects + 1);
            }
            return Uni.createFrom().item(new FetchedPage(response.body(), response.mediaType(), response.charset(),
                    uri.toString(), OffsetDateTime.now(ZoneOffset.UTC)));
        });
    }

    /** All addresses of the host, looked up on a worker thread; an IP literal is its own address. */
    private Uni<List<InetAddress>> resolve(String host) {
        return Uni.createFrom().completionStage(() -> vertx.<List<InetAddress>>executeBlocking(() -> {
            try {
                return List.of(InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                throw new FetchException(Reason.FAILED, "the host name " + host + " does not resolve");
            }
        }, false).toCompletionStage());
    }

    /** One hop's answer: a redirect's target, or a 2xx body of an accepted type within the size limit. */
    private record Hop(String location, byte[] body, String mediaType, String charset) {
    }

    private Uni<Hop> request(URI uri, String host, int port, boolean https, InetAddress address) {
        long maxSize = config.maxSize().asLongValue();
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(host)
                .setPort(port)
                .setSsl(https)
                .setURI(path)
                .setFollowRedirects(false)
                .putHeader("User-Agent", config.userAgent())
                .putHeader("Accept", ACCEPT);
        return Uni.createFrom().emitter(emitter -> {
            HttpClientRequest[] sent = new HttpClientRequest[1];
            // Cut off a request still under way when the fetch is given up (time limit, request cancelled).
            boolean[] answered = new boolean[1];
            emitter.onTermination(() -> {
                if (sent[0] != null && !answered[0]) {
                    sent[0].reset();
                }
            });
            client.request(options).onFailure(e -> emitter.fail(failed(e))).onSuccess(request -> {
                sent[0] = request;
                request.send().onFailure(e -> emitter.fail(failed(e))).onSuccess(response -> {
                    answered[0] = true;
                    int status = response.statusCode();
                    if (status >= 300 && status < 400 && response.getHeader("Location") != null) {
                        abandon(response);
                        emitter.complete(new Hop(response.getHeader("Location"), null, null, null));
                        return;
                    }
                    if (status < 200 || status > 299) {
                        abandon(response);
                        emitter.fail(new FetchException(Reason.FAILED, "the server answered with status " + status));
                        return;
                    }
                    ContentType type = ContentType.parse(response.getHeader("Content-Type"));
                    if (!type.isReadable()) {
                        abandon(response);
                        emitter.fail(new FetchException(Reason.UNSUPPORTED_CONTENT, "the page is "
                                + (type.mediaType().isEmpty() ? "of no stated type" : type.mediaType()) + ", not HTML or plain text"));
                        return;
                    }
                    String length = response.getHeader("Content-Length");
                    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxSize) {
                        abandon(response);
                        emitter.fail(tooLarge(maxSize));
                        return;
                    }
                    answered[0] = false;
                    read(response, maxSize, body -> {
                        answered[0] = true;
                        emitter.complete(new Hop(null, body, type.mediaType(), type.charset()));
                    }, e -> {
                        answered[0] = true;
                        emitter.fail(e);
                    });
                });
            });
        });
    }

    private static void read(HttpClientResponse response, long maxSize, java.util.function.Consumer<byte[]> done,
            java.util.function.Consumer<Throwable> failed) {
        Buffer body = Buffer.buffer();
        boolean[] over = new boolean[1];
        response.handler(chunk -> {
            if (over[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxSize) {
                over[0] = true;
                response.request().reset();
                failed.accept(tooLarge(maxSize));
                return;
            }
            body.appendBuffer(chunk);
        });
        response.exceptionHandler(e -> {
            if (!over[0]) {
                failed.accept(failed(e));
            }
        });
        response.endHandler(ignored -> {
            if (!over[0]) {
                done.accept(body.getBytes());
            }
        });
    }

    /** Closes the connection instead of reading a body Parallax will not use. */
    private static void abandon(HttpClientResponse response) {
        response.exceptionHandler(ignored -> {
        });
        response.request().reset();
    }

    private static FetchException tooLarge(long maxSize) {
        return new FetchException(Reason.TOO_LARGE, "the page is larger than " + maxSize + " bytes");
    }

    private static Throwable failed(Throwable e) {
        if (e instanceof FetchException) {
            return e;
        }
        if (e instanceof TimeoutException) {
            return new FetchException(Reason.TIMEOUT, "the server did not answer in time");
        }
        return new FetchException(Reason.FAILED, "the page could not be fetched: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    }

    /** [::1] in a URL is ::1 to the resolver. */
    private static String bareHost(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
