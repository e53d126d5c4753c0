package dev.ferry.engine.dialect;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * Statements that read and write rows. Tables here carry the columns of the side the statement
 * runs on; select lists always name every column in declaration order.
 */
public interface DataSql {

    /** The expression selecting one column, e.g. WKB for geometry or exact JSON text. */
    String selectExpression(Column column);

    /**
     * A page of rows in primary-key order: {@code LIMIT limit}; when {@code after} is true, only
     * rows whose key is greater than the key given as parameters (row-value comparison).
     */
    String selectPage(Table table, int limit, boolean after);

    /**
     * The rows whose primary key equals one of {@code keys} keys given as parameters (flattened,
     * key after key). Membership by equality, not by range, so that engines with different
     * collations agree on which rows a source page covers.
     */
    String selectByKeys(Table table, int keys);

    /** Every row; ordered by primary key when there is one (cursor reads of keyless tables). */
    String selectAll(Table table);

    /** One INSERT of {@code rows} rows for all columns, with placeholders (and casts) of this engine. */
    String insert(Table table, int rows);

    String count(Table table);

    /** Deletes the rows whose primary key equals one of {@code keys} keys given as parameters. */
    String deleteByKeys(Table table, int keys);

    String deleteAll(Table table);

    /** Max of a column (for sequences). */
    String max(Table table, Column column);

    /** Rows of the child whose foreign key has no parent; one number. */
    String orphanCount(Table child, dev.ferry.engine.model.ForeignKey foreignKey);

    /** Counts rows matching a predicate; with {@link #firstKeyWhere} it backs the preflight. */
    String countWhere(Table table, String predicate);

    /**
     * One row with one count per predicate, all from a single scan of the table (the preflight
     * asks several questions of every column; each scan of a large table costs seconds).
     */
    String countEach(Table table, List<String> predicates);

    /**
     * {@link #countEach} over the rows whose key, a single integer column, lies between two
     * parameters (inclusive): a large table is scanned in parts on several connections at once.
     */
    String countEachInKeyRange(Table table, List<String> predicates);

    /** A predicate every row meets: with {@link #countEachInKeyRange}, the rows of one part of a table. */
    default String everyRow() {
        return "1 = 1";
    }

    /** One row: the smallest and largest value of a single-column key. */
    String keyBounds(Table table);

    /** The select list of {@link #countEach}: one {@code COALESCE(SUM(CASE …), 0)} per predicate. */
    static String sumEach(List<String> predicates) {
        StringBuilder list = new StringBuilder();
        for (String predicate : predicates) {
            list.append(list.isEmpty() ? "" : ", ").append("COALESCE(SUM(CASE WHEN (").append(predicate)
                    .append(") THEN 1 ELSE 0 END), 0)");
        }
        return list.toString();
    }

    /** The smallest key of the rows matching a predicate (one row, the key columns). */
    String firstKeyWhere(Table table, String predicate);

    /** Starts a read-only transaction that sees one consistent snapshot. */
    String beginReadSnapshot();

    /**
     * Exports the snapshot of the current read transaction so that other sessions can read the
     * very same data in parallel (PostgreSQL {@code pg_export_snapshot()}); empty where the
     * engine cannot share snapshots, in which case each session takes its own.
     */
    default Optional<String> exportSnapshot() {
        return Optional.empty();
    }

    /** The statement that joins an exported snapshot, run right after {@link #beginReadSnapshot()}. */
    default Optional<String> importSnapshot(String snapshotId) {
        return Optional.empty();
    }

    /** How many connections may usefully write one table at once (SQLite has one writer). */
    default int maxConcurrentWriters() {
        return Integer.MAX_VALUE;
    }

    /**
     * Whether a large count or scan is faster as key-range parts on several connections: true
     * where the server runs a statement on one core; PostgreSQL plans parallel scans itself.
     */
    default boolean scansFasterInParts() {
        return true;
    }

    /** Most bind parameters one statement may carry on this engine. */
    int maxParameters();

    /** Session settings for a fast, correct bulk load (e.g. no FK checks), and their undo. */
    List<String> bulkLoadSetup();

    List<String> bulkLoadTeardown();

    /**
     * The engine's bulk-load path, when it has one that is faster than multi-row INSERT and as
     * exact; empty where INSERT is the fastest path (SQLite, in-process).
     */
    default Optional<BulkFormat> bulkFormat() {
        return Optional.empty();
    }

    /**
     * The engine's export of rows as relay text (see {@link TextExport}); empty where rows can only
     * be read as values.
     */
    default Optional<TextExport> textExport() {
        return Optional.empty();
    }
}
