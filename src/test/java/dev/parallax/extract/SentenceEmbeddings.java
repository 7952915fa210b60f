package dev.parallax.extract;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside its Maven artifact (ONNX Runtime,
 * in-process, offline), cached per text; the score is the cosine of two embeddings.
 */
final class SentenceEmbeddings {

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    private final Map<String, float[]> cache = new HashMap<>();

    double score(String sentence, String facetText) {
        return cosine(vector(sentence), vector(facetText));
    }

    float[] vector(String text) {
        return cache.computeIfAbsent(text, t -> model.embed(t).content().vector());
    }

    /** Embeds without the cache (for timing). */
    float[] embedUncached(String text) {
        return model.embed(text).content().vector();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
