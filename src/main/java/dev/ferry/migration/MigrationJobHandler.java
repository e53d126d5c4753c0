package dev.ferry.migration;

import dev.ferry.connection.ClientRegistry;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.job.JobContext;
import dev.ferry.job.JobFailedException;
import dev.ferry.job.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Runs migrations as jobs; a failed or cancelled one resumes from its per-table checkpoints. */
@ApplicationScoped
public class MigrationJobHandler implements JobHandler {

    public static final String TYPE = "migration";
    private static final Duration STATEMENT_TIMEOUT = Duration.ofHours(12);

    /** What a migration job stores as its parameters: connection ids, never credentials. */
    public record Params(UUID sourceConnectionId, UUID targetConnectionId, MigrationSettings settings) { }

    private final ClientRegistry clients;
    private final MigrationRunner runner;

    public MigrationJobHandler(ClientRegistry clients, MigrationConfig config) {
        this.clients = clients;
        this.runner = new MigrationRunner(config);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public Object run(JobContext context) throws Exception {
        Params params = context.params(Params.class);
        boolean resuming = !context.checkpoints().isEmpty();
        if (resuming) {
            context.info("Resuming from " + context.checkpoints().size() + " checkpoint(s)");
        }
        SessionSource source = clients.client(context.organization(), params.sourceConnectionId())
                .sessions(STATEMENT_TIMEOUT);
        SessionSource target = clients.client(context.organization(), params.targetConnectionId())
                .sessions(STATEMENT_TIMEOUT);
        try {
            MigrationOutcome outcome = runner.run(source, target, params.settings(), new JobCopyListener(context), resuming);
            context.info("Verified: " + outcome.rowsMigrated() + " rows in " + outcome.tables().size() + " table(s)");
            return outcome;
        } catch (JobCopyListener.Cancelled e) {
            throw (Exception) e.getCause();
        } catch (MigrationRunner.MigrationBlockedException e) {
            throw new JobFailedException(e.getMessage(), Map.of("phase", "preflight"));
        } catch (MigrationRunner.VerificationFailedException e) {
            e.outcome().tables().forEach(t -> context.warn(t.table() + ": " + t.checks()));
            throw new JobFailedException(e.getMessage(), Map.of("phase", "verify"));
        } finally {
            source.close();
            target.close();
        }
    }
}
