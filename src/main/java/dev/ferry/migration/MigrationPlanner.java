package dev.ferry.migration;

import dev.ferry.copy.TablePlan;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.error.FerryException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Decides a migration: reads both schemas, maps every column type, runs the preflight and applies
 * the user's policies, and checks that no non-empty target table would be overwritten.
 */
public final class MigrationPlanner {

    private static final Set<PreflightRule> WIDENABLE = Set.of(PreflightRule.UNSIGNED_OVERFLOW,
            PreflightRule.AFFINITY_MISMATCH);

    /**
     * @param resuming true when an interrupted run continues: its own tables on the target are
     *                 expected then, so they are not refused
     */
    public MigrationPlan plan(SessionSource sourceSessions, SessionSource targetSessions, MigrationSettings settings,
                              boolean resuming) {
        Dialect source = Dialects.of(sourceSessions.endpoint().engine());
        Dialect target = Dialects.of(targetSessions.endpoint().engine());
        try (DbSession src = sourceSessions.open(); DbSession dst = targetSessions.open()) {
            src.update(source.data().beginReadSnapshot());
            try {
                DatabaseSchema schema = source.schemaReader().read(src);
                List<Table> tables = select(schema, settings.tables());
                Preflight preflight = new Preflight(source, target.engine());
                List<PreflightFinding> findings = new ArrayList<>();
                ExistingTargets existing = new ExistingTargets(target, dst);
                List<String> problems = new ArrayList<>();
                List<TablePlan> plans = new ArrayList<>();
                for (Table table : tables) {
                    TablePlan plan = planTable(table, src, sourceSessions, target, preflight, settings, findings);
                    plans.add(settings.include().schema() ? plan : existing.alignTo(plan, problems));
                }
                plans = IndexNames.unique(plans);
                if (!settings.include().schema()) {
                    // Existing tables keep their foreign keys while rows arrive: parents must come first.
                    plans = TableOrder.parentsFirst(plans);
                }
                if (!settings.force() && !resuming) {
                    problems.addAll(existing.conflicts(plans, settings.include().schema()));
                }
                return new MigrationPlan(sourceSessions.endpoint().describe(), targetSessions.endpoint().describe(),
                        plans.stream().map(p -> view(p, target)).toList(), findings,
                        objects(schema, target), problems, plans,
                        schema.otherObjects().stream().filter(o -> target.ddl().createObject(o).isPresent()).toList());
            } finally {
                src.update("COMMIT");
            }
        }
    }

    private static List<Table> select(DatabaseSchema schema, List<String> names) {
        if (names.isEmpty()) {
            return schema.tables();
        }
        List<String> missing = names.stream().filter(n -> schema.table(n).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw FerryException.invalid("tables", "not in the source database: " + String.join(", ", missing));
        }
        return names.stream().map(n -> schema.table(n).orElseThrow()).toList();
    }

    private TablePlan planTable(Table table, DbSession src, SessionSource sources, Dialect target, Preflight preflight,
                                MigrationSettings settings, List<PreflightFinding> findings) {
        List<Column> sourceColumns = new ArrayList<>();
        List<Column> targetColumns = new ArrayList<>();
        List<TypeDecision> decisions = new ArrayList<>();
        Map<String, UnaryOperator<Object>> policies = new HashMap<>();
        List<Preflight.Probe> probes = new ArrayList<>();
        for (Column column : table.columns()) {
            for (PreflightRule rule : preflight.rulesFor(column, target.types().target(column.type()))) {
                probes.add(new Preflight.Probe(column, rule));
            }
        }
        Map<Preflight.Probe, Preflight.Hit> hits = preflight.scan(src, sources, table, probes);
        for (Column column : table.columns()) {
            Column sourceColumn = column;
            TypeDecision decision = target.types().target(column.type());
            boolean forceNullable = false;
            for (PreflightRule rule : preflight.rulesFor(column, decision)) {
                Preflight.Hit h = hits.get(new Preflight.Probe(column, rule));
                if (h == null) {
                    continue;
                }
                ColumnPolicy policy = settings.policy(table.name(), column.name());
                String detail = null;
                if (policy == ColumnPolicy.WIDEN && !WIDENABLE.contains(rule)) {
                    policy = ColumnPolicy.ERROR;
                    detail = "widen is not lossless for this rule; choose null or fix the source";
                } else if (policy == ColumnPolicy.WIDEN) {
                    sourceColumn = widened(column, rule);
                    decision = target.types().target(sourceColumn.type());
                    detail = "target type widened to " + decision.target().nativeType();
                } else if (policy == ColumnPolicy.NULL) {
                    forceNullable = true;
                    policies.merge(column.name(), nullWhen(RulePredicates.of(rule, column.type().logical())),
                            (a, b) -> v -> b.apply(a.apply(v)));
                    detail = "stored as NULL";
                }
                findings.add(new PreflightFinding(table.name(), column.name(), rule, h.count(), h.exampleKey(), policy, detail));
            }
            sourceColumns.add(sourceColumn);
            decisions.add(decision);
            targetColumns.add(new Column(column.name(), decision.target(), column.nullable() || forceNullable,
                    column.defaultValue(), column.generation(), column.generationExpression()));
        }
        Table sourceTable = new Table(table.name(), sourceColumns, table.primaryKey(), table.indexes(),
                table.foreignKeys(), table.estimatedRows());
        Table targetTable = new Table(table.name(), targetColumns, table.primaryKey(), table.indexes(),
                table.foreignKeys(), table.estimatedRows());
        return new TablePlan(sourceTable, targetTable, decisions, policies);
    }

    private static Column widened(Column column, PreflightRule rule) {
        ColumnType type = rule == PreflightRule.UNSIGNED_OVERFLOW
                ? column.type().withLogical(LogicalType.DECIMAL).withPrecision(20, 0)
                : ColumnType.of(LogicalType.TEXT, "text");
        return new Column(column.name(), type, column.nullable(), column.defaultValue(), column.generation(),
                column.generationExpression());
    }

    private static UnaryOperator<Object> nullWhen(Predicate<Object> offending) {
        return v -> offending.test(v) ? null : v;
    }

    private static MigrationPlan.TableView view(TablePlan plan, Dialect target) {
        List<MigrationPlan.ColumnView> columns = new ArrayList<>();
        for (int i = 0; i < plan.decisions().size(); i++) {
            TypeDecision d = plan.decisions().get(i);
            columns.add(new MigrationPlan.ColumnView(plan.source().columns().get(i).name(), d.source().nativeType(),
                    d.target().nativeType(), d.exact(), d.note()));
        }
        List<String> ddl = new ArrayList<>(target.ddl().createTable(plan.target()));
        ddl.addAll(target.ddl().createIndexes(plan.target()));
        ddl.addAll(target.ddl().addForeignKeys(plan.target()));
        return new MigrationPlan.TableView(plan.name(), plan.source().estimatedRows(), plan.source().hasPrimaryKey(),
                columns, ddl);
    }

    private static List<MigrationPlan.ObjectNote> objects(DatabaseSchema schema, Dialect target) {
        return schema.otherObjects().stream().map(o -> note(o, target)).collect(Collectors.toList());
    }

    private static MigrationPlan.ObjectNote note(SchemaObject object, Dialect target) {
        boolean carried = target.ddl().createObject(object).isPresent();
        return new MigrationPlan.ObjectNote(object.kind().name().toLowerCase(), object.name(), carried,
                carried ? "recreated on the target" : "not migrated: the target cannot express it as is");
    }
}
