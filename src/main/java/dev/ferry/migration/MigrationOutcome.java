package dev.ferry.migration;

import dev.ferry.copy.CopyReport;
import dev.ferry.copy.TableReport;

import java.util.List;

/** A finished migration: the per-table report, totals, changed values and objects not carried. */
public record MigrationOutcome(String source, String target, List<TableReport> tables, long rowsMigrated,
                               long elapsedMs, boolean verified, List<PreflightFinding> changedValues,
                               List<MigrationPlan.ObjectNote> objects) {

    static MigrationOutcome of(MigrationPlan plan, CopyReport report) {
        return new MigrationOutcome(plan.source(), plan.target(), report.tables(), report.rowsWritten(),
                report.elapsedMs(), report.passed(), plan.findings(), plan.objects());
    }

    /** One line per failed check, for the job error. */
    public String failedChecks() {
        StringBuilder out = new StringBuilder();
        for (TableReport table : tables) {
            table.checks().stream().filter(c -> !c.passed())
                    .forEach(c -> out.append(table.table()).append(": ").append(c.name()).append(" ")
                            .append(c.detail()).append("; "));
        }
        return out.length() == 0 ? "" : out.substring(0, out.length() - 2);
    }
}
