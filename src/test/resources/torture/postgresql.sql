-- Torture tables for migrations out of PostgreSQL: values every target engine can hold exactly.
CREATE TABLE "order" (
    id bigserial PRIMARY KEY,
    "select" integer NOT NULL,
    "MixedCase" text,
    "with space" varchar(50),
    "quote""d" text,
    i16 smallint,
    i32 integer,
    i64 bigint,
    dec numeric(20, 6),
    dec_big numeric(38, 10),
    f32 real,
    f64 double precision,
    flag boolean,
    d date,
    t time(6),
    ts timestamp(6),
    tstz timestamptz(6),
    txt text,
    bin bytea,
    doc jsonb,
    uid uuid
);
INSERT INTO "order" ("select", "MixedCase", "with space", "quote""d", i16, i32, i64, dec, dec_big, f32, f64, flag, d, t, ts, tstz, txt, bin, doc, uid)
VALUES (1, 'Zoë 👩‍👩‍👧 e' || chr(769) || ' 日本語', 'a b', 'it''s "q"', -32768, -2147483648, -9223372036854775808,
        -99999999999999.999999, 1234567890123456789012345678.0123456789, -3.4028235e38, -1.7976931348623157e308, false,
        '1000-01-01', '00:00:00', '1000-01-01 00:00:00', '1970-01-01 00:00:00.000001+00',
        E'quote '' double " backslash \\ newline \n tab \t cr \r end', '\x00'::bytea, '{"a": [1, 2.5, "x"], "b": {"c": null}}',
        'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
INSERT INTO "order" ("select", "MixedCase", "with space", "quote""d", i16, i32, i64, dec, dec_big, f32, f64, flag, d, t, ts, tstz, txt, bin, doc, uid)
VALUES (2, '', ' ', '"', 32767, 2147483647, 9223372036854775807,
        99999999999999.999999, -0.0000000001, 3.4028235e38, 1.7976931348623157e308, true,
        '9999-12-31', '23:59:59.999999', '9999-12-31 23:59:59.999999', '2024-02-29 23:59:59.123456+02:00',
        repeat('long text ', 500), decode(
        '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f'
        || '303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f'
        || '606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f'
        || '909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf'
        || 'c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeef'
        || 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex'), '[]', '00000000-0000-0000-0000-000000000000');
INSERT INTO "order" ("select") VALUES (3);
CREATE TABLE no_key (a integer, b text);
INSERT INTO no_key VALUES (1, 'same'), (1, 'same'), (NULL, NULL), (2, 'other');
CREATE TABLE composite (a integer NOT NULL, b varchar(20) NOT NULL, c text, PRIMARY KEY (a, b));
INSERT INTO composite VALUES (1, 'x', 'one-x'), (1, 'y', 'one-y'), (2, 'x', 'two-x'), (-1, 'Z', NULL);
CREATE TABLE cycle_a (id integer PRIMARY KEY, b_id integer);
CREATE TABLE cycle_b (id integer PRIMARY KEY, a_id integer REFERENCES cycle_a (id));
ALTER TABLE cycle_a ADD CONSTRAINT cycle_a_b FOREIGN KEY (b_id) REFERENCES cycle_b (id);
INSERT INTO cycle_a VALUES (1, NULL), (2, NULL);
INSERT INTO cycle_b VALUES (10, 1), (20, 2);
UPDATE cycle_a SET b_id = 10 WHERE id = 1;
UPDATE cycle_a SET b_id = 20 WHERE id = 2;
CREATE TABLE employee (id serial PRIMARY KEY, name text NOT NULL, manager_id integer REFERENCES employee (id));
INSERT INTO employee (name, manager_id) VALUES ('boss', NULL), ('second', 1), ('third', 2);
CREATE TABLE empty_serial (id serial PRIMARY KEY, note text);
CREATE INDEX order_mixed ON "order" ("MixedCase", "select");
CREATE UNIQUE INDEX composite_c ON composite (c);
