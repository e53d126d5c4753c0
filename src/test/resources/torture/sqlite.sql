-- Torture tables for migrations out of SQLite: declared types, values every target can hold exactly.
CREATE TABLE "order" (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "select" INTEGER NOT NULL,
    "MixedCase" TEXT,
    "with space" VARCHAR(50),
    "quote""d" TEXT,
    i64 BIGINT,
    i32 INT,
    dec NUMERIC(10, 2),
    f64 REAL,
    flag BOOLEAN,
    d DATE,
    ts DATETIME,
    txt TEXT,
    bin BLOB,
    doc JSON
);
INSERT INTO "order" ("select", "MixedCase", "with space", "quote""d", i64, i32, dec, f64, flag, d, ts, txt, bin, doc)
VALUES (1, 'Zoë 👩‍👩‍👧 é 日本語', 'a b', 'it''s "q"', -9223372036854775808, -2147483648, -99999999.99,
        -1.7976931348623157e308, 0, '1000-01-01', '1000-01-01 00:00:00',
        'quote '' double " backslash \ newline ' || char(10) || ' tab ' || char(9) || ' cr ' || char(13) || ' end',
        X'00', '{"a": [1, 2.5, "x"], "b": {"c": null}}');
INSERT INTO "order" ("select", "MixedCase", "with space", "quote""d", i64, i32, dec, f64, flag, d, ts, txt, bin, doc)
VALUES (2, '', ' ', '"', 9223372036854775807, 2147483647, 99999999.99, 1.7976931348623157e308, 1,
        '9999-12-31', '9999-12-31 23:59:59.999999', 'long text', 
        X'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
        '[]');
INSERT INTO "order" ("select") VALUES (3);
CREATE TABLE no_key (a INTEGER, b TEXT);
INSERT INTO no_key VALUES (1, 'same'), (1, 'same'), (NULL, NULL), (2, 'other');
CREATE TABLE composite (a INTEGER NOT NULL, b VARCHAR(20) NOT NULL, c TEXT, PRIMARY KEY (a, b));
INSERT INTO composite VALUES (1, 'x', 'one-x'), (1, 'y', 'one-y'), (2, 'x', 'two-x'), (-1, 'Z', NULL);
CREATE TABLE cycle_a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES cycle_b (id));
CREATE TABLE cycle_b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES cycle_a (id));
INSERT INTO cycle_a VALUES (1, 10), (2, 20);
INSERT INTO cycle_b VALUES (10, 1), (20, 2);
CREATE TABLE employee (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, manager_id INTEGER REFERENCES employee (id));
INSERT INTO employee (name, manager_id) VALUES ('boss', NULL), ('second', 1), ('third', 2);
CREATE TABLE empty_serial (id INTEGER PRIMARY KEY AUTOINCREMENT, note TEXT);
CREATE INDEX order_mixed ON "order" ("MixedCase", "select");
CREATE UNIQUE INDEX composite_c ON composite (c);
