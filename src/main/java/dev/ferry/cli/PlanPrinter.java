package dev.ferry.cli;

import dev.ferry.migration.MigrationPlan;
import dev.ferry.migration.PreflightFinding;

import java.io.PrintStream;

/** The plan as a user reads it before anything is written. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static void print(MigrationPlan plan, PrintStream out) {
        out.printf("Source: %s%nTarget: %s%n", plan.source(), plan.target());
        out.printf("%-32s %12s  %s%n", "Table", "Est. rows", "Key");
        for (MigrationPlan.TableView table : plan.tables()) {
            out.printf("%-32s %,12d  %s%n", table.name(), table.estimatedRows(), table.hasPrimaryKey() ? "yes" : "no (cursor)");
            table.columns().stream().filter(c -> !c.exact())
                    .forEach(c -> out.printf("    %s: %s -> %s (%s)%n", c.name(), c.sourceType(), c.targetType(), c.note()));
        }
        for (PreflightFinding f : plan.findings()) {
            out.printf("Preflight: %s.%s: %,d value(s) %s%s -> %s%n", f.table(), f.column(), f.count(),
                    f.rule().name().toLowerCase().replace('_', ' '),
                    f.exampleKey().isEmpty() ? "" : " (e.g. key " + f.exampleKey() + ")", f.policy().id());
        }
        for (MigrationPlan.ObjectNote o : plan.objects()) {
            out.printf("%s %s: %s%n", o.kind(), o.name(), o.note());
        }
        plan.problems().forEach(p -> out.println("Refused: " + p));
    }
}
