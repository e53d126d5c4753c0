package dev.ferry.copy;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Counts the rows matching each of several predicates in one scan; a large table keyed by one
 * integer column is scanned as two halves of its key range at once, on two connections, on
 * engines that run one statement on one core (not PostgreSQL, which plans parallel scans).
 * Backs the preflight and the verification counts.
 */
public final class KeyRangeCounts {

    /** Tables of at least this many rows are scanned in two halves. */
    public static final long SPLIT_ROWS = 200_000;

    private final Dialect dialect;
    private final SessionSource sessions;

    public KeyRangeCounts(Dialect dialect, SessionSource sessions) {
        this.dialect = dialect;
        this.sessions = sessions;
    }

    /** One count per predicate; {@code rows} is what the caller expects the table to hold. */
    public long[] count(DbSession session, Table table, List<String> predicates, long rows) {
        Optional<long[]> bounds = halves(session, table, rows);
        if (bounds.isEmpty()) {
            return sums(List.<Object[]>of(session.query(dialect.data().countEach(table, predicates)).get(0)),
                    predicates.size());
        }
        return inHalves(session, table, predicates, bounds.get());
    }

    /** The table's rows: {@code COUNT(*)}, or the halves of a large table added up. */
    public long rows(DbSession session, Table table, long expected) {
        Optional<long[]> bounds = halves(session, table, expected);
        if (bounds.isEmpty()) {
            return ((Number) session.queryValue(dialect.data().count(table), List.of())).longValue();
        }
        return inHalves(session, table, List.of(dialect.data().everyRow()), bounds.get())[0];
    }

    /** The key bounds to split at, for a large table on an engine where halves are faster. */
    private Optional<long[]> halves(DbSession session, Table table, long rows) {
        if (rows < SPLIT_ROWS || !dialect.data().scansFasterInParts()) {
            return Optional.empty();
        }
        return integerKeyBounds(session, table).filter(bounds -> bounds[1] - bounds[0] >= 2);
    }

    private long[] inHalves(DbSession session, Table table, List<String> predicates, long[] bounds) {
        long low = bounds[0];
        long high = bounds[1];
        long middle = low + (high - low) / 2;
        String ranged = dialect.data().countEachInKeyRange(table, predicates);
        CompletableFuture<Object[]> upper = CompletableFuture.supplyAsync(() -> {
            try (DbSession other = sessions.open()) {
                return other.query(ranged, List.of(middle + 1, high)).get(0);
            }
        });
        Object[] lower = session.query(ranged, List.of(low, middle)).get(0);
        return sums(List.<Object[]>of(lower, upper.join()), predicates.size());
    }

    private Optional<long[]> integerKeyBounds(DbSession session, Table table) {
        if (table.primaryKey().size() != 1 || table.column(table.primaryKey().get(0))
                .filter(KeyRangeCounts::signedInteger).isEmpty()) {
            return Optional.empty();
        }
        Object[] row = session.query(dialect.data().keyBounds(table)).get(0);
        if (!(row[0] instanceof Long || row[0] instanceof Integer) || !(row[1] instanceof Long || row[1] instanceof Integer)) {
            return Optional.empty();
        }
        return Optional.of(new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()});
    }

    private static boolean signedInteger(Column column) {
        return column.type().logical().isInteger() && !column.type().unsigned();
    }

    private static long[] sums(List<Object[]> parts, int width) {
        long[] sums = new long[width];
        for (Object[] part : parts) {
            for (int i = 0; i < width; i++) {
                sums[i] += ((Number) part[i]).longValue();
            }
        }
        return sums;
    }
}
