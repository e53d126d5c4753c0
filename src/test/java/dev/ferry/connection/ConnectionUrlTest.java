package dev.ferry.connection;

import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConnectionUrlTest {

    @Test
    void postgresUrlWithEverything() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app:s%3Acr%40t@db.example.com:6432/shop?sslmode=verify-full");
        assertEquals(Engine.POSTGRESQL, url.engine());
        assertEquals("db.example.com", url.host());
        assertEquals(6432, url.port());
        assertEquals("shop", url.database());
        assertEquals("app", url.username());
        assertEquals("s:cr@t", url.password());
        assertEquals(SslMode.VERIFY_FULL, url.sslMode());
    }

    @Test
    void passwordAndPortMayBeLeftOut() {
        ConnectionUrl url = ConnectionUrl.parse("mysql://root@localhost/app");
        assertEquals(Engine.MYSQL, url.engine());
        assertNull(url.password());
        assertNull(url.port());
        assertNull(url.sslMode());
        assertEquals("root", url.username());
    }

    @Test
    void unencodedSpecialCharactersInPasswordStillParse() {
        ConnectionUrl url = ConnectionUrl.parse("mariadb://u:p@ss/w:rd+x@10.0.0.5:3307/db");
        assertEquals(Engine.MARIADB, url.engine());
        assertEquals("p@ss/w:rd+x", url.password());
        assertEquals("10.0.0.5", url.host());
        assertEquals(3307, url.port());
    }

    @Test
    void ipv6HostAndPostgresAlias() {
        ConnectionUrl url = ConnectionUrl.parse("postgres://u@[::1]:5433/db");
        assertEquals(Engine.POSTGRESQL, url.engine());
        assertEquals("::1", url.host());
        assertEquals(5433, url.port());
    }

    @Test
    void sqliteTakesAnAbsolutePath() {
        ConnectionUrl url = ConnectionUrl.parse("sqlite:///var/lib/app/my%20data.db");
        assertEquals(Engine.SQLITE, url.engine());
        assertEquals("/var/lib/app/my data.db", url.database());
        assertNull(url.host());
        assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse("sqlite://relative.db"));
    }

    @Test
    void malformedUrlsAreRefusedWithoutRepeatingThem() {
        for (String bad : new String[] {"", "no-scheme", "oracle://u:topsecret@h/db", "postgresql://u:topsecret@h:0/db",
                "postgresql://u:topsecret@h:port/db", "postgresql://u:topsecret@/db", "postgresql://u:topsecret@h/db?x=1",
                "postgresql://u:topsecret@h/db?sslmode=maybe", "postgresql://u:top%zzsecret@h/db"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse(bad), bad);
            assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
        }
    }

    @Test
    void toStringHidesPassword() {
        assertFalse(ConnectionUrl.parse("postgresql://u:topsecret@h/db").toString().contains("topsecret"));
    }
}
