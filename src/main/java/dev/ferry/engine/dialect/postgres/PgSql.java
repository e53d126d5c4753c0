package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting helpers shared by the PostgreSQL statement builders. */
final class PgSql {

    private PgSql() {
    }

    /** A double-quoted identifier, so reserved words, case, spaces and quotes are taken literally. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A string literal; standard_conforming_strings is on, so only quotes need doubling. */
    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /** A table name as a regclass constant (resolved through search_path, like the unqualified names). */
    static String regclass(String table) {
        return literal(quote(table)) + "::regclass";
    }

    static String table(Table table) {
        return quote(table.name());
    }

    static String columnList(List<String> names) {
        return names.stream().map(PgSql::quote).collect(Collectors.joining(", "));
    }

    static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * A DO block around PL/pgSQL statements, with a dollar-quote tag that does not occur in the
     * body (identifiers may contain anything).
     */
    static String doBlock(String body) {
        String tag = "$ferry$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$ferry" + i + "$";
        }
        return "DO " + tag + "\nBEGIN\n" + body + "\nEND\n" + tag;
    }
}
