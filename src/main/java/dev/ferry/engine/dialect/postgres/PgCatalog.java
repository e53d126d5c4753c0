package dev.ferry.engine.dialect.postgres;

/**
 * Catalog queries over the current schema. Tables are ordinary and partitioned tables that are
 * not themselves partitions (a partitioned table's rows are read through its parent).
 */
final class PgCatalog {

    private PgCatalog() {
    }

    private static final String OWN_TABLES = """
            n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition""";

    /** Domains read as their base type: typmod and base come from the domain. */
    static final String COLUMNS = """
            SELECT c.relname::text, CASE WHEN c.reltuples < 0 THEN 0 ELSE c.reltuples::bigint END,
                   a.attname::text,
                   CASE WHEN bt.typcategory = 'A' THEN 'array'
                        WHEN bt.typtype = 'e' THEN 'enum'
                        WHEN bt.typtype <> 'b' THEN 'other'
                        ELSE format_type(bt.oid, NULL) END,
                   format_type(bt.oid, x.typmod), x.typmod,
                   NOT a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, a.attgenerated::text,
                   CASE WHEN bt.typtype = 'e' THEN ARRAY(SELECT e.enumlabel::text FROM pg_enum e
                        WHERE e.enumtypid = bt.oid ORDER BY e.enumsortorder) END
              FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              JOIN pg_type t ON t.oid = a.atttypid
             CROSS JOIN LATERAL (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END AS base,
                                        CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod) x
              JOIN pg_type bt ON bt.oid = x.base
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE %s
             ORDER BY c.relname COLLATE "C", a.attnum""".formatted(OWN_TABLES);

    static final String PRIMARY_KEYS = """
            SELECT c.relname::text,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord)
              FROM pg_constraint con
              JOIN pg_class c ON c.oid = con.conrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE con.contype = 'p' AND %s""".formatted(OWN_TABLES);

    /** Indexes besides the primary key; plain = what the neutral model can say (btree on columns). */
    static final String INDEXES = """
            SELECT c.relname::text, i.relname::text, ix.indisunique,
                   ix.indexprs IS NULL AND ix.indpred IS NULL AND am.amname = 'btree',
                   ARRAY(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)
                          JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num
                         WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord),
                   pg_get_indexdef(ix.indexrelid)
              FROM pg_index ix
              JOIN pg_class i ON i.oid = ix.indexrelid
              JOIN pg_am am ON am.oid = i.relam
              JOIN pg_class c ON c.oid = ix.indrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE NOT ix.indisprimary AND %s
               AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = ix.indexrelid AND x.contype = 'x')
             ORDER BY c.relname COLLATE "C", i.relname COLLATE "C\"""".formatted(OWN_TABLES);

    static final String FOREIGN_KEYS = """
            SELECT c.relname::text, con.conname::text,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
                   rc.relname::text,
                   ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
                   con.confdeltype::text, con.confupdtype::text
              FROM pg_constraint con
              JOIN pg_class c ON c.oid = con.conrelid
              JOIN pg_class rc ON rc.oid = con.confrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE con.contype = 'f' AND con.conparentid = 0 AND %s
             ORDER BY c.relname COLLATE "C", con.conname COLLATE "C\"""".formatted(OWN_TABLES);
}
