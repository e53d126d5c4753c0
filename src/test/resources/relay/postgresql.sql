-- Tables whose rows travel from PostgreSQL to MySQL/MariaDB as relayed text (COPY TO -> LOAD DATA):
-- every column in a relay form, with the values where the two engines' texts could disagree.
CREATE TABLE relayed (
    id bigint PRIMARY KEY,
    i16 smallint,
    i32 integer,
    flag boolean,
    dec numeric(20, 6),
    f64 double precision,
    name varchar(40),
    body text,
    d date,
    ts timestamp(6),
    ts0 timestamp(0)
);
INSERT INTO relayed VALUES
    (-9223372036854775808, -32768, -2147483648, false, -99999999999999.999999, -1.7976931348623157e308,
     '', E'bs\b ff\f vt\v tab\t nl\n cr\r backslash\\ \\N \\t end', '1000-01-01', '1000-01-01 00:00:00.000001',
     '1970-01-01 00:00:00'),
    (0, 0, 0, true, 0, '-0', E'\\N', E'\\', '2024-02-29', '2024-02-29 23:59:59.999999', '2024-02-29 23:59:59'),
    (1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    (2, 32767, 2147483647, true, 0.000001, 5e-324, 'Zoë 👩‍👩‍👧 日本語', 'NULL', '9999-12-31',
     '9999-12-31 23:59:59.000001', '9999-12-31 23:59:59'),
    (9223372036854775807, 1, 1, false, 99999999999999.999999, 0.1, ' padded ', E'\x01\x02\x1a\x7f',
     '1000-01-01', '1000-01-01 00:00:00.5', '2000-01-01 12:00:00');
INSERT INTO relayed (id, i32, f64, name, body, ts)
SELECT g, g * 7, g / 3.0, 'name-' || g, repeat(E'x\t', g % 5), '2024-01-01'::timestamp + g * interval '1 second'
FROM generate_series(3, 300) g;
-- A key of type integer and a table that is not relayed (bytea has no relay form).
CREATE TABLE small_key (id integer PRIMARY KEY, note text);
INSERT INTO small_key SELECT g, 'n' || g FROM generate_series(-50, 50) g;
CREATE TABLE not_relayed (id integer PRIMARY KEY, data bytea);
INSERT INTO not_relayed VALUES (1, '\x00ff'), (2, NULL);
