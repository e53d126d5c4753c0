package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.BackslashText;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.dialect.NumberText;
import dev.ferry.engine.model.Table;

import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code COPY … FROM STDIN} in PostgreSQL's text format: tab-separated fields, {@code \N} for NULL,
 * backslash escapes for backslash, tab, newline and carriage return, bytea as {@code \\x} hex. Each
 * field is read by the column type's input function, as a cast from text would read it.
 */
final class PgCopyFormat implements BulkFormat {

    private static final HexFormat HEX = HexFormat.of();

    @Override
    public String statement(Table table, String file) {
        return "COPY " + PgSql.table(table) + " (" + PgSql.columnList(PgSql.names(table.columns())) + ") FROM STDIN";
    }

    @Override
    public Optional<BinaryForm> binary(Table table) {
        return PgBinaryCopy.of(table, statement(table, null));
    }

    @Override
    public RowRenderer renderer(Table table) {
        int width = table.columns().size();
        return (values, out) -> {
            for (int i = 0; i < width; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                appendValue(values[i], out);
            }
            out.append('\n');
        };
    }

    private static void appendValue(Object value, StringBuilder out) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof Long || value instanceof Integer || value instanceof Double) {
            // float8in/float4in read the exponent form of Double.toString.
            NumberText.append((Number) value, out);
        } else if (value instanceof byte[] bytes) {
            out.append("\\\\x");
            HEX.formatHex(out, bytes);
        } else {
            // NUL cannot reach here: the preflight refuses it for PostgreSQL.
            BackslashText.append(value.toString(), false, out);
        }
    }
}
