package dev.ferry.engine.dialect.mysql;

import dev.ferry.support.TestDatabase;

import java.util.HexFormat;

/**
 * A schema declared natively on MySQL/MariaDB that exercises what breaks migrations: extreme and
 * unsigned integers, wide decimals, microsecond times, emoji and combining marks, quotes,
 * backslashes and newlines, every byte value, JSON, reserved and mixed-case names (with a space
 * and a quote), a table without a key, a composite key, a foreign-key cycle, a self-reference,
 * an empty table, generated columns, a FULLTEXT index, a partitioned table, a view, a trigger, a
 * procedure and an event.
 */
final class TortureSchema {

    /** Every byte value once, in order. */
    static final byte[] ALL_BYTES = allBytes();
    static final String UNICODE = "emoji 😀🎉 combining e\u0301 n\u0303 ü 中文 ✓";
    static final String NASTY = "quote ' double \" backslash \\ newline \n tab \t end";
    static final String JSON = "{\"a\": [1, 2.5, {\"b\": null}], \"é\": \"😀\", \"t\": true}";

    private TortureSchema() {
    }

    static void create(TestDatabase db) {
        db.execute(
                """
                CREATE TABLE `Select` (
                  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
                  `Order` INT NOT NULL DEFAULT 0,
                  `col with space` VARCHAR(40) NULL,
                  `it's` VARCHAR(10) DEFAULT 'it''s',
                  `back``tick` INT,
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `uq order+space` (`Order`, `col with space`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""",
                """
                CREATE TABLE numbers (
                  id INT NOT NULL PRIMARY KEY,
                  t TINYINT, tu TINYINT UNSIGNED, s SMALLINT, su SMALLINT UNSIGNED, m MEDIUMINT, mu MEDIUMINT UNSIGNED,
                  i INT, iu INT UNSIGNED, b BIGINT, bu BIGINT UNSIGNED, flag TINYINT(1) NOT NULL DEFAULT 1,
                  d DECIMAL(30,10), dw DECIMAL(65,30), du DECIMAL(10,2) UNSIGNED DEFAULT 4.99,
                  f FLOAT, db DOUBLE, bits BIT(12) DEFAULT b'101', bits64 BIT(64), y YEAR DEFAULT 2000
                ) ENGINE=InnoDB""",
                """
                CREATE TABLE texts (
                  id INT NOT NULL PRIMARY KEY,
                  c CHAR(10), v VARCHAR(300) DEFAULT 'x', tt TINYTEXT, t TEXT, mt MEDIUMTEXT, lt LONGTEXT,
                  bin BINARY(4), vb VARBINARY(300), bl BLOB, lb LONGBLOB, j JSON,
                  e ENUM('a','b''c','x y') DEFAULT 'a', st SET('r','g','b'), g GEOMETRY, p POINT
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""",
                """
                CREATE TABLE times (
                  id INT NOT NULL PRIMARY KEY,
                  d DATE DEFAULT '2000-01-01', dt DATETIME, dt6 DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6)
                    ON UPDATE CURRENT_TIMESTAMP(6),
                  ts TIMESTAMP(3) NULL DEFAULT NULL, tm TIME, tm6 TIME(6)
                ) ENGINE=InnoDB""",
                "CREATE TABLE no_key (a INT, b VARCHAR(10)) ENGINE=InnoDB",
                """
                CREATE TABLE composite (
                  a INT NOT NULL, b VARCHAR(20) NOT NULL, c INT,
                  PRIMARY KEY (a, b), KEY idx_c_b (c, b)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""",
                "CREATE TABLE cycle_a (id INT NOT NULL PRIMARY KEY, b_id INT) ENGINE=InnoDB",
                """
                CREATE TABLE cycle_b (id INT NOT NULL PRIMARY KEY, a_id INT,
                  CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES cycle_a (id) ON UPDATE CASCADE) ENGINE=InnoDB""",
                "ALTER TABLE cycle_a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES cycle_b (id) ON DELETE SET NULL",
                """
                CREATE TABLE tree (id INT NOT NULL PRIMARY KEY, parent_id INT,
                  CONSTRAINT fk_tree_parent FOREIGN KEY (parent_id) REFERENCES tree (id) ON DELETE CASCADE) ENGINE=InnoDB""",
                "CREATE TABLE empty_table (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, note VARCHAR(10)) ENGINE=InnoDB",
                """
                CREATE TABLE computed (id INT NOT NULL PRIMARY KEY, a INT,
                  twice INT AS (a * 2) VIRTUAL, plus INT AS (a + 1) STORED) ENGINE=InnoDB""",
                "CREATE TABLE docs (id INT NOT NULL PRIMARY KEY, body TEXT, FULLTEXT KEY ft_body (body)) ENGINE=InnoDB",
                "CREATE TABLE parted (id INT NOT NULL PRIMARY KEY, v INT) ENGINE=InnoDB PARTITION BY HASH (id) PARTITIONS 3",
                "CREATE VIEW v_numbers AS SELECT id, i FROM numbers",
                "CREATE EVENT ev_cleanup ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM no_key WHERE a IS NULL",
                "CREATE TRIGGER trg_tree BEFORE INSERT ON tree FOR EACH ROW SET NEW.parent_id = NEW.parent_id",
                "CREATE PROCEDURE p_noop() BEGIN END");
    }

    static void fill(TestDatabase db) {
        String hex = HexFormat.of().formatHex(ALL_BYTES);
        db.execute(
                "SET time_zone = '+00:00'",
                "INSERT INTO `Select` (`Order`, `col with space`, `it's`, `back``tick`) VALUES (1, 'a', 'b', 2), (2, NULL, NULL, NULL)",
                """
                INSERT INTO numbers VALUES
                (1, -128, 0, -32768, 0, -8388608, 0, -2147483648, 0, -9223372036854775808, 0, 0,
                 -99999999999999999999.9999999999, -99999999999999999999999999999999999.999999999999999999999999999999, 0,
                 -16777216, -1.7976931348623157e308, 0, 0, 1901),
                (2, 127, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295, 9223372036854775807,
                 18446744073709551615, 1, 99999999999999999999.9999999999,
                 99999999999999999999999999999999999.999999999999999999999999999999, 99999999.99,
                 16777217, 4.9e-324, b'111111111111', b'1111111111111111111111111111111111111111111111111111111111111111', 2155),
                (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)""",
                "INSERT INTO texts (id, c, v, tt, t, mt, lt, bin, vb, bl, lb, j, e, st, g, p) VALUES (1, 'abc', "
                        + "_utf8mb4 X'" + HexFormat.of().formatHex(UNICODE.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "', "
                        + "'tiny', _utf8mb4 X'" + HexFormat.of().formatHex(NASTY.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        + "', REPEAT('m', 70000), REPEAT('😀', 1000), X'00FF7F80', X'" + hex + "', X'" + hex + "', X'" + hex
                        + "', _utf8mb4 X'" + HexFormat.of().formatHex(JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        + "', 'b''c', 'r,b', ST_GeomFromText('LINESTRING(0 0, 1 1.5)'), POINT(1, 2))",
                "INSERT INTO texts (id) VALUES (2)",
                """
                INSERT INTO times VALUES
                (1, '1000-01-01', '1000-01-01 00:00:00', '1000-01-01 00:00:00.000000', '1970-01-01 00:00:01.000', '00:00:00', '00:00:00.000000'),
                (2, '9999-12-31', '9999-12-31 23:59:59', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999', '23:59:59', '23:59:59.999999'),
                (3, NULL, NULL, NULL, NULL, NULL, NULL)""",
                "INSERT INTO no_key VALUES (1, 'x'), (1, 'x'), (NULL, NULL)",
                "INSERT INTO composite VALUES (1, 'a', 1), (1, 'B', 2), (2, 'a', NULL)",
                "SET FOREIGN_KEY_CHECKS = 0",
                "INSERT INTO cycle_a VALUES (1, 1)",
                "INSERT INTO cycle_b VALUES (1, 1)",
                "SET FOREIGN_KEY_CHECKS = 1",
                "INSERT INTO tree VALUES (1, NULL), (2, 1), (3, 2)",
                "INSERT INTO computed (id, a) VALUES (1, 20)",
                "INSERT INTO docs VALUES (1, 'hello world')");
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
