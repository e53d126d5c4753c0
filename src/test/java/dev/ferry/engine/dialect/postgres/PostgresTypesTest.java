package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.dialect.TypeRule;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static dev.ferry.engine.dialect.postgres.PgTestDatabase.PG;
import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What PostgreSQL creates for the column types of other engines, and for its own. */
class PostgresTypesTest {

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of(ColumnType.of(BOOLEAN, "tinyint(1)"), "boolean", BOOLEAN, true),
                Arguments.of(ColumnType.of(INT8, "tinyint"), "smallint", INT16, true),
                Arguments.of(ColumnType.of(INT16, "tinyint unsigned").withUnsigned(true), "smallint", INT16, true),
                Arguments.of(ColumnType.of(INT32, "smallint unsigned").withUnsigned(true), "integer", INT32, true),
                Arguments.of(ColumnType.of(INT32, "mediumint unsigned").withUnsigned(true), "integer", INT32, true),
                Arguments.of(ColumnType.of(INT24, "mediumint"), "integer", INT32, true),
                Arguments.of(ColumnType.of(INT64, "int unsigned").withUnsigned(true), "bigint", INT64, true),
                Arguments.of(ColumnType.of(INT64, "bigint(20) unsigned").withUnsigned(true), "numeric(20,0)", DECIMAL, true),
                Arguments.of(ColumnType.of(INT64, "integer"), "bigint", INT64, true),
                Arguments.of(ColumnType.of(DECIMAL, "decimal(65,30)").withPrecision(65, 30), "numeric(65,30)", DECIMAL, true),
                Arguments.of(ColumnType.of(DECIMAL, "numeric"), "numeric", DECIMAL, true),
                Arguments.of(ColumnType.of(FLOAT32, "float"), "real", FLOAT32, true),
                Arguments.of(ColumnType.of(FLOAT64, "double"), "double precision", FLOAT64, true),
                Arguments.of(ColumnType.of(CHAR, "char(3)").withLength(3), "character(3)", CHAR, true),
                Arguments.of(ColumnType.of(VARCHAR, "varchar(255)").withLength(255), "character varying(255)", VARCHAR, true),
                Arguments.of(ColumnType.of(VARCHAR, "varchar"), "character varying", VARCHAR, true),
                Arguments.of(ColumnType.of(TEXT, "longtext"), "text", TEXT, true),
                Arguments.of(ColumnType.of(SET, "set('a','b')").withMembers(List.of("a", "b")), "text", TEXT, true),
                Arguments.of(ColumnType.of(BLOB, "longblob"), "bytea", BLOB, true),
                Arguments.of(ColumnType.of(VARBINARY, "varbinary(16)").withLength(16), "bytea", BLOB, true),
                Arguments.of(ColumnType.of(GEOMETRY, "point"), "bytea", BLOB, true),
                Arguments.of(ColumnType.of(DATE, "date"), "date", DATE, true),
                Arguments.of(ColumnType.of(TIME, "time(3)").withPrecision(3, null), "time(3) without time zone", TIME, true),
                Arguments.of(ColumnType.of(TIMESTAMP, "datetime(6)").withPrecision(6, null),
                        "timestamp(6) without time zone", TIMESTAMP, true),
                Arguments.of(ColumnType.of(TIMESTAMP, "datetime"), "timestamp without time zone", TIMESTAMP, true),
                Arguments.of(ColumnType.of(TIMESTAMPTZ, "timestamp(6)").withPrecision(6, null),
                        "timestamp(6) with time zone", TIMESTAMPTZ, true),
                Arguments.of(ColumnType.of(YEAR, "year"), "smallint", INT16, true),
                Arguments.of(ColumnType.of(JSON, "json"), "json", JSON, true),
                Arguments.of(ColumnType.of(JSON, "longtext"), "json", JSON, true),
                Arguments.of(ColumnType.of(JSON, "jsonb"), "jsonb", JSON, true),
                Arguments.of(ColumnType.of(UUID, "uuid"), "uuid", UUID, true),
                Arguments.of(ColumnType.of(BIT, "bit(5)").withLength(5), "bit(5)", BIT, true),
                Arguments.of(ColumnType.of(BIT, "bit varying(7)").withLength(7), "bit varying(7)", BIT, false),
                Arguments.of(ColumnType.of(INTERVAL, "interval"), "interval", INTERVAL, true),
                Arguments.of(ColumnType.of(OTHER, "inet"), "inet", OTHER, true),
                Arguments.of(ColumnType.of(OTHER, "integer[]"), "integer[]", OTHER, true),
                Arguments.of(ColumnType.of(OTHER, "money"), "money", OTHER, false),
                Arguments.of(ColumnType.of(OTHER, "inet6"), "text", TEXT, false));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("decisions")
    void choosesATargetTypeThatHoldsEveryValue(ColumnType source, String nativeType, LogicalType readsAs, boolean exact) {
        TypeDecision decision = PG.types().target(source);
        assertEquals(nativeType, decision.target().nativeType());
        assertEquals(readsAs, decision.target().logical());
        assertEquals(exact, decision.exact());
        assertEquals(source, decision.source());
    }

    @Test
    void enumsKeepTheirMembersAndBecomeTypesOfTheirOwn() {
        TypeDecision decision = PG.types().target(ColumnType.of(ENUM, "enum('a','b')").withMembers(List.of("a", "b")));
        assertEquals(ENUM, decision.target().logical());
        assertEquals(List.of("a", "b"), decision.target().members());
        assertTrue(decision.note().contains("enum type"));
    }

    @Test
    void unsignedValuesAreNeverNarrowed() {
        TypeDecision decision = PG.types().target(ColumnType.of(INT64, "bigint unsigned").withUnsigned(true));
        assertEquals(20, decision.target().precision());
        assertEquals(0, decision.target().scale());
        assertNotNull(decision.note());
        assertTrue(PG.types().target(ColumnType.of(INT32, "mystery").withUnsigned(true)).target().nativeType().equals("bigint"));
    }

    @Test
    void everyRuleIsListedOnceWithASampleThatHasATarget() {
        List<TypeRule> rules = PG.types().rules();
        assertEquals(rules.size(), new HashSet<>(rules).size());
        for (TypeRule rule : rules) {
            ColumnType sample = PG.types().sample(rule);
            assertEquals(rule.logical(), sample.logical(), rule.toString());
            assertNotNull(PG.types().target(sample).target().nativeType(), rule.toString());
        }
        assertTrue(rules.stream().anyMatch(r -> r.nativeType().equals("jsonb")));
    }
}
