package dev.ferry.copy;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.Table;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One table of a migration: as read from the source, as it will be created on the target (same
 * columns in the same order, target types), the type decisions behind it, and the value
 * policies the user chose for columns whose values the target cannot hold as they are.
 */
public record TablePlan(Table source, Table target, List<TypeDecision> decisions,
                        Map<String, UnaryOperator<Object>> valuePolicies) {

    public TablePlan {
        decisions = List.copyOf(decisions);
        valuePolicies = Map.copyOf(valuePolicies);
    }

    public String name() {
        return source.name();
    }

    boolean hasValuePolicy(String column) {
        return valuePolicies.containsKey(column);
    }

    UnaryOperator<Object> valuePolicy(String column) {
        return valuePolicies.getOrDefault(column, UnaryOperator.identity());
    }

    /** Positions of the primary-key columns among all columns. */
    int[] keyPositions() {
        List<String> names = source.columns().stream().map(c -> c.name()).toList();
        return source.primaryKey().stream().mapToInt(names::indexOf).toArray();
    }

    /** The values of the key columns of a row, in key order. */
    static Object[] keyOf(Object[] row, int[] keyPositions) {
        Object[] key = new Object[keyPositions.length];
        for (int k = 0; k < keyPositions.length; k++) {
            key[k] = row[keyPositions[k]];
        }
        return key;
    }
}
