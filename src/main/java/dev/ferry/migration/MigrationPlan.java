package dev.ferry.migration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.ferry.copy.TablePlan;
import dev.ferry.engine.model.SchemaObject;

import java.util.List;

/**
 * Everything a migration will do, decided before anything is written: per table the DDL and type
 * decisions, the preflight findings, objects that are not carried over, and whether it can run.
 */
public record MigrationPlan(String source, String target, List<TableView> tables, List<PreflightFinding> findings,
                            List<ObjectNote> objects, List<String> problems,
                            @JsonIgnore List<TablePlan> tablePlans, @JsonIgnore List<SchemaObject> carriedObjects) {

    public MigrationPlan {
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
        objects = List.copyOf(objects);
        problems = List.copyOf(problems);
        tablePlans = List.copyOf(tablePlans);
        carriedObjects = List.copyOf(carriedObjects);
    }

    /** A column's type decision as shown in the plan. */
    public record ColumnView(String name, String sourceType, String targetType, boolean exact, String note) { }

    /** One table as shown in the plan. */
    public record TableView(String name, long estimatedRows, boolean hasPrimaryKey, List<ColumnView> columns,
                            List<String> ddl) { }

    /** A view, trigger, routine, enum type… and what happens to it. */
    public record ObjectNote(String kind, String name, boolean migrated, String note) { }

    /** True when nothing stands in the way: no blocking finding, no refused target table. */
    public boolean runnable() {
        return problems.isEmpty() && findings.stream().noneMatch(f -> f.policy() == ColumnPolicy.ERROR);
    }

    /** One line per blocking finding and problem, for a job error or the CLI. */
    public String blockingSummary() {
        StringBuilder out = new StringBuilder();
        for (PreflightFinding f : findings) {
            if (f.policy() == ColumnPolicy.ERROR) {
                out.append(f.table()).append('.').append(f.column()).append(": ").append(f.count())
                        .append(" value(s) ").append(f.rule().name().toLowerCase().replace('_', ' '))
                        .append(f.exampleKey().isEmpty() ? "" : ", e.g. key " + f.exampleKey())
                        .append(f.detail() == null ? "" : " (" + f.detail() + ")").append("; ");
            }
        }
        problems.forEach(p -> out.append(p).append("; "));
        return out.length() == 0 ? "" : out.substring(0, out.length() - 2);
    }
}
