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
        boolean large = rows >= SPLIT_ROWS && dialect.data().scansFasterInParts();
        Optional<long[]> bounds = large ? integerKeyBounds(session, table) : Optional.empty();
        if (bounds.isEmpty() || bounds.get()[1] - bounds.get()[0] < 2) {
            return sums(List.<Object[]>of(session.query(dialect.data().countEach(table, predicates)).get(0)),
                    predicates.size());
        }
        long low = bounds.get()[0];
        long high = bounds.get()[1];
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

    /** The table's rows, counted as {@link #count} counts. */
    public long rows(DbSession session, Table table, long expected) {
        return count(session, table, List.of(dialect.data().everyRow()), expected)[0];
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
