package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.session.DbSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything in the current schema besides what the neutral tables hold, so the plan can list it:
 * views, materialized views, foreign tables, triggers, routines, enum types, domains, sequences no
 * column owns or takes its default from, partitioning, CHECK and exclusion constraints, rules and
 * table inheritance. Objects of extensions are left out.
 */
final class PgObjects {

    private static final String NOT_FROM_EXTENSION = """
            NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = %s AND dep.deptype = 'e')""";

    private static final String OBJECTS = """
            SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'OTHER' END,
                   CASE c.relkind WHEN 'v' THEN '' WHEN 'm' THEN 'materialized view ' ELSE 'foreign table ' END
                       || c.relname,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm', 'f') AND %1$s
            UNION ALL
            SELECT 'TRIGGER', c.relname || '.' || tg.tgname, pg_get_triggerdef(tg.oid)
              FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND NOT tg.tgisinternal
            UNION ALL
            SELECT 'ROUTINE', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                   CASE WHEN p.prokind = 'a' THEN NULL ELSE pg_get_functiondef(p.oid) END
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = current_schema() AND %2$s
            UNION ALL
            SELECT 'ENUM_TYPE', t.typname::text,
                   (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                      FROM pg_enum e WHERE e.enumtypid = t.oid)
              FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
             WHERE n.nspname = current_schema() AND t.typtype = 'e' AND %3$s
            UNION ALL
            SELECT 'DOMAIN', t.typname::text, format_type(t.typbasetype, t.typtypmod)
                   || coalesce(' ' || (SELECT string_agg(pg_get_constraintdef(k.oid), ' ')
                                         FROM pg_constraint k WHERE k.contypid = t.oid), '')
              FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
             WHERE n.nspname = current_schema() AND t.typtype = 'd' AND %3$s
            UNION ALL
            SELECT 'SEQUENCE', c.relname::text, NULL
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'S' AND %1$s
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_attrdef'::regclass
                                  AND d.refclassid = 'pg_class'::regclass AND d.refobjid = c.oid)
            UNION ALL
            SELECT 'PARTITIONED_TABLE', c.relname::text, pg_get_partkeydef(c.oid)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'p' AND NOT c.relispartition
            UNION ALL
            SELECT 'OTHER', CASE k.contype WHEN 'c' THEN 'check constraint ' ELSE 'exclusion constraint ' END
                       || c.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
              FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND k.contype IN ('c', 'x') AND NOT c.relispartition
               AND c.relkind IN ('r', 'p') AND k.conparentid = 0
            UNION ALL
            SELECT 'OTHER', 'rule ' || c.relname || '.' || r.rulename, pg_get_ruledef(r.oid)
              FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND r.rulename <> '_RETURN'
            UNION ALL
            SELECT 'OTHER', 'inheritance ' || c.relname || ' inherits ' || p.relname, NULL
              FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND NOT c.relispartition
            """.formatted(NOT_FROM_EXTENSION.formatted("c.oid"), NOT_FROM_EXTENSION.formatted("p.oid"),
            NOT_FROM_EXTENSION.formatted("t.oid"));

    private PgObjects() {
    }

    static List<SchemaObject> read(DbSession session) {
        List<SchemaObject> objects = new ArrayList<>();
        for (Object[] row : session.query(OBJECTS)) {
            objects.add(new SchemaObject(SchemaObject.Kind.valueOf((String) row[0]), (String) row[1], (String) row[2]));
        }
        objects.sort(Comparator.comparing((SchemaObject o) -> o.kind().ordinal()).thenComparing(SchemaObject::name));
        return objects;
    }
}
