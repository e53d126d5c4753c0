package dev.ferry.job;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class JobProgressTest {

    @Test
    void etaExtrapolatesTheRateOfItemsDone() {
        // 2 of 10 items in 4 s: 2 s per item, 8 items left.
        assertEquals(16L, JobProgress.eta(2L, 10L, 4_000));
    }

    @Test
    void etaRoundsUpToWholeSeconds() {
        assertEquals(1L, JobProgress.eta(1L, 2L, 10));
    }

    @Test
    void etaIsUnknownWithoutTotalOrProgress() {
        assertNull(JobProgress.eta(null, 10L, 1_000));
        assertNull(JobProgress.eta(0L, 10L, 1_000));
        assertNull(JobProgress.eta(3L, null, 1_000));
    }

    @Test
    void etaIsZeroOnceEverythingIsDone() {
        assertEquals(0L, JobProgress.eta(10L, 10L, 1_000));
    }
}
