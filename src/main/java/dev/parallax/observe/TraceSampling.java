package dev.parallax.observe;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Spans are recorded, and sent to the OTLP endpoint, only with {@code parallax.tracing.export=true}: by default
 * nothing is recorded and nothing connects anywhere (the endpoint has a default, localhost:4317, so its presence
 * cannot be the switch). Either way an incoming {@code traceparent} is honoured: its trace id is the request's, in
 * the access log and the logs' {@code traceId}.
 */
@Singleton
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "parallax.tracing.export", defaultValue = "false") boolean export) {
        return export ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }
}
