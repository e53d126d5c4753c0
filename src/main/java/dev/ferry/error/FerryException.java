package dev.ferry.error;

import java.util.List;

/**
 * A domain failure with a kind the API layer knows how to present. Services throw these and
 * never deal with HTTP; the message must be safe to show to a user (no secrets, no SQL).
 */
public class FerryException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, UNAVAILABLE, TIMEOUT }

    /** One offending input field of an invalid request. */
    public record FieldError(String field, String message) { }

    private final Kind kind;
    private final List<FieldError> fieldErrors;

    public FerryException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public FerryException(Kind kind, String message, Throwable cause) {
        this(kind, message, List.of(), cause);
    }

    protected FerryException(Kind kind, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static FerryException notFound(String what, Object id) {
        return new FerryException(Kind.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static FerryException conflict(String message) {
        return new FerryException(Kind.CONFLICT, message);
    }

    public static FerryException invalid(String field, String message) {
        return new FerryException(Kind.INVALID, field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static FerryException invalid(List<FieldError> errors) {
        String summary = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new FerryException(Kind.INVALID, summary, errors, null);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
