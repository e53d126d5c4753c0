package dev.ferry.migration;

import dev.ferry.api.Problem;
import dev.ferry.engine.Engine;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.dialect.TypeRule;
import dev.ferry.error.FerryException;
import dev.ferry.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/type-mappings")
@Tag(name = "Migrations")
@Produces(MediaType.APPLICATION_JSON)
public class TypeMappingResource {

    /** One row of the mapping from one engine's types to another's. */
    public record TypeMapping(String sourceType, String condition, String logicalType, String targetType,
                              boolean exact, String note) { }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "The type mapping between two engines",
            description = "For every native type of the source engine: the target type a migration creates, "
                    + "whether every value survives unchanged, and why.")
    @APIResponse(responseCode = "400", description = "Unknown or missing engine",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TypeMapping> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        Dialect source = Dialects.of(engine("from", from));
        Dialect target = Dialects.of(engine("to", to));
        return source.types().rules().stream().map(rule -> row(source, target, rule)).toList();
    }

    private static TypeMapping row(Dialect source, Dialect target, TypeRule rule) {
        TypeDecision decision = target.types().target(source.types().sample(rule));
        return new TypeMapping(rule.nativeType(), rule.condition(), rule.logical().name().toLowerCase(),
                decision.target().nativeType(), decision.exact(), decision.note());
    }

    private static Engine engine(String field, String id) {
        if (id == null || id.isBlank()) {
            throw FerryException.invalid(field, "is required: postgresql, mysql, mariadb or sqlite");
        }
        return Engine.parse(id).orElseThrow(() -> FerryException.invalid(field,
                "unknown engine " + id + "; expected postgresql, mysql, mariadb or sqlite"));
    }
}
