package dev.ferry.migration;

import dev.ferry.copy.LogicalConversions;
import dev.ferry.copy.TablePlan;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the target already holds, and what that means for a plan: a migration that creates
 * tables refuses existing ones (unless forced); a data-only migration needs them, empty, and
 * writes into their columns as they are declared there.
 */
final class ExistingTargets {

    private final DatabaseSchema schema;
    private final Dialect dialect;
    private final DbSession session;

    ExistingTargets(Dialect dialect, DbSession session) {
        this.dialect = dialect;
        this.session = session;
        this.schema = dialect.schemaReader().read(session);
    }

    /** Problems that stop the plan: tables in the way, or missing where data-only needs them. */
    List<String> conflicts(List<TablePlan> plans, boolean createsTables) {
        List<String> problems = new ArrayList<>();
        for (TablePlan plan : plans) {
            Optional<Table> there = schema.table(plan.name());
            if (there.isEmpty()) {
                if (!createsTables) {
                    problems.add("target table " + plan.name() + " does not exist; data-only migrations need it");
                }
                continue;
            }
            long rows = ((Number) session.queryValue(dialect.data().count(there.get()), List.of())).longValue();
            if (createsTables) {
                problems.add("target table " + plan.name() + " already exists" + (rows > 0 ? " with " + rows + " rows" : "")
                        + "; use force to drop and recreate it");
            } else if (rows > 0) {
                problems.add("target table " + plan.name() + " already holds " + rows + " rows; use force to replace them");
            }
        }
        return problems;
    }

    /** The plan rewritten to load into the existing table's columns (data-only migrations). */
    TablePlan alignTo(TablePlan plan, List<String> problems) {
        Optional<Table> there = schema.table(plan.name());
        if (there.isEmpty()) {
            return plan;
        }
        List<Column> columns = new ArrayList<>();
        List<TypeDecision> decisions = new ArrayList<>();
        for (Column source : plan.source().columns()) {
            Optional<Column> match = there.get().column(source.name());
            if (match.isEmpty()) {
                problems.add("target table " + plan.name() + " has no column " + source.name());
                return plan;
            }
            boolean exact = LogicalConversions.between(source.type().logical(), match.get().type().logical()).isPresent();
            decisions.add(new TypeDecision(source.type(), match.get().type(), exact, "existing target column"));
            columns.add(match.get());
        }
        Table aligned = new Table(plan.name(), columns, there.get().primaryKey(), there.get().indexes(),
                there.get().foreignKeys(), there.get().estimatedRows());
        return new TablePlan(plan.source(), aligned, decisions, plan.valuePolicies());
    }
}
