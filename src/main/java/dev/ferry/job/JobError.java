package dev.ferry.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Why a job failed, in words a user can act on, and where (table, phase...). Never a stack trace. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "JobError")
public record JobError(
        String message,
        @Schema(description = "Where it happened, e.g. {\"phase\": \"data\", \"table\": \"orders\"}")
        Map<String, String> context) {

    public JobError {
        context = context == null ? Map.of() : Map.copyOf(context);
    }
}
