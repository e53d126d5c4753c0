package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.dialect.TypeRule;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The type table: well-known names, SQLite's affinity rules for the rest, and exact target types. */
class SqliteTypesTest {

    private final SqliteTypes types = new SqliteTypes();

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = ';', value = {
            "INTEGER;INT64", "int;INT32", "TINYINT;INT8", "SMALLINT;INT16", "MEDIUMINT;INT24", "BIGINT;INT64",
            "BOOLEAN;BOOLEAN", "REAL;FLOAT64", "DOUBLE;FLOAT64", "DOUBLE PRECISION;FLOAT64", "FLOAT;FLOAT64",
            "FLOAT4;FLOAT32", "NUMERIC(10,2);DECIMAL", "DECIMAL(5, 2);DECIMAL", "DECIMAL_TEXT(65,30);DECIMAL",
            "NVARCHAR(160);VARCHAR", "VARCHAR(45);VARCHAR", "CHAR(20);CHAR", "TEXT;TEXT", "CLOB;TEXT", "BLOB;BLOB",
            "DATE;DATE", "TIME;TIME", "DATETIME;TIMESTAMP", "TIMESTAMP;TIMESTAMP", "TIMESTAMPTZ;TIMESTAMPTZ",
            "JSON;JSON", "JSON_TEXT;JSON", "UUID;UUID", "GEOMETRY;GEOMETRY", "YEAR;YEAR", "BIT(8);BIT",
            // Names SQLite does not know: its affinity rules, in its order.
            "UNSIGNED BIG INT;INT64", "POINT;INT64", "BLOB SUB_TYPE TEXT;TEXT", "VARCHAR2(10);TEXT",
            "LONGBLOB;BLOB", "DOUBLE FLOAT;FLOAT64", "MONEY;DECIMAL", "STRING;DECIMAL"})
    void declaredTypesReadByNameThenAffinity(String declared, LogicalType expected) {
        assertEquals(expected, types.read(declared, List.of()).logical());
    }

    @Test
    void undeclaredColumnsAreOtherAndNotExactAnywhere() {
        ColumnType none = types.read("", List.of());
        assertEquals(LogicalType.OTHER, none.logical());
        TypeDecision decision = types.target(none);
        assertEquals("TEXT", decision.target().nativeType());
        assertFalse(decision.exact());
    }

    @Test
    void parametersBecomeLengthPrecisionScaleAndUnsigned() {
        assertEquals(160, types.read("NVARCHAR(160)", List.of()).length());
        ColumnType decimal = types.read("NUMERIC(10, 2)", List.of());
        assertEquals(10, decimal.precision());
        assertEquals(2, decimal.scale());
        assertEquals(0, types.read("DECIMAL(7)", List.of()).scale());
        assertTrue(types.read("INT UNSIGNED", List.of()).unsigned());
        assertTrue(types.read("UNSIGNED BIG INT", List.of()).unsigned());
        assertFalse(types.read("INTEGER", List.of()).unsigned());
    }

    @Test
    void textWithCheckedMembersIsAnEnum() {
        ColumnType type = types.read("TEXT", List.of("small", "large"));
        assertEquals(LogicalType.ENUM, type.logical());
        assertEquals(List.of("small", "large"), type.members());
        assertEquals(LogicalType.INT64, types.read("INTEGER", List.of("1")).logical());
    }

    @Test
    void everyLogicalTypeHasATargetThatReadsBackAsItself() {
        Map<LogicalType, LogicalType> changed = Map.of(LogicalType.SET, LogicalType.TEXT,
                LogicalType.INTERVAL, LogicalType.TEXT, LogicalType.OTHER, LogicalType.TEXT);
        for (LogicalType logical : LogicalType.values()) {
            ColumnType source = ColumnType.of(logical, logical.name().toLowerCase())
                    .withMembers(logical == LogicalType.ENUM ? List.of("a", "b") : List.of());
            TypeDecision decision = types.target(source);
            ColumnType readBack = types.read(decision.target().nativeType(), decision.target().members());
            assertEquals(decision.target().logical(), readBack.logical(), logical + " → " + decision.target().nativeType());
            assertEquals(changed.getOrDefault(logical, logical), readBack.logical(), logical.name());
        }
    }

    @Test
    void decimalsBeyondWhatADoubleHoldsAreStoredAsText() {
        assertEquals("DECIMAL(10,2)", target(ColumnType.of(LogicalType.DECIMAL, "numeric").withPrecision(10, 2)).target().nativeType());
        assertEquals("DECIMAL(15,0)", target(ColumnType.of(LogicalType.DECIMAL, "numeric").withPrecision(15, 0)).target().nativeType());
        TypeDecision wide = target(ColumnType.of(LogicalType.DECIMAL, "decimal").withPrecision(20, 0));
        assertEquals("DECIMAL_TEXT(20,0)", wide.target().nativeType());
        assertTrue(wide.exact());
        assertEquals(20, wide.target().precision());
        assertEquals("DECIMAL_TEXT(65,30)", target(ColumnType.of(LogicalType.DECIMAL, "decimal").withPrecision(65, 30)).target().nativeType());
        assertEquals("DECIMAL_TEXT", target(ColumnType.of(LogicalType.DECIMAL, "numeric")).target().nativeType());
        assertEquals(Affinity.TEXT, Affinity.of("DECIMAL_TEXT(20,0)"));
        assertEquals(Affinity.TEXT, Affinity.of("JSON_TEXT"));
    }

    @Test
    void unsignedIntegersKeepTheirRangeAndOnlyBigintUnsignedIsInexact() {
        TypeDecision intUnsigned = target(ColumnType.of(LogicalType.INT32, "int unsigned").withUnsigned(true));
        assertEquals("INT UNSIGNED", intUnsigned.target().nativeType());
        assertTrue(intUnsigned.exact());
        TypeDecision bigUnsigned = target(ColumnType.of(LogicalType.INT64, "bigint unsigned").withUnsigned(true));
        assertEquals("INTEGER UNSIGNED", bigUnsigned.target().nativeType());
        assertFalse(bigUnsigned.exact());
        assertTrue(bigUnsigned.note().contains("widen"), bigUnsigned.note());
    }

    @Test
    void enumsBecomeTextWithTheirMembers() {
        TypeDecision decision = target(ColumnType.of(LogicalType.ENUM, "enum").withMembers(List.of("small", "large")));
        assertEquals("TEXT", decision.target().nativeType());
        assertEquals(LogicalType.ENUM, decision.target().logical());
        assertEquals(List.of("small", "large"), decision.target().members());
    }

    @Test
    void everyRuleHasASampleOfItsOwnLogicalType() {
        List<TypeRule> rules = types.rules();
        assertTrue(rules.size() > 40, "rules: " + rules.size());
        for (TypeRule rule : rules) {
            assertEquals(rule.logical(), types.sample(rule).logical(), rule.toString());
        }
    }

    private TypeDecision target(ColumnType source) {
        return types.target(source);
    }
}
