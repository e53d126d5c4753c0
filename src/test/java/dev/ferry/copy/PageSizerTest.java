package dev.ferry.copy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageSizerTest {

    private static List<Object[]> rows(int count, int textLength) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {(long) i, "x".repeat(textLength)});
        }
        return rows;
    }

    @Test
    void theFirstPageIsSmallBecauseNothingIsKnownOfTheRows() {
        assertEquals(PageSizer.FIRST_PAGE_ROWS, new PageSizer(5000, 4 << 20).rows());
        assertEquals(3, new PageSizer(3, 4 << 20).rows());
    }

    @Test
    void narrowRowsGetTheWholeBatchSize() {
        PageSizer sizer = new PageSizer(5000, 4 << 20);
        sizer.observe(rows(16, 300));
        assertEquals(5000, sizer.rows());
    }

    @Test
    void wideRowsGetAsManyRowsAsFitTheBudgetRoundedDownToAPowerOfTwo() {
        PageSizer sizer = new PageSizer(5000, 4 << 20);
        sizer.observe(rows(16, 100_000));
        // 4 MiB / (100,000 + 8 bytes) = 41 rows; 32 is the power of two below.
        assertEquals(32, sizer.rows());
        sizer.observe(rows(32, 10 << 20));
        assertEquals(1, sizer.rows(), "a row larger than the budget still travels, one per page");
    }

    @Test
    void rowsThatShrinkAgainGrowThePageBackUpToTheBatchSize() {
        PageSizer sizer = new PageSizer(5000, 4 << 20);
        sizer.observe(rows(16, 512 * 1024));
        assertEquals(4, sizer.rows());
        sizer.observe(rows(4, 50));
        assertEquals(5000, sizer.rows());
    }

    @Test
    void anEmptyPageTeachesNothing() {
        PageSizer sizer = new PageSizer(5000, 4 << 20);
        sizer.observe(List.of());
        assertEquals(PageSizer.FIRST_PAGE_ROWS, sizer.rows());
    }

    @Test
    void sizesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PageSizer(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PageSizer(1, 0));
    }
}
