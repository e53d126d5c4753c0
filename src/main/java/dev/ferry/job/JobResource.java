package dev.ferry.job;

import dev.ferry.api.Problem;
import dev.ferry.error.FerryException;
import dev.ferry.security.Caller;
import dev.ferry.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/jobs")
@Tag(name = "Jobs", description = "Every migration, sync, package apply, backup and restore runs as a job: "
        + "pending → running → completed / failed / cancelled, with progress and an event log.")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final JobService jobs;
    private final JobsConfig config;
    private final SecurityIdentity identity;

    public JobResource(JobService jobs, JobsConfig config, SecurityIdentity identity) {
        this.jobs = jobs;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "List the organization's jobs", description = "Newest first, one page at a time.")
    @APIResponse(responseCode = "200", description = "A page of jobs and the total matching the filters")
    @APIResponse(responseCode = "400", description = "Unknown status or bad paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JobPage list(
            @Parameter(description = "Only jobs of this type, e.g. migration") @QueryParam("type") String type,
            @Parameter(description = "Only jobs in this status",
                    schema = @Schema(enumeration = {"pending", "running", "completed", "failed", "cancelled"}))
            @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Jobs per page, 1 to " + JobService.MAX_PAGE_SIZE,
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        JobStatus statusFilter = status == null || status.isBlank() ? null : JobStatus.parse(status)
                .orElseThrow(() -> FerryException.invalid("status",
                        "must be one of pending, running, completed, failed, cancelled"));
        String typeFilter = type == null || type.isBlank() ? null : type;
        return jobs.list(organization(), typeFilter, statusFilter, integer("page", page, 0), integer("size", size, 20));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Get a job", description = "Status, progress (with ETA), result or error with context.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job in the organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Job get(@PathParam("id") String id) {
        return jobs.get(id, organization());
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Follow a job (server-sent events)",
            description = "First the stored history, then live events until the job ends. Event names: "
                    + "`log` (a JobEvent; its SSE id is the event seq), `progress` (the Job, whenever status or "
                    + "progress changes), `end` (the Job in its final state; the stream then completes). "
                    + "Reconnect with Last-Event-ID to skip events already seen.")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "404", description = "No such job in the organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> events(
            @PathParam("id") String id,
            @Parameter(description = "Seq of the last event already received") @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        // Looked up here, on a worker thread, so an unknown job is a 404 rather than an empty stream.
        Job job = jobs.get(id, organization());
        long afterSeq = lastEventId == null || lastEventId.isBlank() ? 0 : integer("Last-Event-ID", lastEventId, 0);
        return JobEventStream.of(jobs, job, afterSeq, config.streamInterval()).map(item -> toSse(sse, item));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.OPERATOR_NAME)
    @Operation(summary = "Cancel a job", description = "A pending job is cancelled at once; a running job is "
            + "asked to stop and ends cancelled at its next checkpoint (cancelRequested shows the request).")
    @APIResponse(responseCode = "202", description = "Cancelled, or cancel requested")
    @APIResponse(responseCode = "404", description = "No such job in the organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job already ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") String id) {
        Caller caller = Caller.of(identity);
        return JobResponses.accepted(jobs.cancel(id, caller.organization(), caller.name()));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed(Role.OPERATOR_NAME)
    @Operation(summary = "Resume a failed or cancelled job", description = "The job is queued again and continues "
            + "from its last checkpoint (for a migration: the last committed batch of each table), so the result "
            + "holds exactly the source rows, without duplicates.")
    @APIResponse(responseCode = "202", description = "Queued again")
    @APIResponse(responseCode = "404", description = "No such job in the organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job is not failed or cancelled, or its type cannot resume",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resume(@PathParam("id") String id) {
        Caller caller = Caller.of(identity);
        return JobResponses.accepted(jobs.resume(id, caller.organization(), caller.name()));
    }

    private String organization() {
        return Caller.of(identity).organization();
    }

    private static OutboundSseEvent toSse(Sse sse, JobEventStream.Item item) {
        return sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE)
                .name(item.name()).id(item.id()).data(item.data()).build();
    }

    private static int integer(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw FerryException.invalid(field, "must be an integer");
        }
    }
}
