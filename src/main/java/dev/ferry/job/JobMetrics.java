package dev.ferry.job;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Job meters, tagged by job type: ferry.jobs.started / completed / failed / cancelled (counters),
 * ferry.jobs.duration (timer, also tagged by outcome), ferry.jobs.rows and ferry.jobs.bytes
 * (what handlers report), and ferry.jobs.running (gauge, this replica).
 */
@ApplicationScoped
public class JobMetrics {

    private final MeterRegistry registry;

    public JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void registerRunningGauge(Supplier<Number> running) {
        // Strong reference: the supplier is a lambda nobody else holds.
        Gauge.builder("ferry.jobs.running", running).strongReference(true).register(registry);
    }

    Timer.Sample started(String type) {
        registry.counter("ferry.jobs.started", "type", type).increment();
        return Timer.start(registry);
    }

    void finished(String type, JobStatus outcome, Timer.Sample sample) {
        registry.counter("ferry.jobs." + outcome.id(), "type", type).increment();
        sample.stop(registry.timer("ferry.jobs.duration", "type", type, "status", outcome.id()));
    }

    /** A job that ended without running here (cancelled while pending, or interrupted elsewhere). */
    void ended(String type, JobStatus outcome) {
        registry.counter("ferry.jobs." + outcome.id(), "type", type).increment();
    }

    void rows(String type, long rows, long bytes) {
        if (rows > 0) {
            registry.counter("ferry.jobs.rows", "type", type).increment(rows);
        }
        if (bytes > 0) {
            registry.counter("ferry.jobs.bytes", "type", type).increment(bytes);
        }
    }
}
