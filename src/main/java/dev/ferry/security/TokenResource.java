package dev.ferry.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Path("/api/v1/tokens")
@Tag(name = "Tokens", description = "API tokens (admin only). The secret is shown once, at creation.")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    public record CreateTokenRequest(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty Set<@NotNull Role> roles,
            @Size(max = 200) String organization) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenView(String id, String name, String organization, List<String> roles,
                            long createdAt, String createdBy, Long lastUsedAt, String token) {
        static TokenView of(ApiToken t, String secret) {
            List<String> roles = t.roles().stream().map(Role::id).sorted().collect(Collectors.toList());
            return new TokenView(t.id(), t.name(), t.organization(), roles, t.createdAt(), t.createdBy(),
                    t.lastUsedAt(), secret);
        }
    }

    private final TokenService tokens;
    private final SecurityIdentity identity;

    public TokenResource(TokenService tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Create a token", description = "Answers the secret once; only its hash is stored.")
    public Response create(@Valid @NotNull CreateTokenRequest request) {
        Caller caller = Caller.of(identity);
        String organization = request.organization() == null ? caller.organization() : request.organization();
        var issued = tokens.issue(request.name().strip(), organization, request.roles(), caller.name());
        return Response.created(URI.create("/api/v1/tokens/" + issued.token().id()))
                .entity(TokenView.of(issued.token(), issued.secret())).build();
    }

    @GET
    @Operation(summary = "List the organization's tokens (without secrets)")
    public List<TokenView> list() {
        return tokens.list(Caller.of(identity).organization()).stream().map(t -> TokenView.of(t, null)).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(id, Caller.of(identity).organization());
        return Response.noContent().build();
    }
}

