package dev.ferry.engine.dialect;

/**
 * Why reaching or using a database failed, in terms a user can act on. Dialects derive it from
 * SQLSTATE and vendor codes; network failures are recognised by exception type.
 */
public enum FailureKind {
    AUTHENTICATION("authentication", "Authentication failed: the server rejected the user name or password"),
    UNKNOWN_DATABASE("unknown-database", "The database does not exist or cannot be opened"),
    ACCESS_DENIED("access-denied", "Access denied: the user may not use this database"),
    UNREACHABLE("unreachable", "The server could not be reached"),
    TIMEOUT("timeout", "The server did not answer in time"),
    TLS("tls", "The TLS connection could not be established"),
    TOO_MANY_CONNECTIONS("too-many-connections", "The server refused the connection: too many connections"),
    SERVER_UNAVAILABLE("server-unavailable", "The server is not accepting work right now (starting, stopping or locked)"),
    NOT_A_DATABASE("not-a-database", "The file is not a SQLite database or is damaged"),
    CONFLICT("conflict", "The server aborted the transaction to resolve a deadlock or serialization conflict; "
            + "running it again may succeed"),
    BULK_LOAD_REFUSED("bulk-load-refused", "The server refuses client-side bulk loads (LOAD DATA LOCAL is disabled)"),
    OTHER("error", "The database reported an error");

    private final String id;
    private final String description;

    FailureKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** A stable machine-readable id, e.g. {@code authentication}. */
    public String id() {
        return id;
    }

    /** A sentence for people. */
    public String description() {
        return description;
    }
}
