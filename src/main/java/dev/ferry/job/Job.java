package dev.ferry.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A unit of long-running work and everything known about it. Timestamps are epoch millis. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Job")
public record Job(
        UUID id,
        String organization,
        @Schema(description = "What the job does, e.g. migration, sync, backup") String type,
        JobStatus status,
        @Schema(description = "The job's input, as submitted") JsonNode parameters,
        JobProgress progress,
        @Schema(description = "What the job produced; present once completed") JsonNode result,
        @Schema(description = "Present when the job failed") JobError error,
        @Schema(description = "Name of the token that submitted the job") String createdBy,
        @Schema(description = "A cancel was asked for; the job stops at its next checkpoint") boolean cancelRequested,
        long createdAt,
        Long startedAt,
        Long finishedAt,
        long updatedAt) {
}
