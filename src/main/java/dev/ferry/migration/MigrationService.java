package dev.ferry.migration;

import dev.ferry.connection.ClientRegistry;
import dev.ferry.engine.Endpoint;
import dev.ferry.engine.client.DatabaseClient;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.error.FerryException;
import dev.ferry.job.Job;
import dev.ferry.job.JobService;
import dev.ferry.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Objects;

/** Plans migrations on request (dry run) and submits them as jobs. */
@ApplicationScoped
public class MigrationService {

    private static final Duration PLAN_TIMEOUT = Duration.ofMinutes(30);

    private final ClientRegistry clients;
    private final JobService jobs;
    private final MigrationConfig defaults;

    public MigrationService(ClientRegistry clients, JobService jobs, MigrationConfig defaults) {
        this.clients = clients;
        this.jobs = jobs;
        this.defaults = defaults;
    }

    public MigrationPlan plan(Caller caller, MigrationRequest request) {
        DatabaseClient source = client(caller, request, true);
        DatabaseClient target = client(caller, request, false);
        try (SessionSource from = source.sessions(PLAN_TIMEOUT); SessionSource to = target.sessions(PLAN_TIMEOUT)) {
            return new MigrationPlanner().plan(from, to, request.settings(defaults), false);
        }
    }

    public Job submit(Caller caller, MigrationRequest request) {
        client(caller, request, true);
        client(caller, request, false);
        var params = new MigrationJobHandler.Params(request.sourceConnectionId(), request.targetConnectionId(),
                request.settings(defaults));
        return jobs.submit(MigrationJobHandler.TYPE, caller.organization(), params, caller.name());
    }

    private DatabaseClient client(Caller caller, MigrationRequest request, boolean source) {
        String field = source ? "sourceConnectionId" : "targetConnectionId";
        DatabaseClient client;
        try {
            client = clients.client(caller.organization(), source ? request.sourceConnectionId() : request.targetConnectionId());
        } catch (FerryException e) {
            if (e.kind() == FerryException.Kind.NOT_FOUND) {
                throw FerryException.invalid(field, "no such connection in your organization");
            }
            throw e;
        }
        if (!source && sameDatabase(clients.client(caller.organization(), request.sourceConnectionId()).endpoint(),
                client.endpoint())) {
            throw FerryException.invalid("targetConnectionId", "is the same database as the source");
        }
        return client;
    }

    private static boolean sameDatabase(Endpoint a, Endpoint b) {
        return a.engine().isNetworked() == b.engine().isNetworked() && Objects.equals(a.host(), b.host())
                && a.port() == b.port() && Objects.equals(a.database(), b.database());
    }
}
