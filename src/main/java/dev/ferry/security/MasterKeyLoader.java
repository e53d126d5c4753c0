package dev.ferry.security;

import dev.ferry.state.StateConfig;
import io.quarkus.runtime.LaunchMode;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Finds the master key: configured value, configured file, or (dev and test only) a generated file. */
final class MasterKeyLoader {

    private static final Logger LOG = Logger.getLogger(MasterKeyLoader.class);
    static final String GENERATED_FILE = "master.key";

    private MasterKeyLoader() {
    }

    static byte[] load(SecurityConfig security, StateConfig state, LaunchMode mode) {
        if (security.masterKey().isPresent()) {
            return parse(security.masterKey().get(), "FERRY_MASTER_KEY");
        }
        if (security.masterKeyFile().isPresent()) {
            Path file = security.masterKeyFile().get();
            return parse(read(file), "FERRY_MASTER_KEY_FILE " + file);
        }
        if (mode == LaunchMode.NORMAL) {
            throw new IllegalStateException("No master key: set FERRY_MASTER_KEY (64 hex characters) or "
                    + "FERRY_MASTER_KEY_FILE. Ferry encrypts connection passwords with it and will not start "
                    + "in production without one.");
        }
        return generated(state.dataDir().resolve(GENERATED_FILE));
    }

    private static byte[] generated(Path file) {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            write(file, HexFormat.of().formatHex(key));
            LOG.warnf("Generated a development master key in %s. Set FERRY_MASTER_KEY in production.", file.toAbsolutePath());
        }
        return parse(read(file), file.toString());
    }

    private static byte[] parse(String hex, String source) {
        String trimmed = hex.strip();
        if (!trimmed.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalStateException(source + " must be exactly 64 hex characters (256 bits)");
        }
        return HexFormat.of().parseHex(trimmed);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read master key file " + file, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Non-POSIX file systems keep their default permissions.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write master key file " + file, e);
        }
    }
}
