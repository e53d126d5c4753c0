package dev.ferry.security;

import dev.ferry.state.StateConfig;
import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MasterKeyLoaderTest {

    @TempDir
    Path dataDir;

    @Test
    void devModeGeneratesAKeyFileOnceAndReusesIt() throws Exception {
        byte[] first = MasterKeyLoader.load(security(null, null), state(), LaunchMode.DEVELOPMENT);
        Path file = dataDir.resolve(MasterKeyLoader.GENERATED_FILE);
        assertTrue(Files.readString(file).matches("[0-9a-f]{64}"));
        assertArrayEquals(first, MasterKeyLoader.load(security(null, null), state(), LaunchMode.DEVELOPMENT));
    }

    @Test
    void productionWithoutKeyRefusesToStartSayingWhy() {
        var e = assertThrows(IllegalStateException.class,
                () -> MasterKeyLoader.load(security(null, null), state(), LaunchMode.NORMAL));
        assertTrue(e.getMessage().contains("FERRY_MASTER_KEY"), e.getMessage());
    }

    @Test
    void keyMustBe64HexCharacters() {
        var e = assertThrows(IllegalStateException.class,
                () -> MasterKeyLoader.load(security("abc", null), state(), LaunchMode.NORMAL));
        assertTrue(e.getMessage().contains("64 hex"), e.getMessage());
    }

    @Test
    void keyFileIsRead() throws Exception {
        Path file = dataDir.resolve("key.txt");
        Files.writeString(file, "ab".repeat(32) + "\n");
        assertEquals(32, MasterKeyLoader.load(security(null, file), state(), LaunchMode.NORMAL).length);
    }

    private StateConfig state() {
        return () -> dataDir;
    }

    private static SecurityConfig security(String key, Path file) {
        return new SecurityConfig() {
            @Override
            public Optional<String> adminToken() {
                return Optional.empty();
            }

            @Override
            public String adminOrganization() {
                return "default";
            }

            @Override
            public Optional<String> masterKey() {
                return Optional.ofNullable(key);
            }

            @Override
            public Optional<Path> masterKeyFile() {
                return Optional.ofNullable(file);
            }
        };
    }
}
