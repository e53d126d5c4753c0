-- Torture tables for migrations out of MySQL/MariaDB: values every target engine can hold exactly
-- (the BIGINT UNSIGNED maximum needs the widen policy on SQLite, whose integers stop at 2^63-1).
CREATE TABLE `order` (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `select` INT NOT NULL,
    `MixedCase` TEXT,
    `with space` VARCHAR(50),
    `quote"d` TEXT,
    ti TINYINT,
    tu TINYINT UNSIGNED,
    si SMALLINT,
    mi MEDIUMINT,
    i INT,
    iu INT UNSIGNED,
    bi BIGINT,
    bu BIGINT UNSIGNED,
    flag TINYINT(1),
    `dec` DECIMAL(20, 6),
    f FLOAT,
    dbl DOUBLE,
    d DATE,
    t TIME(6),
    dt DATETIME(6),
    y YEAR,
    bits BIT(8),
    e ENUM('small', 'medium', 'large'),
    st SET('a', 'b', 'c'),
    txt TEXT,
    bin BLOB,
    doc JSON
) DEFAULT CHARSET = utf8mb4;
INSERT INTO `order` (`select`, `MixedCase`, `with space`, `quote"d`, ti, tu, si, mi, i, iu, bi, bu, flag, `dec`, f, dbl, d, t, dt, y, bits, e, st, txt, bin, doc)
VALUES (1, CONCAT('Zoë 👩‍👩‍👧 e', _utf8mb4 0xCC81, ' 日本語'), 'a b', 'it''s "q"', -128, 0, -32768, -8388608, -2147483648, 0,
        -9223372036854775808, 0, 0, -99999999999999.999999, -3.40282e38, -1.7976931348623157e308,
        '1000-01-01', '00:00:00', '1000-01-01 00:00:00', 1901, b'00000000', 'small', '',
        'quote '' double " backslash \\ newline \n tab \t cr \r end', X'00', '{"a": [1, 2.5, "x"], "b": {"c": null}}');
INSERT INTO `order` (`select`, `MixedCase`, `with space`, `quote"d`, ti, tu, si, mi, i, iu, bi, bu, flag, `dec`, f, dbl, d, t, dt, y, bits, e, st, txt, bin, doc)
VALUES (2, '', ' ', '"', 127, 255, 32767, 8388607, 2147483647, 4294967295,
        9223372036854775807, 18446744073709551615, 1, 99999999999999.999999, 3.40282e38, 1.7976931348623157e308,
        '9999-12-31', '23:59:59.999999', '9999-12-31 23:59:59.999999', 2155, b'11111111', 'large', 'a,c',
        REPEAT('long text ', 500),
        X'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
        '[]');
INSERT INTO `order` (`select`) VALUES (3);
CREATE TABLE no_key (a INT, b TEXT);
INSERT INTO no_key VALUES (1, 'same'), (1, 'same'), (NULL, NULL), (2, 'other');
CREATE TABLE composite (a INT NOT NULL, b VARCHAR(20) NOT NULL, c VARCHAR(100), PRIMARY KEY (a, b));
INSERT INTO composite VALUES (1, 'x', 'one-x'), (1, 'y', 'one-y'), (2, 'x', 'two-x'), (-1, 'Z', NULL);
CREATE TABLE cycle_a (id INT PRIMARY KEY, b_id INT);
CREATE TABLE cycle_b (id INT PRIMARY KEY, a_id INT, CONSTRAINT cycle_b_a FOREIGN KEY (a_id) REFERENCES cycle_a (id));
ALTER TABLE cycle_a ADD CONSTRAINT cycle_a_b FOREIGN KEY (b_id) REFERENCES cycle_b (id);
INSERT INTO cycle_a VALUES (1, NULL), (2, NULL);
INSERT INTO cycle_b VALUES (10, 1), (20, 2);
UPDATE cycle_a SET b_id = 10 WHERE id = 1;
UPDATE cycle_a SET b_id = 20 WHERE id = 2;
CREATE TABLE employee (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, manager_id INT,
    CONSTRAINT employee_manager FOREIGN KEY (manager_id) REFERENCES employee (id));
INSERT INTO employee (name, manager_id) VALUES ('boss', NULL), ('second', 1), ('third', 2);
CREATE TABLE empty_serial (id INT AUTO_INCREMENT PRIMARY KEY, note TEXT);
CREATE INDEX order_mixed ON `order` (`with space`, `select`);
CREATE UNIQUE INDEX composite_c ON composite (c);
