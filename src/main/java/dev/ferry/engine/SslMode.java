package dev.ferry.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/**
 * TLS towards a database server, with libpq's names: {@code disable}, {@code require} (encrypted,
 * certificate not checked), {@code verify-ca} (certificate chain checked against the JDK trust
 * store) and {@code verify-full} (chain and host name checked).
 */
public enum SslMode {
    DISABLE, REQUIRE, VERIFY_CA, VERIFY_FULL;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SslMode> parse(String id) {
        for (SslMode mode : values()) {
            if (mode.id().equalsIgnoreCase(id)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static SslMode fromJson(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown sslMode " + id + "; expected disable, require, verify-ca or verify-full"));
    }
}
