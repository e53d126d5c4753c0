package dev.ferry.copy;

import java.util.List;

/**
 * Rows per page for one read of a table: at most the batch size, and few enough that a page's
 * values stay near a byte budget, judged from the rows of the page before. A batch size counts
 * rows, but memory is spent in bytes: 5,000 rows of 300 bytes are 1.5 MB, 5,000 rows of 4 MB
 * documents are 20 GB. The first page is one row, because nothing is known of the rows yet (16
 * rows of 16 MB would already fill a small heap); pages then grow at most sixteenfold at a time
 * (1, 16, 256, 4096 rows ...), so that a few small rows at the start of a table do not open the
 * way to a page of large ones. A page exceeds the budget only when rows grow sharply from one
 * page to the next.
 *
 * <p>Limits are powers of two below the batch size, so that a table read with a varying limit
 * still uses a handful of distinct statements, which the server prepares once each.
 */
final class PageSizer {

    /** Rows of the first page, before any row has been seen. */
    static final int FIRST_PAGE_ROWS = 1;

    /** How much larger, at most, a page is than the one before. */
    static final int GROWTH = 16;

    private final int maxRows;
    private final long budgetBytes;
    private int fullPages;
    private int rows;

    PageSizer(int maxRows, long budgetBytes) {
        this(maxRows, budgetBytes, 0);
    }

    /**
     * A sizer whose first {@code fullPages} pages are the whole batch size, whatever their bytes: a
     * resume's first pages must cover every row the interrupted run's pages, of up to the batch
     * size each, may already have written past the checkpoint.
     */
    PageSizer(int maxRows, long budgetBytes, int fullPages) {
        if (maxRows < 1 || budgetBytes < 1 || fullPages < 0) {
            throw new IllegalArgumentException("maxRows and budgetBytes must be positive, fullPages not negative");
        }
        this.maxRows = maxRows;
        this.budgetBytes = budgetBytes;
        this.fullPages = fullPages;
        this.rows = Math.min(maxRows, FIRST_PAGE_ROWS);
    }

    /** Rows to ask for in the next page. */
    int rows() {
        return fullPages > 0 ? maxRows : rows;
    }

    /** Sizes the next page from the one just read. */
    void observe(List<Object[]> page) {
        long bytes = 0;
        for (Object[] row : page) {
            for (Object value : row) {
                bytes += Sizes.of(value);
            }
        }
        observe(page.size(), bytes);
    }

    /** Sizes the next page from the row count and bytes of the one just read. */
    void observe(int pageRows, long bytes) {
        if (fullPages > 0) {
            fullPages--;
        }
        if (pageRows == 0) {
            return;
        }
        long perRow = Math.max(1, bytes / pageRows);
        long fit = Math.min(budgetBytes / perRow, (long) pageRows * GROWTH);
        rows = fit >= maxRows ? maxRows : (int) Math.max(1, Long.highestOneBit(fit));
    }
}
