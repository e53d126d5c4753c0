package dev.ferry.connection;

import dev.ferry.api.Problem;
import dev.ferry.security.Caller;
import dev.ferry.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1/connections")
@Tag(name = "Connections", description = "Databases Ferry can reach: PostgreSQL, MySQL, MariaDB and SQLite. "
        + "Passwords are encrypted at rest and never returned.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private final ConnectionService connections;
    private final SecurityIdentity identity;

    public ConnectionResource(ConnectionService connections, SecurityIdentity identity) {
        this.connections = connections;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "List the organization's connections")
    public List<ConnectionView> list() {
        return connections.list(organization()).stream().map(ConnectionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Get a connection")
    @APIResponse(responseCode = "200", description = "The connection",
            content = @Content(schema = @Schema(implementation = ConnectionView.class)))
    @APIResponse(responseCode = "404", description = "No such connection in this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConnectionView get(@PathParam("id") String id) {
        return ConnectionView.of(connections.get(organization(), ConnectionService.parseId(id)));
    }

    @POST
    @RolesAllowed(Role.OPERATOR_NAME)
    @Operation(summary = "Register a connection",
            description = "Give name and engine with host, port (default: the engine's), database, username, "
                    + "password and sslMode, or name and a url. For sqlite, database is an absolute file path under "
                    + "one of the allowed SQLite directories.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ConnectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The organization already has a connection with this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ConnectionRequest request) {
        StoredConnection created = connections.create(organization(), request);
        return Response.created(URI.create("/api/v1/connections/" + created.id()))
                .entity(ConnectionView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.OPERATOR_NAME)
    @Operation(summary = "Change a connection",
            description = "Fields left out keep their value (leaving out password keeps it; an empty password "
                    + "removes it). A url replaces the whole endpoint. Changing between sqlite and a server engine "
                    + "starts from an empty endpoint. Open pools of the connection are closed and rebuilt.")
    @APIResponse(responseCode = "200", description = "The changed connection",
            content = @Content(schema = @Schema(implementation = ConnectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such connection in this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another connection already has this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConnectionView update(@PathParam("id") String id, ConnectionRequest request) {
        return ConnectionView.of(connections.update(organization(), ConnectionService.parseId(id), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.OPERATOR_NAME)
    @Operation(summary = "Delete a connection", description = "Also closes its pool.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such connection in this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        connections.delete(organization(), ConnectionService.parseId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/test")
    @RolesAllowed(Role.OPERATOR_NAME)
    @Operation(summary = "Test a connection",
            description = "Opens a session, logs in and reads the server version within ferry.connections.test-timeout. "
                    + "Answers 200 either way: ok with serverVersion and latencyMs, or not ok with error and reason.")
    @APIResponse(responseCode = "200", description = "The outcome of the test",
            content = @Content(schema = @Schema(implementation = ConnectionTestResult.class)))
    @APIResponse(responseCode = "404", description = "No such connection in this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConnectionTestResult> test(@PathParam("id") String id) {
        return connections.test(organization(), ConnectionService.parseId(id));
    }

    @GET
    @Path("/{id}/schema")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "List the tables of a connection's database",
            description = "Name, schema (PostgreSQL), column count and estimated rows of each user table.")
    @APIResponse(responseCode = "200", description = "The tables",
            content = @Content(schema = @Schema(implementation = SchemaView.class)))
    @APIResponse(responseCode = "404", description = "No such connection in this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database could not be reached or refused the login",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "The database did not answer in time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SchemaView> schema(@PathParam("id") String id) {
        return connections.schema(organization(), ConnectionService.parseId(id));
    }

    private String organization() {
        return Caller.of(identity).organization();
    }
}
