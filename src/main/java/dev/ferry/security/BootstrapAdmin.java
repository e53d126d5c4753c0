package dev.ferry.security;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Set;

/** Makes sure an administrator can always get in: from FERRY_ADMIN_TOKEN, or generated in dev mode. */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);
    static final String TOKEN_ID = "bootstrap-admin";

    private final SecurityConfig config;
    private final TokenService tokens;

    public BootstrapAdmin(SecurityConfig config, TokenService tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    public void ensureAdmin(LaunchMode mode) {
        if (config.adminToken().isPresent()) {
            tokens.ensure(TOKEN_ID, "bootstrap admin", config.adminOrganization(), Set.of(Role.ADMIN),
                    config.adminToken().get());
            return;
        }
        if (mode == LaunchMode.NORMAL) {
            throw new IllegalStateException("No admin token: set FERRY_ADMIN_TOKEN. Ferry will not start in "
                    + "production without a way for an administrator to authenticate.");
        }
        if (tokens.exists(TOKEN_ID)) {
            LOG.infof("Bootstrap admin token was printed when this data directory was first used; "
                    + "set FERRY_ADMIN_TOKEN to choose one.");
            return;
        }
        String secret = tokens.newSecret();
        tokens.ensure(TOKEN_ID, "bootstrap admin", config.adminOrganization(), Set.of(Role.ADMIN), secret);
        LOG.warnf("Generated bootstrap admin token (shown once): %s", secret);
    }
}
