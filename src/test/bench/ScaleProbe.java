import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scale figures (issue 11), run by scale.sh against a started jar over a generated database: a small and the large
 * agreement's full comparison (p50/p99), the delay of a small comparison sent while a large one runs, a page of the
 * large comparison's columns, addSource at scale, and the JVM's resident memory.
 * Usage: java ScaleProbe.java PORT TOKEN PID LARGE_ID SMALL_ID SEED_ID SEEDS_DIR [ROUNDS]
 */
public class ScaleProbe {

    static final String FULL = """
            query FullComparison($id: ID!) {
              comparison(agreementId: $id) {
                sources { id title }
                rows { facet { key label } consensus consensusExplanation
                  cells { source { id } verdict explanation claims { quote { exact start end } value { display } } } }
              }
            }""";
    static final String PAGE = """
            query ComparisonPage($id: ID!, $after: String) {
              comparison(agreementId: $id, first: 20, after: $after) {
                totalSources pageInfo { hasNextPage endCursor } sources { id title }
                rows { facet { key } consensus counts { matches conflicts partial omits reports }
                  cells { source { id } verdict claims { quote { exact } value { display } } } }
              }
            }""";
    static final String ADD_SOURCE = """
            mutation Add($input: AddSourceInput!) { addSource(input: $input) { created source { id } } }""";

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String token;

    public static void main(String[] args) throws Exception {
        base = "http://127.0.0.1:" + args[0] + "/graphql";
        token = args[1];
        long pid = Long.parseLong(args[2]);
        String large = args[3];
        String small = args[4];
        String seed = args[5];
        Path seeds = Path.of(args[6]);
        int rounds = args.length > 7 ? Integer.parseInt(args[7]) : 10;

        String smallBody = json(FULL, "{\"id\":\"" + small + "\"}");
        String largeBody = json(FULL, "{\"id\":\"" + large + "\"}");
        check(post(smallBody), "small comparison");
        try {
            HttpResponse<String> first = post(largeBody);
            System.out.printf("large comparison answer: %,d bytes, %s%n", first.body().length(), code(first.body()));
        } catch (IOException e) {
            System.out.println("large comparison: connection " + e.getMessage());
        }
        for (int i = 0; i < 20; i++) {
            post(smallBody);
        }
        List<Long> smallTimes = time(smallBody, rounds * 5);
        System.out.println("small agreement, full comparison: " + summary(smallTimes) + " (" + rounds * 5 + " sequential)");
        List<Long> largeTimes = time(largeBody, rounds);
        System.out.println("large agreement, full comparison: " + summary(largeTimes) + " (" + rounds + " sequential)");

        // Head of line: a small comparison sent 100 ms into a large one, against the small one alone.
        List<Long> during = new ArrayList<>();
        for (int i = 0; i < Math.max(3, rounds / 2); i++) {
            CompletableFuture<HttpResponse<Void>> heavy = HTTP.sendAsync(request(largeBody),
                    HttpResponse.BodyHandlers.discarding());
            Thread.sleep(100);
            long start = System.nanoTime();
            check(post(smallBody), "small comparison during a large one");
            during.add((System.nanoTime() - start) / 1_000_000);
            try {
                heavy.join();
            } catch (RuntimeException e) {
                System.out.println("  (the large comparison failed: " + e.getMessage() + ")");
            }
        }
        long alone = pct(smallTimes, 50);
        System.out.println("small comparison sent during a large one: " + summary(during) + "; head-of-line delay (p50 - "
                + alone + " ms alone): " + (pct(during, 50) - alone) + " ms, max " + (Collections.max(during) - alone) + " ms");

        // Paging: the first page of 20 columns, then walking every page.
        List<Long> pageTimes = time(json(PAGE, "{\"id\":\"" + large + "\"}"), rounds * 2);
        System.out.println("large agreement, one page of 20 columns (counts over all): " + summary(pageTimes));
        String after = null;
        int pages = 0;
        long walkStart = System.nanoTime();
        do {
            String body = check(post(json(PAGE, "{\"id\":\"" + large + "\",\"after\":" + (after == null ? "null"
                    : "\"" + after + "\"") + "}")), "page").body();
            pages++;
            Matcher next = Pattern.compile("\"hasNextPage\":true,\"endCursor\":\"([^\"]+)\"").matcher(body);
            after = next.find() ? next.group(1) : null;
        } while (after != null && pages < 200);
        System.out.printf("walking all pages of the large agreement: %d pages in %d ms%n", pages,
                (System.nanoTime() - walkStart) / 1_000_000);

        // addSource at scale: the seed articles again (extraction suggests claims), each made distinct.
        List<Path> articles;
        try (Stream<Path> files = Files.list(seeds.resolve("idlib-2020/articles"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Long> adds = new ArrayList<>();
        long stamp = System.currentTimeMillis();
        for (int i = 0; i < rounds; i++) {
            String text = Files.readString(articles.get(i % articles.size())) + "\n\n(scale probe " + stamp + "-" + i + ")";
            String body = json(ADD_SOURCE, "{\"input\":{\"agreementId\":\"" + seed + "\",\"text\":" + quote(text) + "}}");
            long start = System.nanoTime();
            check(post(body), "addSource");
            adds.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("addSource (a seed article, with extraction): " + summary(adds) + " (" + rounds + " sequential)");
        System.out.printf("resident memory of the service (pid %d): %d MiB%n", pid, rss(pid) / 1024);
    }

    /** Timed sequential requests; an answer with errors still counts its time, and its code is reported. */
    static List<Long> time(String body, int n) throws Exception {
        List<Long> times = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = post(body);
                if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                    codes.add(response.statusCode() + " " + code(response.body()));
                }
            } catch (IOException e) {
                codes.add("connection: " + e.getMessage());
            }
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        if (!codes.isEmpty()) {
            System.out.println("  (" + codes.size() + " of " + n + " answered with errors: " + codes + ")");
        }
        return times;
    }

    /** The first error code, or "data" for an answer without errors. */
    static String code(String body) {
        Matcher m = Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(body);
        return m.find() ? m.group(1) : body.contains("\"errors\"") ? "error" : "data";
    }

    static String summary(List<Long> times) {
        return "p50 " + pct(times, 50) + " ms, p99 " + pct(times, 99) + " ms";
    }

    static HttpResponse<String> check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(600, response.body().length())));
        }
        return response;
    }

    static HttpRequest request(String body) {
        return HttpRequest.newBuilder(URI.create(base)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HTTP.send(request(body), HttpResponse.BodyHandlers.ofString());
    }

    static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static String json(String query, String variables) {
        return "{\"query\":" + quote(query) + ",\"variables\":" + variables + "}";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
