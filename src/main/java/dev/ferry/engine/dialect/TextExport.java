package dev.ferry.engine.dialect;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * A source engine's export of rows as text (PostgreSQL's {@code COPY ... TO STDOUT}), which a
 * target's bulk load can read with a few bytes rewritten: see {@link TextForm} for the relay
 * convention. Pages are keyset pages on a single integer key.
 */
public interface TextExport {

    /** The form {@code column}'s values take in the export; empty when they cannot be relayed. */
    Optional<TextForm> form(Column column);

    /** Statements run once on the export connection: the output styles the forms rely on. */
    List<String> setup();

    /**
     * The statement exporting up to {@code limit} rows of {@code table} (every column, in
     * declaration order) in key order, after key {@code after} or from the start when null.
     */
    String page(Table table, Long after, int limit);

    /** Appends one exported row (with its newline) to {@code out} in the relay convention. */
    void appendRow(byte[] row, BulkBytes out);
}
