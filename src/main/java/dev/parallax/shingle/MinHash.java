package dev.parallax.shingle;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * MinHash signatures of a text's word shingles (runs of {@link #SHINGLE} words): the share of positions at which
 * two signatures agree estimates the Jaccard similarity of the two shingle sets (standard error about
 * sqrt(J(1-J)/{@value #SIZE}), under 0.045). Cost: one pass over the text plus {@value #SIZE} hashes per shingle.
 * The hash functions are fixed (seeded from constants), so a stored signature stays comparable across runs.
 */
public final class MinHash {

    /** Hash functions per signature. */
    public static final int SIZE = 128;

    /** Words per shingle: long enough that two reports written apart rarely share one, short enough to survive edits. */
    public static final int SHINGLE = 5;

    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    public static int[] signature(String text) {
        return signature(text, Operations.NONE);
    }

    /** The signature; a text with fewer than {@link #SHINGLE} words is one shingle, a text without words has none. */
    public static int[] signature(String text, Operations ops) {
        List<String> words = Words.of(text, ops);
        int[] mins = new int[SIZE];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        int shingles = words.isEmpty() ? 0 : Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long shingle = shingleHash(words, i);
            for (int k = 0; k < SIZE; k++) {
                int h = (int) (mix(shingle ^ SEEDS[k]) >>> 33);
                if (h < mins[k]) {
                    mins[k] = h;
                }
            }
            ops.add(SHINGLE + SIZE);
        }
        return mins;
    }

    /** Estimated Jaccard similarity, 0..1; 0 when either text had no words. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != SIZE || b.length != SIZE || isEmpty(a) || isEmpty(b)) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < SIZE; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The stored form: {@value #SIZE} big-endian 32-bit integers. */
    public static byte[] toBytes(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
        buffer.asIntBuffer().put(signature);
        return buffer.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        int[] signature = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }

    private static boolean isEmpty(int[] signature) {
        return signature[0] == Integer.MAX_VALUE && signature[SIZE - 1] == Integer.MAX_VALUE;
    }

    private static long shingleHash(List<String> words, int from) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < Math.min(words.size(), from + SHINGLE); i++) {
            h = mix(h ^ words.get(i).hashCode()) + i - from;
        }
        return h;
    }

    // SplitMix64's finaliser: cheap, and well enough mixed that the SIZE functions behave as independent.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5EED5EED5EED5EEDL;
        for (int k = 0; k < SIZE; k++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[k] = mix(state);
        }
        return seeds;
    }
}
