package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.dialect.TypeRule;
import dev.ferry.engine.dialect.TypeTable;
import dev.ferry.engine.model.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ferry.engine.model.LogicalType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The type tables as data: rows, samples, and the decisions for types of other engines. */
class MySqlTypeTableTest {

    private final TypeTable mysql = Dialects.of(Engine.MYSQL).types();
    private final TypeTable mariadb = Dialects.of(Engine.MARIADB).types();

    @Test
    void everyRowsSampleReadsAsTheRowsLogicalTypeAndMapsToItself() {
        for (TypeTable table : List.of(mysql, mariadb)) {
            for (TypeRule rule : table.rules()) {
                ColumnType sample = table.sample(rule);
                assertEquals(rule.logical(), sample.logical(), rule.toString());
                TypeDecision decision = table.target(sample);
                if (rule.logical() != UUID) {
                    assertEquals(sample, decision.target(), "MySQL to MySQL keeps " + rule);
                }
            }
        }
    }

    @Test
    void theNotableRowsAreThere() {
        assertTrue(mysql.rules().contains(new TypeRule("tinyint", BOOLEAN, "tinyint(1), signed")));
        assertTrue(mysql.rules().stream().anyMatch(r -> r.nativeType().equals("bigint") && r.logical() == INT64
                && r.condition() != null && r.condition().startsWith("unsigned")));
        assertTrue(mysql.rules().stream().anyMatch(r -> r.nativeType().equals("longtext") && r.logical() == JSON));
        assertTrue(mariadb.rules().contains(TypeRule.of("uuid", UUID)));
        assertFalse(mysql.rules().stream().anyMatch(r -> r.nativeType().equals("uuid")));
        assertTrue(mysql.sample(new TypeRule("bigint", INT64, "unsigned: values above 9223372036854775807 read as BigInteger"))
                .unsigned());
    }

    @Test
    void typesOfOtherEnginesLandOnExactMySqlTypes() {
        assertTarget(ColumnType.of(BOOLEAN, "boolean"), "tinyint(1)", true);
        assertTarget(ColumnType.of(INT64, "bigint"), "bigint", true);
        assertTarget(ColumnType.of(DECIMAL, "numeric(20,0)").withPrecision(20, 0), "decimal(20,0)", true);
        assertTarget(ColumnType.of(DECIMAL, "numeric"), "decimal(65,30)", false);
        assertTarget(ColumnType.of(DECIMAL, "numeric(80,2)").withPrecision(80, 2), "decimal(65,2)", false);
        assertTarget(ColumnType.of(CHAR, "character(300)").withLength(300), "varchar(300)", true);
        assertTarget(ColumnType.of(VARCHAR, "character varying"), "longtext", true);
        assertTarget(ColumnType.of(VARCHAR, "character varying(20000)").withLength(20_000), "mediumtext", true);
        assertTarget(ColumnType.of(TEXT, "text"), "longtext", true);
        assertTarget(ColumnType.of(BLOB, "bytea"), "longblob", true);
        assertTarget(ColumnType.of(TIMESTAMP, "timestamp without time zone"), "datetime(6)", true);
        assertTarget(ColumnType.of(TIMESTAMP, "timestamp(3) without time zone").withPrecision(3, null), "datetime(3)", true);
        assertTarget(ColumnType.of(TIME, "time"), "time(6)", true);
        assertTarget(ColumnType.of(UUID, "uuid"), "char(36)", true);
        assertTarget(ColumnType.of(ENUM, "mood").withMembers(List.of("happy", "it's")), "enum('happy','it''s')", true);
        assertTarget(ColumnType.of(OTHER, "tsvector"), "longtext", false);
        assertTarget(ColumnType.of(BIT, "bit varying"), "bit(64)", true);
    }

    @Test
    void instantsBecomeUtcDatetimesExceptMySqlsOwnTimestamp() {
        TypeDecision fromPostgres = mysql.target(ColumnType.of(TIMESTAMPTZ, "timestamp with time zone").withPrecision(6, null));
        assertEquals("datetime(6)", fromPostgres.target().nativeType());
        assertEquals(TIMESTAMP, fromPostgres.target().logical());
        assertNotNull(fromPostgres.note());
        TypeDecision fromMySql = mysql.target(ColumnType.of(TIMESTAMPTZ, "timestamp(3)").withPrecision(3, null));
        assertEquals("timestamp(3)", fromMySql.target().nativeType());
        assertEquals(TIMESTAMPTZ, fromMySql.target().logical());
    }

    @Test
    void jsonKeepsItsTextOnMariaDbButNotOnMySql() {
        ColumnType jsonb = ColumnType.of(JSON, "jsonb");
        assertFalse(mysql.target(jsonb).exact());
        assertTrue(mariadb.target(jsonb).exact());
        assertEquals("json", mariadb.target(jsonb).target().nativeType());
    }

    @Test
    void inetStaysInetOnMariaDb() {
        ColumnType inet6 = mariadb.sample(mariadb.rules().stream().filter(r -> r.nativeType().equals("inet6")).findFirst()
                .orElseThrow());
        assertEquals("inet6", mariadb.target(inet6).target().nativeType());
        assertEquals("varchar(45)", mysql.target(inet6).target().nativeType());
    }

    private void assertTarget(ColumnType source, String nativeType, boolean exact) {
        TypeDecision decision = mysql.target(source);
        assertEquals(nativeType, decision.target().nativeType(), source.toString());
        assertEquals(exact, decision.exact(), source + " exact");
    }
}
