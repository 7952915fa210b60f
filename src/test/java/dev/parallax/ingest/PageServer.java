package dev.parallax.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.parallax.page.SavedPages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A local HTTP server on 127.0.0.1 (port 0) serving the saved pages, redirects and misbehaving answers for the fetch tests. */
final class PageServer implements AutoCloseable {

    /** A page in windows-1252 whose only charset declaration is its {@code <meta>}. */
    static final String WINDOWS_1252_PAGE = "<html lang=\"fr\"><head><meta charset=\"windows-1252\"><title>Trêve</title></head>"
            + "<body><p>Le cessez-le-feu entre en vigueur à minuit, a déclaré le ministre turc de la Défense.</p></body></html>";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    PageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try (ex) {
            if (path.startsWith("/page/")) {
                send(ex, 200, "text/html; charset=utf-8", SavedPages.html(path.substring(6)).getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/redirect/")) {
                int left = Integer.parseInt(path.substring(10));
                redirect(ex, left == 0 ? "/page/meridian-wire" : "/redirect/" + (left - 1));
            } else if (path.equals("/agent")) {
                String agent = ex.getRequestHeaders().getFirst("User-Agent");
                send(ex, 200, "text/plain", ("The fetch came with the user agent " + agent + " as its name.")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/to-private")) {
                redirect(ex, "http://10.0.0.1/news");
            } else if (path.equals("/to-metadata")) {
                redirect(ex, "http://169.254.169.254/latest/meta-data/");
            } else if (path.equals("/to-file")) {
                redirect(ex, "file:///etc/passwd");
            } else if (path.equals("/windows-1252")) {
                send(ex, 200, "text/html", WINDOWS_1252_PAGE.getBytes(Charset.forName("windows-1252")));
            } else if (path.equals("/plain")) {
                send(ex, 200, "text/plain; charset=utf-8", ("Turkey and Russia agreed a ceasefire in Idlib that takes effect"
                        + " at midnight, officials said on Thursday.").getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/large")) {
                send(ex, 200, "text/html", ("<p>" + "x".repeat(2 * 1024 * 1024) + "</p>").getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/large-chunked")) {
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    byte[] chunk = ("<p>" + "y".repeat(64 * 1024) + "</p>").getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 40; i++) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // Parallax hung up once it had enough: that is the point.
                }
            } else if (path.equals("/slow")) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, "text/html", "<p>Too late to be read, whatever it says about the ceasefire.</p>".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/pdf")) {
                send(ex, 200, "application/pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));
            } else if (path.equals("/empty")) {
                send(ex, 200, "text/html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
