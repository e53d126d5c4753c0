package dev.ferry.engine;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.dialect.FailureKind;
import dev.ferry.engine.dialect.MariaDbDialect;
import dev.ferry.engine.dialect.MySqlDialect;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Error classification by code, for codes the local test servers cannot be made to produce. */
class DialectsTest {

    @Test
    void everyEngineHasItsDialect() {
        for (Engine engine : Engine.values()) {
            assertEquals(engine, Dialects.of(engine).engine());
        }
        assertInstanceOf(MySqlDialect.class, Dialects.of(Engine.MARIADB));
        assertInstanceOf(MariaDbDialect.class, Dialects.of(Engine.MARIADB));
    }

    @Test
    void postgresCodes() {
        Dialect pg = Dialects.of(Engine.POSTGRESQL);
        assertEquals(FailureKind.AUTHENTICATION, pg.classify("28P01", 0));
        assertEquals(FailureKind.AUTHENTICATION, pg.classify("28000", 0));
        assertEquals(FailureKind.UNKNOWN_DATABASE, pg.classify("3D000", 0));
        assertEquals(FailureKind.TOO_MANY_CONNECTIONS, pg.classify("53300", 0));
        assertEquals(FailureKind.SERVER_UNAVAILABLE, pg.classify("57P03", 0));
        assertEquals(FailureKind.UNREACHABLE, pg.classify("08006", 0));
        assertEquals(FailureKind.OTHER, pg.classify("42P01", 0));
        assertEquals(FailureKind.OTHER, pg.classify(null, 0));
    }

    @Test
    void mysqlAndMariaDbCodes() {
        Dialect mysql = Dialects.of(Engine.MYSQL);
        Dialect mariadb = Dialects.of(Engine.MARIADB);
        for (Dialect d : new Dialect[] {mysql, mariadb}) {
            assertEquals(FailureKind.AUTHENTICATION, d.classify("28000", 1045));
            assertEquals(FailureKind.UNKNOWN_DATABASE, d.classify("42000", 1049));
            assertEquals(FailureKind.ACCESS_DENIED, d.classify("42000", 1044));
            assertEquals(FailureKind.TOO_MANY_CONNECTIONS, d.classify("08004", 1040));
            assertEquals(FailureKind.OTHER, d.classify("42S02", 1146));
        }
        assertEquals(FailureKind.AUTHENTICATION, mariadb.classify("HY000", 4151));
        assertEquals(FailureKind.OTHER, mysql.classify("HY000", 4151));
    }

    @Test
    void sqliteCodesUseThePrimaryResultCode() {
        Dialect sqlite = Dialects.of(Engine.SQLITE);
        assertEquals(FailureKind.UNKNOWN_DATABASE, sqlite.classify(null, 14));
        assertEquals(FailureKind.NOT_A_DATABASE, sqlite.classify(null, 26));
        assertEquals(FailureKind.SERVER_UNAVAILABLE, sqlite.classify(null, 5 | (1 << 8)));
    }

    @Test
    void identifiersAreQuotedPerEngine() {
        assertEquals("\"we\"\"ird\"", Dialects.of(Engine.POSTGRESQL).quote("we\"ird"));
        assertEquals("`we``ird`", Dialects.of(Engine.MARIADB).quote("we`ird"));
        assertEquals("SELECT COUNT(*) FROM \"public\".\"t\"", Dialects.of(Engine.POSTGRESQL).countRowsSql("public", "t"));
    }
}
