package dev.ferry.copy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCommitsTest {

    /** Writes nothing; page 0 waits until page 1 has finished, so that page 1 commits first. */
    private static final class GatedWriter implements PageWriter {
        private final CountDownLatch firstPage;
        private final AtomicInteger busy;
        private final AtomicInteger mostBusy;

        GatedWriter(CountDownLatch firstPage, AtomicInteger busy, AtomicInteger mostBusy) {
            this.firstPage = firstPage;
            this.busy = busy;
            this.mostBusy = mostBusy;
        }

        @Override
        public Page prepare(List<Object[]> rows) {
            return new Page(rows, null, 0);
        }

        @Override
        public void write(Page page) {
            mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
            try {
                if ((Long) page.rows().get(0)[0] == 0L) {
                    firstPage.await(10, TimeUnit.SECONDS);
                }
                if ((Long) page.rows().get(0)[0] == 99L) {
                    throw new IllegalStateException("page 99 failed");
                }
                if ((Long) page.rows().get(0)[0] == 1L) {
                    firstPage.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                busy.decrementAndGet();
            }
        }
    }

    private static PageWriter.Page page(long key) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {key});
        return new PageWriter.Page(rows, null, 0);
    }

    @Test
    void checkpointsAdvanceInPageOrderWhenALaterPageCommitsFirst() {
        CountDownLatch firstPage = new CountDownLatch(1);
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger mostBusy = new AtomicInteger();
        List<PageWriter> writers = List.of(new GatedWriter(firstPage, busy, mostBusy),
                new GatedWriter(firstPage, busy, mostBusy));
        List<Object> checkpoints = Collections.synchronizedList(new ArrayList<>());
        try (PageCommits commits = new PageCommits("t", writers, 10, p -> new Object[] {p.rows().get(0)[0]},
                (lastKey, rows, p) -> checkpoints.add(lastKey[0] + "@" + rows))) {
            commits.submit(page(0));
            commits.submit(page(1));
            // Page 2 may only start once page 0 is checkpointed: two pages past the checkpoint at most.
            commits.submit(page(2));
            assertEquals(13L, commits.finish());
        }
        assertEquals(List.of("0@11", "1@12", "2@13"), checkpoints);
        assertTrue(mostBusy.get() <= 2, "at most one page per writer in flight");
    }

    @Test
    void aFailedPageStopsFurtherSubmissionsAndIsNeverCheckpointed() {
        AtomicInteger busy = new AtomicInteger();
        CountDownLatch open = new CountDownLatch(0);
        List<PageWriter> writers = List.of(new GatedWriter(open, busy, new AtomicInteger()));
        List<Object> checkpoints = Collections.synchronizedList(new ArrayList<>());
        try (PageCommits commits = new PageCommits("t", writers, 0, p -> new Object[] {p.rows().get(0)[0]},
                (lastKey, rows, p) -> checkpoints.add(lastKey[0]))) {
            commits.submit(page(1));
            commits.submit(page(99));
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
                commits.submit(page(100));
                commits.finish();
            });
            assertEquals("page 99 failed", failure.getMessage());
        }
        assertEquals(List.of(1L), checkpoints);
    }
}
