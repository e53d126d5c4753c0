package dev.ferry.copy;

import java.util.List;

/**
 * Loads pages of source rows into one target table. Preparing a page (converting and encoding its
 * values) is separate from writing it, so that the next page is prepared on the reading thread
 * while the target is still busy with this one.
 */
interface PageWriter {

    /**
     * A page with its load prepared. It keeps no source rows: they die as soon as the page is
     * encoded, which keeps the collector from copying pages that wait for a writer. {@code bytes}
     * approximates the payload; {@code lastKey} is the source key of its last row (the checkpoint
     * once the page commits); {@code targetKeys} are the target's key values of every row, kept
     * only for pages a resume may find already written.
     */
    record Page(int size, Object load, long bytes, Object[] lastKey, List<Object[]> targetKeys) {

        Page(int size, Object load, long bytes) {
            this(size, load, bytes, null, List.of());
        }

        Page keyed(Object[] key, List<Object[]> keys) {
            return new Page(size, load, bytes, key, keys);
        }
    }

    /** Converts and encodes a page; safe to call from a thread other than the writer's. */
    Page prepare(List<Object[]> rows);

    /** Writes the page and commits it: afterwards it is all on the target, or after a failure none of it. */
    void write(Page page);

    /** The page's prepared load is no longer needed (written or abandoned); its buffers may be reused. */
    default void release(Page page) {
    }
}
