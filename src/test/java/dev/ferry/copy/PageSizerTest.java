package dev.ferry.copy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageSizerTest {

    private static final long BUDGET = 4 << 20;

    private static List<Object[]> rows(int count, int textLength) {
        String text = "x".repeat(textLength);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {(long) i, text});
        }
        return rows;
    }

    /** The limits a sizer asks for while it reads pages of rows of one width. */
    private static List<Integer> limits(PageSizer sizer, int textLength, int pages) {
        List<Integer> limits = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            limits.add(sizer.rows());
            sizer.observe(rows(sizer.rows(), textLength));
        }
        return limits;
    }

    @Test
    void theFirstPageIsOneRowBecauseNothingIsKnownOfTheRows() {
        assertEquals(1, new PageSizer(5000, BUDGET).rows());
    }

    @Test
    void narrowRowsGrowSixteenfoldAPageUpToTheBatchSize() {
        assertEquals(List.of(1, 16, 256, 4096, 5000, 5000), limits(new PageSizer(5000, BUDGET), 300, 6));
    }

    @Test
    void wideRowsGetAsManyRowsAsFitTheBudgetRoundedDownToAPowerOfTwo() {
        // 4 MiB / (100,000 + 8 bytes) = 41 rows; 32 is the power of two below.
        assertEquals(List.of(1, 16, 32, 32), limits(new PageSizer(5000, BUDGET), 100_000, 4));
    }

    @Test
    void aRowLargerThanTheBudgetStillTravelsOnePerPage() {
        assertEquals(List.of(1, 1, 1), limits(new PageSizer(5000, BUDGET), 10 << 20, 3));
    }

    @Test
    void rowsThatWidenMidTableShrinkTheNextPageAndRowsThatNarrowGrowItBack() {
        PageSizer sizer = new PageSizer(5000, BUDGET);
        limits(sizer, 300, 5);
        sizer.observe(rows(5000, 512 * 1024));
        assertEquals(4, sizer.rows());
        sizer.observe(rows(4, 50));
        assertEquals(64, sizer.rows());
    }

    @Test
    void aResumeReadsItsOverlappingPagesAtTheWholeBatchSizeThenSizesByBytes() {
        assertEquals(List.of(5000, 5000, 32, 32), limits(new PageSizer(5000, BUDGET, 2), 100_000, 4));
    }

    @Test
    void anEmptyPageTeachesNothing() {
        PageSizer sizer = new PageSizer(5000, BUDGET);
        sizer.observe(List.of());
        assertEquals(PageSizer.FIRST_PAGE_ROWS, sizer.rows());
    }

    @Test
    void sizesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PageSizer(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PageSizer(1, 0));
    }
}
