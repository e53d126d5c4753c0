package dev.ferry.cli;

import dev.ferry.copy.Check;
import dev.ferry.copy.TableReport;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** The per-table summary and totals printed after a migration. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static void print(List<TableReport> tables, long rowsMigrated, long elapsedMs, PrintStream out) {
        out.printf("%n%-32s %12s %12s %12s %9s  %s%n", "Table", "Read", "Written", "Verified", "Time", "Checks");
        for (TableReport t : MigrateCommand.sorted(tables)) {
            String failed = t.checks().stream().filter(c -> !c.passed()).map(Check::name).collect(Collectors.joining(", "));
            out.printf("%-32s %,12d %,12d %,12d %9s  %s%n", t.table(), t.rowsRead(), t.rowsWritten(), t.rowsVerified(),
                    MigrateCommand.seconds(t.durationMs()), failed.isEmpty() ? "ok (" + t.checks().size() + ")" : "FAILED: " + failed);
        }
        out.printf("%nRows migrated: %,d%nElapsed: %s%n", rowsMigrated, MigrateCommand.seconds(elapsedMs));
    }
}
