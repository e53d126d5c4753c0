package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.BackslashText;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.dialect.IsoText;
import dev.ferry.engine.dialect.NumberText;
import dev.ferry.engine.dialect.TextForm;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static dev.ferry.engine.dialect.mysql.MySqlSql.quote;

/**
 * {@code LOAD DATA LOCAL INFILE} of tab-separated UTF-8 text: {@code \N} for NULL, backslash escapes
 * for backslash, tab, newline, carriage return and NUL. Columns whose INSERT placeholder is an
 * expression (geometry, TIMESTAMP, BIT) load through a user variable into that same expression;
 * binary values travel as hex and are unhexed, so no byte is read as a character.
 */
final class MySqlLoadDataFormat implements BulkFormat {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * Relay text each target type loads exactly as its row path stores the value: this format's
     * escapes are the relay escapes, and the server parses these forms without rounding or
     * reinterpreting them. Not here: types loaded through an expression (see the statement).
     */
    private static final Map<LogicalType, TextForm> RELAY_FORMS = new EnumMap<>(LogicalType.class);

    static {
        RELAY_FORMS.put(LogicalType.BOOLEAN, TextForm.BOOLEAN_DIGIT);
        for (LogicalType t : new LogicalType[] {LogicalType.INT8, LogicalType.INT16, LogicalType.INT24,
                LogicalType.INT32, LogicalType.INT64}) {
            RELAY_FORMS.put(t, TextForm.INTEGER);
        }
        RELAY_FORMS.put(LogicalType.DECIMAL, TextForm.DECIMAL);
        RELAY_FORMS.put(LogicalType.FLOAT64, TextForm.FLOAT64);
        RELAY_FORMS.put(LogicalType.VARCHAR, TextForm.TEXT);
        RELAY_FORMS.put(LogicalType.TEXT, TextForm.TEXT);
        RELAY_FORMS.put(LogicalType.DATE, TextForm.DATE);
        RELAY_FORMS.put(LogicalType.TIMESTAMP, TextForm.DATETIME);
    }

    @FunctionalInterface
    private interface ValueRenderer {
        void append(Object value, StringBuilder out);
    }

    @Override
    public String statement(Table table, String file) {
        StringJoiner targets = new StringJoiner(", ", " (", ")");
        StringJoiner sets = new StringJoiner(", ", " SET ", "");
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String variable = "@c" + i;
            String expression = MySqlDataSql.placeholder(column).replace("?", isBinary(column) ? "UNHEX(" + variable + ")" : variable);
            if (expression.equals(variable)) {
                targets.add(quote(column.name()));
            } else {
                targets.add(variable);
                sets.add(quote(column.name()) + " = " + expression);
            }
        }
        return "LOAD DATA LOCAL INFILE " + MySqlSql.literal(file) + " INTO TABLE " + quote(table.name())
                // Hex literals: their meaning does not depend on NO_BACKSLASH_ESCAPES.
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY X'09' ESCAPED BY X'5c' LINES TERMINATED BY X'0a'"
                + targets + (sets.length() > " SET ".length() ? sets.toString() : "");
    }

    @Override
    public RowRenderer renderer(Table table) {
        ValueRenderer[] renderers = table.columns().stream().map(MySqlLoadDataFormat::rendererFor)
                .toArray(ValueRenderer[]::new);
        return (values, out) -> {
            for (int i = 0; i < renderers.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                if (values[i] == null) {
                    out.append("\\N");
                } else {
                    renderers[i].append(values[i], out);
                }
            }
            out.append('\n');
        };
    }

    @Override
    public boolean accepts(Column column, TextForm form) {
        return RELAY_FORMS.get(column.type().logical()) == form && MySqlDataSql.placeholder(column).equals("?");
    }

    @Override
    public String warningCountQuery() {
        return "SELECT @@warning_count";
    }

    @Override
    public String requestLimitQuery() {
        return "SELECT @@max_allowed_packet";
    }

    private static boolean isBinary(Column column) {
        return column.type().logical().isBinary() || column.type().logical() == LogicalType.GEOMETRY;
    }

    private static ValueRenderer rendererFor(Column column) {
        if (isBinary(column)) {
            return (v, out) -> HEX.formatHex(out, (byte[]) v);
        }
        if (column.type().logical() == LogicalType.BIT) {
            // BIT(64) values use the sign bit; CAST(... AS UNSIGNED) must see the unsigned digits.
            return (v, out) -> out.append(Long.toUnsignedString(((Number) v).longValue()));
        }
        return MySqlLoadDataFormat::appendValue;
    }

    private static void appendValue(Object value, StringBuilder out) {
        if (value instanceof Boolean b) {
            out.append(b ? '1' : '0');
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Number n) {
            NumberText.append(n, out);
        } else if (value instanceof LocalDateTime t) {
            IsoText.appendDate(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), out);
            IsoText.appendTime(t.toLocalTime(), out.append(' '));
        } else if (value instanceof LocalDate d) {
            IsoText.appendDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), out);
        } else if (value instanceof LocalTime t) {
            IsoText.appendTime(t, out);
        } else {
            BackslashText.append(value.toString(), true, out);
        }
    }
}
