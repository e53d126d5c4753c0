package dev.ferry.migration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code POST /api/v1/migrations}: what to migrate between two registered connections. */
@Schema(description = "A migration between two registered connections")
public record MigrationRequest(
        @NotNull @Schema(description = "Connection to read from (never written)") UUID sourceConnectionId,
        @NotNull @Schema(description = "Connection to write to") UUID targetConnectionId,
        @Schema(description = "Only these tables; all base tables when empty") List<String> tables,
        @Schema(description = "schema, data or both (default both)") MigrationSettings.Include include,
        @Min(1) @Max(100_000) @Schema(description = "Rows per batch (default from ferry.migration.batch-size)") Integer batchSize,
        @Min(1) @Max(32) @Schema(description = "Tables copied at once (default from ferry.migration.parallel-tables)") Integer parallelTables,
        @Schema(description = "Drop and recreate the migrated tables if they exist on the target (never others)") Boolean force,
        @Schema(description = "count (default) or checksum") MigrationSettings.Verify verify,
        @Schema(description = "Per column (table.column): error (default), null or widen") Map<String, ColumnPolicy> policies,
        @Schema(description = "Answer the plan at once and write nothing") Boolean dryRun) {

    MigrationSettings settings(MigrationConfig defaults) {
        return new MigrationSettings(tables, include == null ? MigrationSettings.Include.BOTH : include,
                batchSize == null ? defaults.batchSize() : batchSize,
                parallelTables == null ? defaults.parallelTables() : parallelTables, Boolean.TRUE.equals(force),
                verify == null ? MigrationSettings.Verify.COUNT : verify, policies);
    }
}
