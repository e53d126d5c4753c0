package dev.ferry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.ferry.error.FerryException;
import dev.ferry.error.FerryException.FieldError;
import dev.ferry.state.StateStoreException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The one place where failures become HTTP responses: problem+json, never a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private record Presentation(int status, String title) { }

    private static final Map<FerryException.Kind, Presentation> KINDS = new EnumMap<>(Map.of(
            FerryException.Kind.INVALID, new Presentation(400, "Invalid request"),
            FerryException.Kind.NOT_FOUND, new Presentation(404, "Not found"),
            FerryException.Kind.CONFLICT, new Presentation(409, "Conflict"),
            FerryException.Kind.UNAVAILABLE, new Presentation(503, "Service unavailable"),
            FerryException.Kind.TIMEOUT, new Presentation(504, "Timed out")));

    @ServerExceptionMapper
    public Response domain(FerryException e) {
        return respond(e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(FerryException.invalid(errors));
    }

    @ServerExceptionMapper
    public Response mismatchedField(MismatchedInputException e) {
        return unreadableField(e);
    }

    @ServerExceptionMapper
    public Response unreadableField(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("body");
        return respond(FerryException.invalid(field, "has the wrong type or shape"));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(Problem.of(400, "Malformed JSON", "The request body is not valid JSON" + where));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated() {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized",
                        "A valid API token is required: Authorization: Bearer <token>")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "The token's roles do not allow this operation"));
    }

    @ServerExceptionMapper
    public Response stateStore(StateStoreException e) {
        LOG.error(e.getMessage(), e);
        return respond(Problem.of(503, "State store unavailable", "Ferry's own database did not answer; try again"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // quarkus-rest wraps body-reading failures; the JSON cause says which field was wrong.
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableField(mapping);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return unreadableBody(parsing);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return respond(Problem.of(500, "Internal error", "Unexpected failure; reference " + reference));
    }

    private static Response respond(FerryException e) {
        Presentation p = KINDS.get(e.kind());
        return respond(new Problem("about:blank", p.title(), p.status(), e.getMessage(), e.fieldErrors()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldName(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // Resource-method violations read "create.request.name": the user only cares about "name".
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }
}
