package dev.ferry.engine.dialect;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;

import java.util.List;

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

    /** Rows with key > first params and key <= second params, in key order (verification ranges). */
    String selectRange(Table table);

    /** Every row; ordered by primary key when there is one (cursor reads of keyless tables). */
    String selectAll(Table table);

    /** One INSERT of {@code rows} rows for all columns, with placeholders (and casts) of this engine. */
    String insert(Table table, int rows);

    String count(Table table);

    /** Deletes rows whose key is greater than the key given as parameters (exact resume). */
    String deleteAfter(Table table);

    String deleteAll(Table table);

    /** Max of a column (for sequences). */
    String max(Table table, Column column);

    /** Rows of the child whose foreign key has no parent; one number. */
    String orphanCount(Table child, dev.ferry.engine.model.ForeignKey foreignKey);

    /** Counts rows matching a predicate; with {@link #firstKeyWhere} it backs the preflight. */
    String countWhere(Table table, String predicate);

    /** The smallest key of the rows matching a predicate (one row, the key columns). */
    String firstKeyWhere(Table table, String predicate);

    /** Starts a read-only transaction that sees one consistent snapshot. */
    String beginReadSnapshot();

    /** Session settings for a fast, correct bulk load (e.g. no FK checks), and their undo. */
    List<String> bulkLoadSetup();

    List<String> bulkLoadTeardown();
}
