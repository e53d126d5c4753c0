package dev.ferry.migration;

import dev.ferry.copy.JsonText;
import dev.ferry.copy.LogicalConversions;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares every row of every table of two databases, independently of the migration's own
 * verifier: whole tables read on both sides, rows sorted by their normalised text, compared one
 * by one so a failure names the first differing row.
 */
final class RowComparison {

    private RowComparison() {
    }

    static long assertSameRows(SessionSource source, SessionSource target) {
        Dialect from = Dialects.of(source.endpoint().engine());
        Dialect to = Dialects.of(target.endpoint().engine());
        long compared = 0;
        try (DbSession src = source.open(); DbSession dst = target.open()) {
            DatabaseSchema sourceSchema = from.schemaReader().read(src);
            DatabaseSchema targetSchema = to.schemaReader().read(dst);
            for (Table table : sourceSchema.tables()) {
                Table there = targetSchema.table(table.name())
                        .orElseThrow(() -> new AssertionError("table " + table.name() + " missing on the target"));
                compared += compareTable(table, there, from, to, src, dst);
            }
        }
        return compared;
    }

    private static long compareTable(Table source, Table target, Dialect from, Dialect to, DbSession src, DbSession dst) {
        assertEquals(names(source), names(target), "columns of " + source.name());
        List<String> expected = rows(src.query(from.data().selectAll(source)), source, target, from, true);
        List<String> actual = rows(dst.query(to.data().selectAll(target)), target, target, to, false);
        assertEquals(expected.size(), actual.size(), "rows of " + source.name());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), source.name() + ": row " + i + " (sorted) differs");
        }
        return expected.size();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(List<Object[]> raw, Table read, Table target, Dialect dialect, boolean convert) {
        int n = read.columns().size();
        UnaryOperator<Object>[] pipeline = new UnaryOperator[n];
        for (int i = 0; i < n; i++) {
            Column c = read.columns().get(i);
            LogicalType to = target.columns().get(i).type().logical();
            UnaryOperator<Object> decode = dialect.codec().decoder(c.type());
            UnaryOperator<Object> conversion = convert
                    ? LogicalConversions.between(c.type().logical(), to).orElseThrow() : UnaryOperator.identity();
            boolean json = to == LogicalType.JSON;
            pipeline[i] = v -> {
                Object canonical = conversion.apply(decode.apply(v));
                return json ? JsonText.canonical(canonical) : canonical;
            };
        }
        List<String> rows = new ArrayList<>(raw.size());
        for (Object[] row : raw) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(CanonicalValues.normalize(pipeline[i].apply(row[i]))).append('|');
            }
            rows.add(text.toString());
        }
        rows.sort(String::compareTo);
        return rows;
    }

    private static List<String> names(Table table) {
        return table.columns().stream().map(Column::name).toList();
    }
}
