package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.BulkChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.ferry.engine.dialect.postgres.PgTestDatabase.PG;
import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Binary COPY loads exactly what text COPY loads: for every logical type with a binary form, the
 * round-trip samples (extremes, infinities, BC dates, all byte values, emoji) go through both forms
 * into twin tables and read back equal to each other and to the canonical values.
 */
class PgBinaryCopyTest {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static PgTestDatabase db;

    @BeforeAll
    static void create() {
        db = new PgTestDatabase("ferry_pg_binary_copy");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> samples() {
        return Stream.concat(PostgresValueRoundTripTest.samples(), Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("numeric(12,2) edges", ColumnType.of(DECIMAL, "decimal(12,2)")
                        .withPrecision(12, 2), new ArrayList<>(List.of(new BigDecimal("0.00"), new BigDecimal("-0.01"),
                        new BigDecimal("9999999999.99"), new BigDecimal("10000"), new BigDecimal("1E+3"),
                        new BigDecimal("123.456"), new BigDecimal("-10000.0001"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void binaryCopyLoadsWhatTextCopyLoads(String label, ColumnType source, List<Object> values) {
        Table binary = createTable(source);
        Table text = createTable(source);
        BulkFormat format = PG.data().bulkFormat().orElseThrow();
        Optional<BulkFormat.BinaryForm> form = format.binary(binary);
        assumeTrue(form.isPresent(), label + " loads as text");

        UnaryOperator<Object> encode = PG.codec().encoder(text.columns().get(1).type());
        BulkBytes page = new BulkBytes(16);
        StringBuilder lines = new StringBuilder();
        form.get().begin(page);
        for (int i = 0; i < values.size(); i++) {
            form.get().append(new Object[] {(long) i, values.get(i)}, page);
            format.renderer(text).append(new Object[] {(long) i, encode.apply(values.get(i))}, lines);
        }
        form.get().end(page);
        try (BulkChannel channel = db.sessions().openBulk().orElseThrow()) {
            assertEquals(values.size(), channel.load(form.get().statement(), page));
            assertEquals(values.size(), channel.load(format, text, lines));
        }

        List<String> viaBinary = read(binary);
        assertEquals(read(text), viaBinary, "binary and text COPY");
        assertEquals(values.stream().map(v -> CanonicalValues.normalize(rounded(label, v))).toList(), viaBinary);
    }

    @Test
    void anIntegerBeyondItsColumnIsRefusedNotWrapped() {
        Table table = createTable(ColumnType.of(INT16, "smallint"));
        BulkFormat.BinaryForm form = PG.data().bulkFormat().orElseThrow().binary(table).orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> form.append(new Object[] {1L, 40_000L}, new BulkBytes(16)));
        assertTrue(e.getMessage().contains("smallint"), e.getMessage());
    }

    @Test
    void aTableWithATypeWithoutBinaryFormLoadsAsText() {
        Table table = createTable(ColumnType.of(INTERVAL, "interval"));
        assertTrue(PG.data().bulkFormat().orElseThrow().binary(table).isEmpty());
    }

    /** numeric(12,2) rounds to two places on the way in, whichever form carried the value. */
    private static Object rounded(String label, Object value) {
        return label.startsWith("numeric(12,2)") && value instanceof BigDecimal d
                ? d.setScale(2, java.math.RoundingMode.HALF_UP) : value;
    }

    private static List<String> read(Table table) {
        UnaryOperator<Object> decode = PG.codec().decoder(table.columns().get(1).type());
        return db.withSession(s -> s.query(PG.data().selectAll(table))).stream()
                .sorted((a, b) -> Long.compare((Long) a[0], (Long) b[0]))
                .map(r -> CanonicalValues.normalize(decode.apply(r[1]))).toList();
    }

    private static Table createTable(ColumnType source) {
        return db.createValueTable("b_" + TABLES.incrementAndGet(), source);
    }
}
