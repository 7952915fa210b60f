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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cost-per-client load (issue 12), run by load.sh against a started jar: six anonymous clients (distinct
 * X-Forwarded-For addresses) send batches of five full comparisons of a large agreement as fast as they are
 * answered, while a seventh client's simple query is timed and the JVM's resident memory is sampled.
 * Usage: java Load.java PORT TOKEN PID SEEDS_DIR [SOURCES] [SECONDS] [BATCH_SIZE (5; 1 sends single operations)]
 */
public class Load {

    static final String SIMPLE = "{ agreements { slug title } }";
    static final String FULL = """
            query FullComparison($id: ID!) {
              comparison(agreementId: $id, includeSuggested: true) {
                sources { id title }
                rows {
                  facet { key label }
                  consensus consensusExplanation
                  cells { source { id } verdict explanation claims { quote { exact } value { display } } }
                }
              }
            }""";
    static final String ADD_SOURCE = """
            mutation Add($input: AddSourceInput!) { addSource(input: $input) { created source { id } } }""";

    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = "http://127.0.0.1:" + args[0] + "/graphql";
        String token = args[1];
        long pid = Long.parseLong(args[2]);
        Path seeds = Path.of(args[3]);
        int sources = args.length > 4 ? Integer.parseInt(args[4]) : 40;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        int batchSize = args.length > 6 ? Integer.parseInt(args[6]) : 5;

        String agreements = post(json("{ agreements { id slug } }", "{}"), "192.0.2.1", token).body();
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"slug\":\"idlib-2020\"").matcher(agreements);
        if (!m.find()) {
            throw new IllegalStateException("no seed agreement in " + agreements);
        }
        String agreement = m.group(1);
        List<String> articles;
        try (Stream<Path> files = Files.list(seeds.resolve("idlib-2020/articles"))) {
            articles = files.sorted().map(Load::read).toList();
        }
        for (int i = 0; i < sources; i++) {
            String text = articles.get(i % articles.size()) + "\n\nUpdate " + i
                    + ": officials said the corridor would be 6 km deep on each side, and monitors said 12 km in all.";
            String input = "{\"input\":{\"agreementId\":\"" + agreement + "\",\"text\":" + quote(text) + "}}";
            HttpResponse<String> added = post(json(ADD_SOURCE, input), "192.0.2.1", token);
            if (added.statusCode() != 200 || added.body().contains("\"errors\"")) {
                throw new IllegalStateException("addSource failed: " + added.body());
            }
        }
        String fullOne = json(FULL, "{\"id\":\"" + agreement + "\"}");
        HttpResponse<String> sample = post(fullOne, "192.0.2.1", token);
        List<Long> single = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            post(fullOne, "192.0.2.1", token);
            single.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("agreement: %d sources added; one full comparison: %d KB, cost %s points, %s ms each alone%n",
                sources, sample.body().length() / 1024, sample.headers().firstValue("X-RateLimit-Cost").orElse("?"), single);

        List<Long> idle = probe(5, 200);
        long idleRss = rss(pid);
        System.out.printf("idle: simple query p50 %d ms, p95 %d ms; RSS %d MB%n", pct(idle, 50), pct(idle, 95), idleRss / 1024);

        String batch = batchSize == 1 ? fullOne : "[" + String.join(",", Collections.nCopies(batchSize, fullOne)) + "]";
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        List<Thread> heavy = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            String address = "198.51.100." + c;
            Thread t = new Thread(() -> {
                while (running.get()) {
                    String outcome;
                    try {
                        HttpResponse<String> r = post(batch, address, null);
                        outcome = r.statusCode() + " " + code(r.body());
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                }
            });
            t.start();
            heavy.add(t);
        }
        AtomicLong maxRss = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                maxRss.accumulateAndGet(rss(pid), Math::max);
                sleep(250);
            }
        });
        sampler.start();
        sleep(3000);
        List<Long> loaded = probe(seconds, 200);
        running.set(false);
        for (Thread t : heavy) {
            t.join(30_000);
        }
        sampler.join();
        System.out.printf("under load (6 clients x %s, %d s): simple query p50 %d ms, p95 %d ms, max %d ms (%d samples)%n",
                batchSize == 1 ? "single full comparisons" : "batches of " + batchSize + " full comparisons", seconds,
                pct(loaded, 50), pct(loaded, 95), pct(loaded, 100), loaded.size());
        System.out.printf("RSS: max %d MB, end %d MB%n", maxRss.get() / 1024, rss(pid) / 1024);
        System.out.println("heavy batches by outcome: " + outcomes);
        boolean ok = pct(loaded, 95) <= 100 && maxRss.get() / 1024 < 300;
        System.out.println(ok ? "GOAL MET: p95 <= 100 ms and RSS < 300 MB" : "GOAL MISSED");
    }

    /** Times the simple query from its own client every {@code periodMillis} for {@code seconds}. */
    static List<Long> probe(int seconds, long periodMillis) {
        List<Long> times = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String body = json(SIMPLE, "{}");
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = post(body, "203.0.113.200", null);
                if (r.statusCode() != 200) {
                    System.out.println("probe answered " + r.statusCode() + ": " + r.body());
                }
            } catch (Exception e) {
                System.out.println("probe failed: " + e);
            }
            long took = (System.nanoTime() - start) / 1_000_000;
            times.add(took);
            sleep(Math.max(0, periodMillis - took));
        }
        return times;
    }

    static HttpResponse<String> post(String body, String address, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** The first error code, or "data" for an answer without errors. */
    static String code(String body) {
        Matcher m = Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(body);
        return m.find() ? m.group(1) : "data";
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

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
