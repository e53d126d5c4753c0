package dev.ferry.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far a job got. Items are the handler's unit of work (tables, files...); rows and bytes are
 * running totals; the ETA is extrapolated from the rate of items done since the job started.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JobProgress")
public record JobProgress(
        @Schema(description = "Current phase, e.g. schema, data, indexes, verify") String phase,
        Long itemsDone,
        Long itemsTotal,
        @Schema(description = "Rows processed so far") long rows,
        @Schema(description = "Bytes processed so far") long bytes,
        @Schema(description = "Estimated seconds left, from the rate of items done") Long etaSeconds) {

    public static final JobProgress NONE = new JobProgress(null, null, null, 0, 0, null);

    /** Seconds left at the current rate, or null when it cannot be told (no total, nothing done yet). */
    static Long eta(Long itemsDone, Long itemsTotal, long elapsedMillis) {
        if (itemsDone == null || itemsTotal == null || itemsDone <= 0 || itemsTotal <= 0) {
            return null;
        }
        if (itemsDone >= itemsTotal) {
            return 0L;
        }
        double millisPerItem = (double) elapsedMillis / itemsDone;
        return (long) Math.ceil(millisPerItem * (itemsTotal - itemsDone) / 1000.0);
    }
}
