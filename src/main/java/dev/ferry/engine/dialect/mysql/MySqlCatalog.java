package dev.ferry.engine.dialect.mysql;

/**
 * The information_schema queries introspection runs, each for the whole connected database at
 * once (one query per kind of object, not per table).
 */
final class MySqlCatalog {

    static final String VERSION = "SELECT VERSION()";

    static final String TABLES = """
            SELECT TABLE_NAME, TABLE_TYPE, TABLE_ROWS
              FROM information_schema.TABLES
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE <> 'VIEW'""";

    static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION
              FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE()
             ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    /** MySQL 5.7 has no CHECK_CONSTRAINTS table (and no checks). */
    static final String HAS_CHECKS = """
            SELECT COUNT(*) FROM information_schema.TABLES
             WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'CHECK_CONSTRAINTS'""";

    /** MySQL: check names are unique per database; the table comes from TABLE_CONSTRAINTS. */
    static final String MYSQL_CHECKS = """
            SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
              FROM information_schema.TABLE_CONSTRAINTS tc
              JOIN information_schema.CHECK_CONSTRAINTS cc
                ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
             WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE = 'CHECK'""";

    /** MariaDB: check names are per table (a column check is named after its column). */
    static final String MARIADB_CHECKS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE
              FROM information_schema.CHECK_CONSTRAINTS
             WHERE CONSTRAINT_SCHEMA = DATABASE()""";

    static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_TYPE
              FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA = DATABASE()
             ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    static final String FOREIGN_KEYS = """
            SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA = k.TABLE_SCHEMA, k.REFERENCED_TABLE_NAME,
                   k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE
              FROM information_schema.KEY_COLUMN_USAGE k
              JOIN information_schema.REFERENTIAL_CONSTRAINTS r
                ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME
               AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
             WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
             ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    static final String VIEWS = """
            SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS
             WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME""";

    static final String TRIGGERS = """
            SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_STATEMENT
              FROM information_schema.TRIGGERS
             WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME""";

    static final String ROUTINES = """
            SELECT ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_DEFINITION FROM information_schema.ROUTINES
             WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY ROUTINE_NAME""";

    static final String EVENTS = """
            SELECT EVENT_NAME, EVENT_DEFINITION FROM information_schema.EVENTS
             WHERE EVENT_SCHEMA = DATABASE() ORDER BY EVENT_NAME""";

    static final String PARTITIONS = """
            SELECT TABLE_NAME, PARTITION_METHOD, PARTITION_EXPRESSION, COUNT(*)
              FROM information_schema.PARTITIONS
             WHERE TABLE_SCHEMA = DATABASE() AND PARTITION_NAME IS NOT NULL
             GROUP BY TABLE_NAME, PARTITION_METHOD, PARTITION_EXPRESSION""";

    private MySqlCatalog() {
    }

    static String text(Object[] row, int index) {
        Object value = row[index];
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value.toString();
    }

    static long number(Object[] row, int index) {
        Object value = row[index];
        return value == null ? 0 : ((Number) value).longValue();
    }
}
