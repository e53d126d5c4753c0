package dev.ferry.job;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/** Where a job is in its life: pending → running → completed / failed / cancelled. */
public enum JobStatus {
    PENDING, RUNNING, COMPLETED, FAILED, CANCELLED;

    /** The value stored in the state store and shown by the API. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A terminal job never changes status again. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public static Optional<JobStatus> parse(String id) {
        for (JobStatus status : values()) {
            if (status.id().equals(id)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    static JobStatus fromId(String id) {
        return parse(id).orElseThrow(() -> new IllegalStateException("Unknown job status in state store: " + id));
    }
}
