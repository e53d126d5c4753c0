package dev.ferry.job;

import java.util.Map;

/**
 * A job failure with a user-facing message and where it happened (e.g. {@code table}, {@code
 * column}, {@code key}); the job's error shows both. The current phase is added automatically.
 */
public class JobFailedException extends Exception {

    private final Map<String, String> context;

    public JobFailedException(String message, Map<String, String> context) {
        this(message, context, null);
    }

    public JobFailedException(String message, Map<String, String> context, Throwable cause) {
        super(message, cause);
        this.context = context == null ? Map.of() : Map.copyOf(context);
    }

    public Map<String, String> context() {
        return context;
    }
}
