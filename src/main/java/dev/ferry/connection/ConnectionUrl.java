package dev.ferry.connection;

import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A database URL as users write them: {@code postgresql://user:pass@host:5432/db?sslmode=require},
 * {@code mysql://…}, {@code mariadb://…} or {@code sqlite:///absolute/path.db}. The user and
 * password are percent-decoded; the password may be left out. Shared by the API and the CLI.
 * Parse errors never repeat the URL, which may hold a password.
 *
 * @param port     null when the URL names none
 * @param password null when the URL has none
 * @param sslMode  null when the URL has no {@code sslmode} parameter
 */
public record ConnectionUrl(Engine engine, String host, Integer port, String database, String username,
                            String password, SslMode sslMode) {

    /**
     * @throws IllegalArgumentException with a message that says what is wrong, without the URL
     */
    public static ConnectionUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd <= 0) {
            throw new IllegalArgumentException("must look like postgresql://user:password@host:5432/database, "
                    + "mysql://…, mariadb://… or sqlite:///absolute/path.db");
        }
        Engine engine = engine(url.substring(0, schemeEnd));
        String rest = url.substring(schemeEnd + 3);
        return engine.isNetworked() ? network(engine, rest) : sqlite(rest);
    }

    private static Engine engine(String scheme) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (lower.equals("postgres")) {
            return Engine.POSTGRESQL;
        }
        return Engine.parse(lower).orElseThrow(() -> new IllegalArgumentException("has an unknown scheme " + scheme
                + "; expected postgresql, mysql, mariadb or sqlite"));
    }

    private static ConnectionUrl sqlite(String rest) {
        int query = rest.indexOf('?');
        String path = decode(query < 0 ? rest : rest.substring(0, query), "path");
        SslMode sslMode = query < 0 ? null : sslMode(rest.substring(query + 1));
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("must give an absolute path after sqlite://, as in sqlite:///data/app.db");
        }
        return new ConnectionUrl(Engine.SQLITE, null, null, path, null, null, sslMode);
    }

    private static ConnectionUrl network(Engine engine, String rest) {
        // The last '@' ends the credentials, so an unencoded '@', ':' or '/' in a password still works.
        int at = rest.lastIndexOf('@');
        String userInfo = at < 0 ? null : rest.substring(0, at);
        String location = at < 0 ? rest : rest.substring(at + 1);
        int query = location.indexOf('?');
        String params = query < 0 ? null : location.substring(query + 1);
        String hostPath = query < 0 ? location : location.substring(0, query);
        int slash = hostPath.indexOf('/');
        String hostPort = slash < 0 ? hostPath : hostPath.substring(0, slash);
        String database = slash < 0 ? null : decode(hostPath.substring(slash + 1), "database");
        String[] hp = hostAndPort(hostPort);
        String username = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
        }
        return new ConnectionUrl(engine, hp[0], hp[1] == null ? null : port(hp[1]), blankToNull(database),
                blankToNull(username), password, params == null ? null : sslMode(params));
    }

    private static String[] hostAndPort(String hostPort) {
        String host;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("has an unclosed IPv6 address");
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            } else if (!after.isEmpty()) {
                throw new IllegalArgumentException("has text after the IPv6 address");
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? null : hostPort.substring(colon + 1);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("has no host");
        }
        return new String[] {host, port};
    }

    private static int port(String text) {
        if (!text.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("has a port that is not a number");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("has a port outside 1-65535");
        }
        return port;
    }

    private static SslMode sslMode(String params) {
        SslMode mode = null;
        for (String param : params.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : decode(param.substring(eq + 1), "parameter");
            if (!key.equalsIgnoreCase("sslmode")) {
                throw new IllegalArgumentException("has an unsupported parameter " + key + " (only sslmode is accepted)");
            }
            mode = SslMode.parse(value).orElseThrow(() -> new IllegalArgumentException(
                    "has an unknown sslmode; expected disable, require, verify-ca or verify-full"));
        }
        return mode;
    }

    private static String decode(String text, String what) {
        try {
            // URLDecoder would turn '+' into a space, which is form encoding, not URL encoding.
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has a malformed percent-escape in the " + what);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    @Override
    public String toString() {
        if (!engine.isNetworked()) {
            return "ConnectionUrl[" + engine.id() + "://" + database + "]";
        }
        return "ConnectionUrl[" + engine.id() + "://" + (username == null ? "" : username + "@")
                + (host == null ? "" : host + (port == null ? "" : ":" + port)) + "/" + (database == null ? "" : database)
                + (password == null ? "" : ", password=***") + "]";
    }
}
