package dev.parallax.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/** Times the extractor on each new source ({@code parallax_extraction_duration_seconds}, by outcome). */
@ApplicationScoped
public class ExtractionMetrics {

    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    public ExtractionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs one extraction and records how long it took and whether it finished, was cancelled or failed. */
    public <T> T time(Supplier<T> extraction) {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            T result = extraction.get();
            outcome = "ok";
            return result;
        } catch (CancellationException e) {
            outcome = "cancelled";
            throw e;
        } finally {
            Timer.builder("parallax.extraction.duration")
                    .description("Time the extractor took on a new source")
                    .tag("outcome", outcome)
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry).record(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
