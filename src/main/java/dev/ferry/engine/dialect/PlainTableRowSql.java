package dev.ferry.engine.dialect;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;

import java.util.List;

/**
 * The row statements that are plain standard SQL on engines where a table is just its quoted name
 * and every row in it is its own (MySQL, SQLite; PostgreSQL must exclude inherited rows).
 */
public abstract class PlainTableRowSql implements DataSql {

    /** The engine's quoting of one identifier. */
    protected abstract String identifier(String name);

    @Override
    public String count(Table table) {
        return "SELECT COUNT(*) FROM " + identifier(table.name());
    }

    /** Not TRUNCATE: it commits implicitly on MySQL and is refused for tables other tables reference. */
    @Override
    public String deleteAll(Table table) {
        return "DELETE FROM " + identifier(table.name());
    }

    @Override
    public String max(Table table, Column column) {
        return "SELECT MAX(" + identifier(column.name()) + ") FROM " + identifier(table.name());
    }

    @Override
    public String countWhere(Table table, String predicate) {
        return "SELECT COUNT(*) FROM " + identifier(table.name()) + " WHERE (" + predicate + ")";
    }

    @Override
    public String countEach(Table table, List<String> predicates) {
        return "SELECT " + DataSql.sumEach(predicates) + " FROM " + identifier(table.name());
    }

    @Override
    public String countEachInKeyRange(Table table, List<String> predicates) {
        return countEach(table, predicates) + " WHERE " + identifier(table.primaryKey().get(0)) + " BETWEEN ? AND ?";
    }

    /**
     * Two scalar subqueries, not one SELECT MIN(k), MAX(k): SQLite reads a lone MIN or MAX from
     * an end of the key's index, but scans the whole table for both in one query (0.2 s per
     * million rows, paid twice in a migration: preflight and verification).
     */
    @Override
    public String keyBounds(Table table) {
        String key = identifier(table.primaryKey().get(0));
        String from = " FROM " + identifier(table.name());
        return "SELECT (SELECT MIN(" + key + ")" + from + "), (SELECT MAX(" + key + ")" + from + ")";
    }
}
