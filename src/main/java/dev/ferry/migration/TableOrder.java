package dev.ferry.migration;

import dev.ferry.copy.TablePlan;
import dev.ferry.engine.model.ForeignKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders tables so that referenced tables load before the tables that reference them, which a
 * data-only load into tables with live foreign keys needs. Tables in a cycle keep their order.
 */
final class TableOrder {

    private TableOrder() {
    }

    static List<TablePlan> parentsFirst(List<TablePlan> plans) {
        Map<String, TablePlan> byName = new LinkedHashMap<>();
        plans.forEach(p -> byName.put(p.name(), p));
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : byName.keySet()) {
            visit(name, byName, done, visiting);
        }
        List<TablePlan> ordered = new ArrayList<>();
        done.forEach(name -> ordered.add(byName.get(name)));
        return ordered;
    }

    private static void visit(String name, Map<String, TablePlan> byName, Set<String> done, Set<String> visiting) {
        if (done.contains(name) || !visiting.add(name)) {
            return;
        }
        for (ForeignKey fk : byName.get(name).target().foreignKeys()) {
            if (byName.containsKey(fk.referencedTable()) && !fk.referencedTable().equals(name)) {
                visit(fk.referencedTable(), byName, done, visiting);
            }
        }
        visiting.remove(name);
        done.add(name);
    }
}
