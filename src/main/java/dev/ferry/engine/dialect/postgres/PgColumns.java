package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * How each logical type travels over the wire, as a table: the select expression and the
 * placeholder expression of a column. A value comes out of a select in the same shape that its
 * placeholder takes in, so a key read from a page binds straight back into the next page's query,
 * and the codec's encoders produce that shape too.
 *
 * <p>Types the driver decodes badly or narrows silently travel as text: numeric (NaN and
 * ±Infinity break the driver's numeric decoding), dates and timestamps (BC years, years past 9999,
 * ±infinity), json (exact text), and everything without a Java mapping. Integers travel as int8
 * and floats as float8 with an explicit cast, because the client would otherwise wrap a Long bound
 * to an int2 parameter instead of failing; PostgreSQL's own assignment casts then range-check.
 */
final class PgColumns {

    private record Wire(Function<String, String> select, BiFunction<String, ColumnType, String> param) { }

    private static final Wire NATIVE = new Wire(c -> c, (p, t) -> p);
    private static final Wire TEXT_TO_NATIVE = new Wire(c -> c + "::text", (p, t) -> p + "::text::" + t.nativeType());

    private static final Map<LogicalType, Wire> WIRES = new EnumMap<>(LogicalType.class);

    static {
        WIRES.put(BOOLEAN, NATIVE);
        for (LogicalType t : new LogicalType[] {INT8, INT16, INT24, INT32, INT64, YEAR}) {
            WIRES.put(t, new Wire(c -> c, (p, type) -> p + "::int8"));
        }
        WIRES.put(FLOAT32, new Wire(c -> c, (p, t) -> p + "::float8"));
        WIRES.put(FLOAT64, WIRES.get(FLOAT32));
        WIRES.put(DECIMAL, new Wire(c -> c + "::text", (p, t) -> p + "::text::numeric"));
        // character(n) is padded on output; its text cast drops the padding, as MySQL does.
        WIRES.put(CHAR, new Wire(c -> c + "::text", (p, t) -> p));
        for (LogicalType t : new LogicalType[] {VARCHAR, TEXT, SET, BINARY, VARBINARY, BLOB, GEOMETRY}) {
            WIRES.put(t, NATIVE);
        }
        // The client binds a String to an enum parameter as its label.
        WIRES.put(ENUM, new Wire(c -> c + "::text", (p, t) -> p));
        WIRES.put(DATE, new Wire(c -> c + "::text", (p, t) -> p + "::text::date"));
        WIRES.put(TIME, new Wire(c -> c + "::text", (p, t) -> p + "::text::time"));
        WIRES.put(TIMESTAMP, new Wire(c -> c + "::text", (p, t) -> p + "::text::timestamp"));
        // Instants travel as UTC wall-clock text, whatever the session's TimeZone.
        WIRES.put(TIMESTAMPTZ, new Wire(c -> "(" + c + " AT TIME ZONE 'UTC')::text",
                (p, t) -> "(" + p + "::text::timestamp AT TIME ZONE 'UTC')"));
        WIRES.put(JSON, TEXT_TO_NATIVE);
        WIRES.put(UUID, new Wire(c -> c + "::text", (p, t) -> p + "::text::uuid"));
        WIRES.put(INTERVAL, new Wire(c -> c + "::text", (p, t) -> p + "::text::interval"));
        WIRES.put(BIT, TEXT_TO_NATIVE);
        // The output function's text (what the input function reads back); some ::text casts differ
        // from it, e.g. inet's adds the netmask.
        WIRES.put(OTHER, new Wire(c -> "CASE WHEN " + c + " IS NULL THEN NULL ELSE format('%s', " + c + ") END",
                TEXT_TO_NATIVE.param()));
    }

    private PgColumns() {
    }

    /** The select-list expression of a column. */
    static String select(Column column) {
        return WIRES.get(column.type().logical()).select().apply(PgSql.quote(column.name()));
    }

    /** The placeholder {@code $index} with whatever cast the column's values need. */
    static String param(Column column, int index) {
        return WIRES.get(column.type().logical()).param().apply("$" + index, column.type());
    }
}
