package dev.ferry.connection;

import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import dev.ferry.error.FerryException;
import dev.ferry.error.FerryException.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link ConnectionRequest} into a {@link ConnectionSpec}, collecting every field error
 * at once. Updates merge: what the request leaves out stays as it was, except that
 * <ul>
 *   <li>a {@code url} replaces the whole endpoint (what it leaves out takes defaults), and the
 *       password only if the url has one;</li>
 *   <li>switching between a server engine and sqlite starts from an empty endpoint;</li>
 *   <li>switching between server engines moves a default port to the new engine's default.</li>
 * </ul>
 */
final class ConnectionInput {

    private static final int MAX_NAME = 200;
    private static final int MAX_HOST = 255;
    private static final int MAX_DATABASE = 255;
    private static final int MAX_PATH = 4096;
    private static final int MAX_USERNAME = 200;
    private static final int MAX_PASSWORD = 1000;

    /** The fields being assembled; null means "not given". */
    private String name;
    private Engine engine;
    private String host;
    private Integer port;
    private String database;
    private String username;
    private String password;
    private SslMode sslMode;

    private final List<FieldError> errors = new ArrayList<>();
    private final SqliteDirectories sqliteDirectories;

    private ConnectionInput(SqliteDirectories sqliteDirectories) {
        this.sqliteDirectories = sqliteDirectories;
    }

    static ConnectionSpec forCreate(ConnectionRequest request, SqliteDirectories dirs) {
        ConnectionInput input = new ConnectionInput(dirs);
        ConnectionUrl url = input.parseUrl(request);
        if (url != null) {
            input.applyUrl(url);
        }
        input.applyFields(request);
        return input.validate();
    }

    static ConnectionSpec forUpdate(StoredConnection current, ConnectionRequest request, SqliteDirectories dirs) {
        ConnectionInput input = new ConnectionInput(dirs);
        input.name = current.name();
        input.engine = current.engine();
        input.host = current.host();
        input.port = current.port();
        input.database = current.database();
        input.username = current.username();
        input.sslMode = current.sslMode();
        ConnectionUrl url = input.parseUrl(request);
        Engine target = request.engine() != null ? request.engine() : url != null ? url.engine() : current.engine();
        input.switchEngine(current.engine(), target);
        if (url != null) {
            input.clearEndpoint(false);
            input.applyUrl(url);
        }
        input.applyFields(request);
        return input.validate();
    }

    private ConnectionUrl parseUrl(ConnectionRequest request) {
        if (request.url() == null) {
            return null;
        }
        try {
            ConnectionUrl url = ConnectionUrl.parse(request.url());
            if (request.engine() != null && request.engine() != url.engine()) {
                error("engine", "does not match the url, which is for " + url.engine().id());
            }
            return url;
        } catch (IllegalArgumentException e) {
            error("url", e.getMessage());
            return null;
        }
    }

    private void switchEngine(Engine from, Engine to) {
        engine = to;
        if (from == to) {
            return;
        }
        if (from.isNetworked() != to.isNetworked()) {
            clearEndpoint(true);
        } else if (port != null && port == from.defaultPort().orElse(-1)) {
            port = to.defaultPort().orElse(-1);
        }
    }

    private void clearEndpoint(boolean withPassword) {
        host = null;
        port = null;
        database = null;
        username = null;
        sslMode = null;
        if (withPassword) {
            password = "";
        }
    }

    private void applyUrl(ConnectionUrl url) {
        engine = url.engine();
        host = url.host();
        port = url.port();
        database = url.database();
        username = url.username();
        sslMode = url.sslMode();
        if (url.password() != null) {
            password = url.password();
        }
    }

    private void applyFields(ConnectionRequest r) {
        name = r.name() != null ? r.name().strip() : name;
        engine = r.engine() != null ? r.engine() : engine;
        host = r.host() != null ? r.host().strip() : host;
        port = r.port() != null ? r.port() : port;
        database = r.database() != null ? r.database() : database;
        username = r.username() != null ? r.username() : username;
        password = r.password() != null ? r.password() : password;
        sslMode = r.sslMode() != null ? r.sslMode() : sslMode;
    }

    private ConnectionSpec validate() {
        required("name", name, MAX_NAME);
        if (engine == null) {
            if (errors.stream().noneMatch(e -> e.field().equals("url"))) {
                error("engine", "is required (or give a url)");
            }
            throw FerryException.invalid(errors);
        }
        if (engine.isNetworked()) {
            validateServer();
        } else {
            validateSqlite();
        }
        if (password != null && password.length() > MAX_PASSWORD) {
            error("password", "must be at most " + MAX_PASSWORD + " characters");
        }
        if (!errors.isEmpty()) {
            throw FerryException.invalid(errors);
        }
        return new ConnectionSpec(name, engine, host, port, database, username, password, sslMode);
    }

    private void validateServer() {
        required("host", host, MAX_HOST);
        if (host != null && host.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '/')) {
            error("host", "must be a host name or IP address");
        }
        if (port == null) {
            port = engine.defaultPort().orElseThrow();
        } else if (port < 1 || port > 65535) {
            error("port", "must be between 1 and 65535");
        }
        required("database", database, MAX_DATABASE);
        required("username", username, MAX_USERNAME);
        if (sslMode == null) {
            sslMode = SslMode.DISABLE;
        }
    }

    private void validateSqlite() {
        notUsedBySqlite("host", host);
        notUsedBySqlite("port", port);
        notUsedBySqlite("username", username);
        if (password != null && !password.isEmpty()) {
            error("password", "is not used by sqlite connections");
        }
        if (sslMode != null && sslMode != SslMode.DISABLE) {
            error("sslMode", "is not used by sqlite connections");
        }
        sslMode = SslMode.DISABLE;
        if (required("database", database, MAX_PATH)) {
            try {
                database = sqliteDirectories.resolve(database).toString();
            } catch (IllegalArgumentException e) {
                error("database", e.getMessage());
            }
        }
    }

    private boolean required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            error(field, "is required");
            return false;
        }
        if (value.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters");
            return false;
        }
        return true;
    }

    private void notUsedBySqlite(String field, Object value) {
        if (value != null) {
            error(field, "is not used by sqlite connections");
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
