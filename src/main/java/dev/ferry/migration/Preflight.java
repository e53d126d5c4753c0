package dev.ferry.migration;

import dev.ferry.copy.KeyRangeCounts;
import dev.ferry.engine.Engine;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.ferry.engine.Engine.MARIADB;
import static dev.ferry.engine.Engine.MYSQL;
import static dev.ferry.engine.Engine.POSTGRESQL;
import static dev.ferry.engine.Engine.SQLITE;

/**
 * Scans the source, before anything is written, for values the target cannot hold as they are.
 * Which rule applies to which column is a table: (rule, source engines, target engines, column test).
 */
final class Preflight {

    private interface ColumnTest {
        boolean applies(Column source, TypeDecision decision);
    }

    private record Applicability(PreflightRule rule, Set<Engine> sources, Set<Engine> targets, ColumnTest test) { }

    private static final Set<Engine> MYSQL_FAMILY = EnumSet.of(MYSQL, MARIADB);
    private static final Set<Engine> ALL = EnumSet.allOf(Engine.class);

    private static final List<Applicability> RULES = List.of(
            new Applicability(PreflightRule.ZERO_DATE, MYSQL_FAMILY, ALL,
                    (c, d) -> isDateLike(c.type().logical())),
            // SQLite and PostgreSQL integers stop at 2^63-1 whatever the declared name; MySQL's
            // unsigned BIGINT holds the whole range.
            new Applicability(PreflightRule.UNSIGNED_OVERFLOW, MYSQL_FAMILY, EnumSet.of(POSTGRESQL, SQLITE),
                    (c, d) -> isUnsignedBigint(c) && d.target().logical().isInteger()),
            new Applicability(PreflightRule.UNSIGNED_OVERFLOW, MYSQL_FAMILY, MYSQL_FAMILY,
                    (c, d) -> isUnsignedBigint(c) && d.target().logical().isInteger() && !d.target().unsigned()),
            new Applicability(PreflightRule.NUL_CHARACTER, EnumSet.of(MYSQL, MARIADB, SQLITE), EnumSet.of(POSTGRESQL),
                    (c, d) -> c.type().logical().isText() || c.type().logical() == LogicalType.JSON),
            new Applicability(PreflightRule.NAN_OR_INFINITY, EnumSet.of(POSTGRESQL, SQLITE), MYSQL_FAMILY,
                    (c, d) -> c.type().logical() == LogicalType.FLOAT32 || c.type().logical() == LogicalType.FLOAT64
                            || c.type().logical() == LogicalType.DECIMAL),
            new Applicability(PreflightRule.DATE_OUT_OF_RANGE, EnumSet.of(POSTGRESQL, SQLITE), MYSQL_FAMILY,
                    (c, d) -> isDateLike(c.type().logical())),
            new Applicability(PreflightRule.AFFINITY_MISMATCH, EnumSet.of(SQLITE), ALL,
                    (c, d) -> !c.type().logical().isText() && !c.type().logical().isBinary()));

    /** One rule found to apply to one column, with what the source says about it. */
    record Hit(Column column, PreflightRule rule, long count, List<Object> exampleKey) { }

    private final Dialect source;
    private final Engine targetEngine;

    Preflight(Dialect source, Engine targetEngine) {
        this.source = source;
        this.targetEngine = targetEngine;
    }

    /** Rules that apply to a column, in table order. */
    List<PreflightRule> rulesFor(Column column, TypeDecision decision) {
        List<PreflightRule> rules = new ArrayList<>();
        for (Applicability a : RULES) {
            if (a.sources().contains(source.engine()) && a.targets().contains(targetEngine)
                    && a.test().applies(column, decision)) {
                rules.add(a.rule());
            }
        }
        return rules;
    }

    /** One question for the scan: does any value of this column break this rule? */
    record Probe(Column column, PreflightRule rule) { }

    /**
     * Counts offending values for every probe in one scan of the table, then looks up an example
     * key for each probe that found some; probes without hits are absent from the answer.
     */
    Map<Probe, Hit> scan(DbSession session, SessionSource sessions, Table table, List<Probe> probes) {
        List<Probe> asked = new ArrayList<>();
        List<String> predicates = new ArrayList<>();
        for (Probe probe : probes) {
            source.preflight().predicate(probe.rule(), probe.column()).ifPresent(predicate -> {
                asked.add(probe);
                predicates.add(predicate);
            });
        }
        Map<Probe, Hit> hits = new HashMap<>();
        if (asked.isEmpty()) {
            return hits;
        }
        long[] counts = new KeyRangeCounts(source, sessions).count(session, table, predicates, table.estimatedRows());
        for (int i = 0; i < asked.size(); i++) {
            long count = counts[i];
            if (count > 0) {
                Probe probe = asked.get(i);
                hits.put(probe, new Hit(probe.column(), probe.rule(), count, exampleKey(session, table, predicates.get(i))));
            }
        }
        return hits;
    }

    private List<Object> exampleKey(DbSession session, Table table, String predicate) {
        if (!table.hasPrimaryKey()) {
            return List.of();
        }
        List<Object[]> rows = session.query(source.data().firstKeyWhere(table, predicate));
        return rows.isEmpty() ? List.of() : Arrays.asList(rows.get(0));
    }

    private static boolean isUnsignedBigint(Column column) {
        return column.type().unsigned() && column.type().logical() == LogicalType.INT64;
    }

    private static boolean isDateLike(LogicalType type) {
        return type == LogicalType.DATE || type == LogicalType.TIMESTAMP || type == LogicalType.TIMESTAMPTZ;
    }
}
