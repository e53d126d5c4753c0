package dev.ferry.migration;

import dev.ferry.api.Problem;
import dev.ferry.job.JobResponses;
import dev.ferry.security.Caller;
import dev.ferry.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/migrations")
@Tag(name = "Migrations", description = "Copy schema and data between any two engines, verified")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MigrationResource {

    private final MigrationService migrations;
    private final SecurityIdentity identity;

    public MigrationResource(MigrationService migrations, SecurityIdentity identity) {
        this.migrations = migrations;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Role.OPERATOR_NAME)
    @Operation(summary = "Start a migration, or plan one with dryRun",
            description = "With dryRun the plan comes back at once (DDL per table, type decisions, preflight findings, "
                    + "row estimates, objects not migrated) and nothing is written. Otherwise the migration runs as a job: "
                    + "202 with Location /api/v1/jobs/{id}; follow it with /api/v1/jobs/{id}/events.")
    @APIResponse(responseCode = "200", description = "The plan (dryRun)",
            content = @Content(schema = @Schema(implementation = MigrationPlan.class)))
    @APIResponse(responseCode = "202", description = "Migration job queued")
    @APIResponse(responseCode = "400", description = "Invalid request (the field is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Valid @NotNull MigrationRequest request) {
        Caller caller = Caller.of(identity);
        if (Boolean.TRUE.equals(request.dryRun())) {
            return Response.ok(migrations.plan(caller, request)).build();
        }
        return JobResponses.accepted(migrations.submit(caller, request));
    }
}
