package dev.ferry.engine.dialect;

import dev.ferry.engine.model.Table;

/**
 * A target engine's bulk-load path (PostgreSQL {@code COPY}, MySQL {@code LOAD DATA LOCAL INFILE}):
 * the statement, and rows rendered as the text that statement reads. Rows arrive as the engine's
 * codec encodes them for binding, so the bulk path and the INSERT path carry the same values.
 */
public interface BulkFormat {

    /** Renders one row of encoded values, with its terminator, onto a page of text. */
    @FunctionalInterface
    interface RowRenderer {
        void append(Object[] values, StringBuilder out);
    }

    /**
     * The statement loading every column of {@code table}; {@code file} names the file the rows are
     * in for engines that read a client file, and is ignored where rows are streamed.
     */
    String statement(Table table, String file);

    /** The renderer for rows of {@code table}, built once per table. */
    RowRenderer renderer(Table table);

    /**
     * A query answering how many warnings the last statement raised, for engines whose bulk path
     * turns errors into warnings (MySQL's LOCAL loads behave as IGNORE): a load with warnings is
     * rolled back rather than kept with altered values. Null where errors stay errors.
     */
    default String warningCountQuery() {
        return null;
    }
}
