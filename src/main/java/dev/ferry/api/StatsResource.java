package dev.ferry.api;

import dev.ferry.connection.ConnectionRepository;
import dev.ferry.job.JobRepository;
import dev.ferry.job.JobStatus;
import dev.ferry.security.Caller;
import dev.ferry.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

@Path("/api/v1/stats")
@Tag(name = "Stats", description = "Counts for dashboards")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    /** The organization's connections and its jobs per status. */
    public record Stats(long connections, Map<String, Long> jobs) { }

    private final ConnectionRepository connections;
    private final JobRepository jobs;
    private final SecurityIdentity identity;

    public StatsResource(ConnectionRepository connections, JobRepository jobs, SecurityIdentity identity) {
        this.connections = connections;
        this.jobs = jobs;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Counts of connections and of jobs per status")
    public Stats stats() {
        String organization = Caller.of(identity).organization();
        Map<String, Long> perStatus = new LinkedHashMap<>();
        for (JobStatus status : JobStatus.values()) {
            perStatus.put(status.id(), jobs.count(organization, null, status));
        }
        return new Stats(connections.count(organization), perStatus);
    }
}
