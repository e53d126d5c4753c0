package dev.ferry.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/** Secrets and the bootstrap administrator. */
@ConfigMapping(prefix = "ferry.security")
public interface SecurityConfig {

    /**
     * Bootstrap admin API token ({@code FERRY_ADMIN_TOKEN}). Required in production; in dev mode
     * one is generated and printed once when unset.
     */
    Optional<String> adminToken();

    /** Organization of the bootstrap admin token and of tokens it creates by default. */
    @WithDefault("default")
    String adminOrganization();

    /** 64 hex characters (256 bits) that encrypt connection passwords ({@code FERRY_MASTER_KEY}). */
    Optional<String> masterKey();

    /** A file holding the master key as 64 hex characters ({@code FERRY_MASTER_KEY_FILE}). */
    Optional<Path> masterKeyFile();
}
