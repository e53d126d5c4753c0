package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.TextExport;
import dev.ferry.engine.dialect.TextForm;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static dev.ferry.engine.dialect.postgres.PgSql.quote;
import static dev.ferry.engine.dialect.postgres.PgSql.table;

/**
 * {@code COPY (SELECT ...) TO STDOUT} in text format, as a table of the types whose output text is
 * already in a relay form. Left out: types whose text differs from what another engine reads back
 * as the same value (character(n) padding, real's shortest float4 text, bytea escapes, intervals,
 * json normalisation, time zones) or that need a conversion on the way.
 *
 * <p>Text COPY writes backspace, form feed and vertical tab as {@code \b \f \v}, which are not
 * relay escapes (MySQL reads {@code \f} as {@code f}); they are written back as the raw bytes.
 */
final class PgTextExport implements TextExport {

    private record Export(UnaryOperator<String> select, TextForm form) { }

    private static final Map<LogicalType, Export> EXPORTS = new EnumMap<>(LogicalType.class);

    static {
        EXPORTS.put(LogicalType.BOOLEAN, new Export(c -> c + "::int", TextForm.BOOLEAN_DIGIT));
        for (LogicalType t : new LogicalType[] {LogicalType.INT16, LogicalType.INT32, LogicalType.INT64}) {
            EXPORTS.put(t, new Export(c -> c, TextForm.INTEGER));
        }
        EXPORTS.put(LogicalType.DECIMAL, new Export(c -> c, TextForm.DECIMAL));
        EXPORTS.put(LogicalType.FLOAT64, new Export(c -> c, TextForm.FLOAT64));
        EXPORTS.put(LogicalType.VARCHAR, new Export(c -> c, TextForm.TEXT));
        EXPORTS.put(LogicalType.TEXT, new Export(c -> c, TextForm.TEXT));
        EXPORTS.put(LogicalType.DATE, new Export(c -> c, TextForm.DATE));
        EXPORTS.put(LogicalType.TIMESTAMP, new Export(c -> c, TextForm.DATETIME));
    }

    @Override
    public Optional<TextForm> form(Column column) {
        return Optional.ofNullable(EXPORTS.get(column.type().logical())).map(Export::form);
    }

    @Override
    public List<String> setup() {
        // ISO dates without era or time zone; any positive extra_float_digits gives the shortest exact double.
        return List.of("SET DateStyle = ISO", "SET extra_float_digits = 1");
    }

    @Override
    public String page(Table table, Long after, int limit) {
        if (table.primaryKey().size() != 1) {
            throw new IllegalArgumentException("Text export pages need a single-column key: " + table.name());
        }
        String select = table.columns().stream().map(PgTextExport::select).collect(Collectors.joining(", "));
        String where = " WHERE " + PostgresDataSql.ownRows(table)
                + (after == null ? "" : " AND " + quote(table.primaryKey().get(0)) + " > " + after);
        return "COPY (SELECT " + select + " FROM " + table(table) + where + PostgresDataSql.orderByKey(table)
                + " LIMIT " + limit + ") TO STDOUT";
    }

    private static String select(Column column) {
        Export export = EXPORTS.get(column.type().logical());
        if (export == null) {
            throw new IllegalArgumentException("Column " + column.name() + " has no text export");
        }
        return export.select().apply(quote(column.name()));
    }

    @Override
    public void appendRow(byte[] row, BulkBytes out) {
        int from = 0;
        for (int i = 0; i < row.length - 1; i++) {
            if (row[i] != '\\') {
                continue;
            }
            byte raw = switch (row[i + 1]) {
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'v' -> 0x0B;
                default -> 0;
            };
            if (raw != 0) {
                out.write(row, from, i - from).writeByte(raw);
                from = i + 2;
            }
            // The escaped character is never itself the start of an escape.
            i++;
        }
        out.write(row, from, row.length - from);
    }
}
