package dev.ferry.api;

import dev.ferry.cli.RunConfig;
import dev.ferry.job.JobRecovery;
import dev.ferry.security.BootstrapAdmin;
import dev.ferry.security.SecretCipher;
import dev.ferry.state.StateStore;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * What the server must have before it accepts a request: its state store migrated, the master
 * key loaded, an admin able to log in, and jobs left running by a dead process failed before the
 * runner takes new ones. Failing any of these stops the boot with the reason. A CLI run needs
 * none of it.
 */
@ApplicationScoped
public class ServerStartup {

    private static final Logger LOG = Logger.getLogger(ServerStartup.class);

    private final RunConfig run;
    private final StateStore store;
    private final SecretCipher cipher;
    private final BootstrapAdmin admin;
    private final JobRecovery jobs;

    public ServerStartup(RunConfig run, StateStore store, SecretCipher cipher, BootstrapAdmin admin, JobRecovery jobs) {
        this.run = run;
        this.store = store;
        this.cipher = cipher;
        this.admin = admin;
        this.jobs = jobs;
    }

    void onStart(@Observes StartupEvent event) {
        if (run.cli()) {
            return;
        }
        // Configuration problems first: they need no database to be reported.
        String keyId = cipher.currentKeyId();
        admin.ensureAdmin(LaunchMode.current());
        LOG.infof("State store %s ready; master key %s loaded", store.kind(), keyId);
        jobs.recoverAndStart();
    }
}
