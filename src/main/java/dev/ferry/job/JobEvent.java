package dev.ferry.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a job's event log; {@code seq} grows by one per event of the same job. */
@Schema(name = "JobEvent")
public record JobEvent(long seq, long createdAt, EventLevel level, String message) {
}
