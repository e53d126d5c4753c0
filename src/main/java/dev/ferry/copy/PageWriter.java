package dev.ferry.copy;

import java.util.List;

/**
 * Loads pages of source rows into one target table. Preparing a page (converting and encoding its
 * values) is separate from writing it, so that the next page is prepared on the reading thread
 * while the target is still busy with this one.
 */
interface PageWriter {

    /** A page of source rows with its load prepared; {@code bytes} approximates the payload. */
    record Page(List<Object[]> rows, Object load, long bytes) { }

    /** Converts and encodes a page; safe to call from a thread other than the writer's. */
    Page prepare(List<Object[]> rows);

    /** Writes the page and commits it: afterwards it is all on the target, or after a failure none of it. */
    void write(Page page);
}
