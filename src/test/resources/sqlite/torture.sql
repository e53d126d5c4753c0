-- SQLite torture schema for the dialect tests: declared as a SQLite user would, with the names
-- Ferry writes (DECIMAL_TEXT, FLOAT4, TIMESTAMPTZ, JSON_TEXT) next to common ones.
CREATE TABLE "order" (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "select" INTEGER NOT NULL DEFAULT 0,
    "MixedCase" TEXT,
    "with space" VARCHAR(50) DEFAULT 'it''s',
    "quote""d" TEXT,
    tiny TINYINT,
    small SMALLINT,
    i32 INT,
    i64 BIGINT,
    u32 INT UNSIGNED,
    dec NUMERIC(10, 2) DEFAULT 4.99,
    big DECIMAL_TEXT(20, 0),
    huge DECIMAL_TEXT(65, 30),
    f64 REAL,
    f32 FLOAT4,
    flag BOOLEAN DEFAULT 1,
    d DATE,
    t TIME,
    ts DATETIME DEFAULT CURRENT_TIMESTAMP,
    tz TIMESTAMPTZ,
    txt TEXT,
    bin BLOB,
    doc JSON,
    exact_doc JSON_TEXT,
    uid UUID,
    size TEXT CHECK (size IN ('small', 'medium', 'large')),
    loose,
    twice INTEGER GENERATED ALWAYS AS ("select" * 2) STORED
);
CREATE TABLE no_key (a INTEGER, b TEXT);
CREATE TABLE composite (
    a INTEGER NOT NULL,
    b VARCHAR(20) NOT NULL,
    c TEXT,
    PRIMARY KEY (a, b),
    CONSTRAINT composite_c_unique UNIQUE (c)
);
CREATE TABLE cycle_a (
    id INTEGER PRIMARY KEY,
    b_id INTEGER,
    CONSTRAINT a_to_b FOREIGN KEY (b_id) REFERENCES cycle_b (id) ON DELETE SET NULL
);
CREATE TABLE cycle_b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES cycle_a (id) ON UPDATE CASCADE);
CREATE TABLE employee (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    manager_id INTEGER REFERENCES employee (id) ON DELETE CASCADE
);
CREATE TABLE child (a INTEGER, b VARCHAR(20), FOREIGN KEY (a, b) REFERENCES composite (a, b));
CREATE TABLE empty (id INTEGER PRIMARY KEY AUTOINCREMENT, note TEXT);
CREATE TABLE "Mixed ""Table"" 'x'" ("Key" TEXT PRIMARY KEY, "value" BLOB) WITHOUT ROWID;
CREATE INDEX order_mixed ON "order" ("MixedCase", "select");
CREATE UNIQUE INDEX order_uid ON "order" (uid);
CREATE INDEX order_lower ON "order" (lower(txt));
CREATE VIEW order_view AS SELECT id, "select" FROM "order";
CREATE TRIGGER order_touch AFTER UPDATE ON "order" BEGIN UPDATE "order" SET ts = CURRENT_TIMESTAMP WHERE id = new.id; END;

INSERT INTO "order" (id, "select", "MixedCase", "with space", "quote""d", tiny, small, i32, i64, u32, dec, big, huge,
                     f64, f32, flag, d, t, ts, tz, txt, bin, doc, exact_doc, uid, size, loose)
VALUES (1, 1, 'Zoë 👩‍👩‍👧 e' || char(769) || ' 日本語', 'a b', 'it''s "q"', -128, -32768, -2147483648,
        -9223372036854775808, 0, -99999999.99, '0', '-12345678901234567890123456789012345.123456789012345678901234567890',
        -1.7976931348623157e308, -3.4028234663852886e38, 0, '1000-01-01', '00:00:00', '1000-01-01 00:00:00.000000',
        '1970-01-01 00:00:00.000001+00:00',
        'quote '' double " backslash \ newline ' || char(10) || ' tab ' || char(9) || ' cr ' || char(13) || ' end',
        X'00', '{"a": [1, 2.5, "x"], "b": {"c": null}}', '1.50', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'small', 42);
INSERT INTO "order" (id, "select", "MixedCase", "with space", "quote""d", tiny, small, i32, i64, u32, dec, big, huge,
                     f64, f32, flag, d, t, ts, tz, txt, bin, doc, exact_doc, uid, size, loose)
VALUES (2, 2, '', ' ', '"', 127, 32767, 2147483647, 9223372036854775807, 4294967295, 99999999.99,
        '18446744073709551615', '99999999999999999999999999999999999.999999999999999999999999999999',
        1.7976931348623157e308, 3.4028234663852886e38, 1, '9999-12-31', '23:59:59.999999', '9999-12-31 23:59:59.999999',
        '2024-02-29T23:59:59.123456+02:00', 'long text',
        X'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', '[]', '12345678901234567890', NULL, 'large', 'text');
INSERT INTO "order" (id, "select") VALUES (3, 3);
INSERT INTO no_key VALUES (1, 'same'), (1, 'same'), (NULL, NULL), (2, 'other');
INSERT INTO composite VALUES (1, 'x', 'one-x'), (1, 'y', 'one-y'), (2, 'x', 'two-x'), (-1, 'Z', NULL);
INSERT INTO cycle_a VALUES (1, 10), (2, 20);
INSERT INTO cycle_b VALUES (10, 1), (20, 2);
INSERT INTO employee (name, manager_id) VALUES ('boss', NULL), ('second', 1), ('third', 2);
INSERT INTO child VALUES (1, 'x'), (NULL, 'y');
INSERT INTO "Mixed ""Table"" 'x'" VALUES ('K', X'FF');
