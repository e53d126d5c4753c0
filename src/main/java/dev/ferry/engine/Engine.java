package dev.ferry.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** The database engines Ferry can talk to. */
public enum Engine {
    POSTGRESQL(5432),
    MYSQL(3306),
    MARIADB(3306),
    SQLITE(0);

    private final int defaultPort;

    Engine(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The id used in JSON, URLs and configuration: {@code postgresql}, {@code mysql}, ... */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether connections go over the network (host, port, user) rather than to a local file. */
    public boolean isNetworked() {
        return this != SQLITE;
    }

    /** The port a server of this engine listens on unless told otherwise; empty for SQLite. */
    public OptionalInt defaultPort() {
        return isNetworked() ? OptionalInt.of(defaultPort) : OptionalInt.empty();
    }

    public static Optional<Engine> parse(String id) {
        for (Engine engine : values()) {
            if (engine.id().equalsIgnoreCase(id)) {
                return Optional.of(engine);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static Engine fromJson(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown engine " + id + "; expected postgresql, mysql, mariadb or sqlite"));
    }
}
