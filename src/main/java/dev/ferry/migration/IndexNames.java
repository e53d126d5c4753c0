package dev.ferry.migration;

import dev.ferry.copy.TablePlan;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MySQL names indexes per table; PostgreSQL and SQLite per schema. An index name used by more
 * than one migrated table is made unique on the target by prefixing its table's name.
 */
final class IndexNames {

    private IndexNames() {
    }

    static List<TablePlan> unique(List<TablePlan> plans) {
        Set<String> seen = new HashSet<>();
        for (TablePlan plan : plans) {
            seen.add(plan.name().toLowerCase());
        }
        List<TablePlan> renamed = new ArrayList<>(plans.size());
        for (TablePlan plan : plans) {
            List<Index> indexes = new ArrayList<>();
            boolean changed = false;
            for (Index index : plan.target().indexes()) {
                String name = index.name();
                if (name != null && !seen.add(name.toLowerCase())) {
                    name = plan.name() + "_" + name;
                    seen.add(name.toLowerCase());
                    changed = true;
                }
                indexes.add(new Index(name, index.columns(), index.unique()));
            }
            renamed.add(changed ? withIndexes(plan, indexes) : plan);
        }
        return renamed;
    }

    private static TablePlan withIndexes(TablePlan plan, List<Index> indexes) {
        Table t = plan.target();
        Table target = new Table(t.name(), t.columns(), t.primaryKey(), indexes, t.foreignKeys(), t.estimatedRows());
        return new TablePlan(plan.source(), target, plan.decisions(), plan.valuePolicies());
    }
}
