package dev.ferry.engine.dialect;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;

import java.util.Optional;

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

    /**
     * A query answering the largest request the server accepts (MySQL's max_allowed_packet), for
     * engines that read rows from a client file sent as one request: a larger page is sent in
     * several loads. Null where rows stream without such a limit.
     */
    default String requestLimitQuery() {
        return null;
    }

    /**
     * The engine's binary bulk form for {@code table}, where it has one and every column can travel
     * in it (PostgreSQL's binary COPY): the server then parses no text at all. Empty otherwise, and
     * the table loads as text.
     */
    default Optional<BinaryForm> binary(Table table) {
        return Optional.empty();
    }

    /**
     * Whether the bulk statement for a table loads relay text of {@code form} into the target
     * column {@code column} exactly as the row path would store the value (see {@link TextForm}).
     */
    default boolean accepts(Column column, TextForm form) {
        return false;
    }

    /** Rows of one table in a binary bulk stream; each page is one complete stream. */
    interface BinaryForm {

        /** The statement that reads one page's stream. */
        String statement();

        /** Opens a page's stream (its header). */
        void begin(BulkBytes out);

        /** Appends one row of canonical values (see CanonicalValues), already converted to the target's types. */
        void append(Object[] canonical, BulkBytes out);

        /** Closes a page's stream (its trailer). */
        void end(BulkBytes out);
    }
}
