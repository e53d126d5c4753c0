package dev.ferry.job;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Severity of a job event. */
public enum EventLevel {
    INFO, WARN, ERROR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EventLevel fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
