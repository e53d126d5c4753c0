package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ferry.engine.model.LogicalType.UUID;
import static dev.ferry.engine.model.LogicalType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MariaDbTortureSchemaTest extends TortureSchemaContractTest {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }

    @Test
    void mariaDbExtrasUuidInetSequencesAndSystemVersionedTables() {
        TestDatabase extras = createDatabase();
        extras.execute("CREATE TABLE extras (id INT NOT NULL PRIMARY KEY, u UUID, ip6 INET6, ip4 INET4)",
                "CREATE SEQUENCE seq_orders START WITH 100",
                "CREATE TABLE versioned (id INT NOT NULL PRIMARY KEY, v INT) WITH SYSTEM VERSIONING",
                "INSERT INTO extras VALUES (1, 'F0E1D2C3-B4A5-4687-8869-5A4B3C2D1E0F', '2001:db8::1', '192.0.2.1')");
        SessionSource extraSessions = sessions(extras);
        DatabaseSchema read = inSession(extraSessions, s -> dialect().schemaReader().read(s));
        assertEquals(List.of("extras", "versioned"), read.tables().stream().map(Table::name).toList());
        Table table = table(read, "extras");
        assertType(table, "u", type(UUID, "uuid"));
        assertType(table, "ip6", type(VARCHAR, "inet6").withLength(45));
        assertType(table, "ip4", type(VARCHAR, "inet4").withLength(15));
        assertTrue(read.otherObjects().stream().anyMatch(o -> o.kind() == SchemaObject.Kind.SEQUENCE
                && o.name().equals("seq_orders")), read.otherObjects().toString());
        assertTrue(read.otherObjects().stream().anyMatch(o -> o.kind() == SchemaObject.Kind.OTHER
                && o.name().equals("versioned") && o.definition().contains("history")), read.otherObjects().toString());
        List<Object[]> rows = inSession(extraSessions, s -> s.query(dialect().data().selectAll(table)));
        Object uuid = dialect().codec().decoder(table.column("u").orElseThrow().type()).apply(rows.get(0)[1]);
        assertEquals("f0e1d2c3-b4a5-4687-8869-5a4b3c2d1e0f", uuid);
        assertEquals("2001:db8::1", dialect().codec().decoder(table.column("ip6").orElseThrow().type()).apply(rows.get(0)[2]));
    }
}
