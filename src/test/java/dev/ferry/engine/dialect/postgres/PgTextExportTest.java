package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.TextForm;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * COPY's text becomes relay text: the escapes MySQL reads differently (\b \f \v) become the raw
 * characters, the relay escapes and \N stay as they are, and an escaped backslash is never read
 * as the start of another escape. RelayedTextPostgresToMariaDbTest proves the result against both
 * servers.
 */
class PgTextExportTest {

    private final PgTextExport export = new PgTextExport();

    @Test
    void escapesOutsideTheRelaySetBecomeRawCharacters() {
        assertEquals("a\bb\fc\u000Bd\n", relay("a\\bb\\fc\\vd\n"));
    }

    @Test
    void relayEscapesAndNullStayEscaped() {
        String row = "\\\\ \\t \\n \\r\t\\N\n";
        assertEquals(row, relay(row));
    }

    @Test
    void anEscapedBackslashIsNotTheStartOfAnotherEscape() {
        assertEquals("\\\\f\t\\\\\\\\v\n", relay("\\\\f\t\\\\\\\\v\n"));
        assertEquals("x\\\\\f\n", relay("x\\\\\\f\n"));
    }

    @Test
    void rowsWithoutEscapesArePassedUnchanged() {
        String row = "42\tZoë 日本語\t\\N\n";
        assertEquals(row, relay(row));
    }

    @Test
    void onlyTypesWhoseTextBothEnginesReadAlikeHaveAForm() {
        assertEquals(Optional.of(TextForm.BOOLEAN_DIGIT), export.form(column(LogicalType.BOOLEAN)));
        assertEquals(Optional.of(TextForm.DATETIME), export.form(column(LogicalType.TIMESTAMP)));
        for (LogicalType type : new LogicalType[] {LogicalType.FLOAT32, LogicalType.CHAR, LogicalType.BLOB,
                LogicalType.TIMESTAMPTZ, LogicalType.JSON, LogicalType.INTERVAL, LogicalType.OTHER}) {
            assertEquals(Optional.empty(), export.form(column(type)), type.name());
        }
    }

    private String relay(String copyText) {
        BulkBytes out = new BulkBytes(4);
        export.appendRow(copyText.getBytes(StandardCharsets.UTF_8), out);
        return new String(Arrays.copyOf(out.array(), out.length()), StandardCharsets.UTF_8);
    }

    private static Column column(LogicalType type) {
        return Column.of("c", ColumnType.of(type, type.name().toLowerCase()), true);
    }
}
