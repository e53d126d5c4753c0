package dev.ferry.copy;

import dev.ferry.support.Await;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCommitsTest {

    /**
     * Writes nothing but records when each page starts and ends; page 0 waits until page 1 has
     * finished, so that page 1 commits first; page 99 fails.
     */
    private static final class GatedWriter implements PageWriter {
        private final CountDownLatch firstPage;
        private final List<String> log;

        GatedWriter(CountDownLatch firstPage, List<String> log) {
            this.firstPage = firstPage;
            this.log = log;
        }

        @Override
        public Page prepare(List<Object[]> rows) {
            return new Page(rows.size(), null, 0);
        }

        @Override
        public void write(Page page) {
            long key = (Long) page.lastKey()[0];
            log.add("start " + key);
            if (key == 0L) {
                await(firstPage);
            }
            if (key == 99L) {
                throw new IllegalStateException("page 99 failed");
            }
            log.add("end " + key);
            if (key == 1L) {
                firstPage.countDown();
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static PageWriter.Page page(long key) {
        return new PageWriter.Page(1, null, 0).keyed(new Object[] {key}, List.of());
    }

    @Test
    void checkpointsAdvanceInPageOrderWhenALaterPageCommitsFirst() {
        CountDownLatch firstPage = new CountDownLatch(1);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        List<PageWriter> writers = List.of(new GatedWriter(firstPage, log), new GatedWriter(firstPage, log));
        List<Object> checkpoints = Collections.synchronizedList(new ArrayList<>());
        try (PageCommits commits = new PageCommits("t", writers, 10,
                (lastKey, rows, p) -> checkpoints.add(lastKey[0] + "@" + rows))) {
            commits.submit(page(0));
            commits.submit(page(1));
            // Page 2 may only start once page 0 is checkpointed: two pages past the checkpoint at most.
            commits.submit(page(2));
            assertEquals(13L, commits.finish());
        }
        assertEquals(List.of("0@11", "1@12", "2@13"), checkpoints);
        assertTrue(log.indexOf("end 1") < log.indexOf("end 0"), "page 1 committed first: " + log);
        assertTrue(log.indexOf("end 0") < log.indexOf("start 2"),
                "page 2 waits until page 0 is checkpointed, though a writer was free: " + log);
    }

    @Test
    void aFailedPageStopsFurtherSubmissionsAndIsNeverCheckpointed() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        List<PageWriter> writers = List.of(new GatedWriter(new CountDownLatch(0), log));
        List<Object> checkpoints = Collections.synchronizedList(new ArrayList<>());
        try (PageCommits commits = new PageCommits("t", writers, 0,
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
        assertFalse(log.contains("start 100"), "no page is written after a failure: " + log);
    }

    @Test
    void drainReturnsOnlyOnceEveryPageSubmittedIsCommitted() {
        CountDownLatch firstPage = new CountDownLatch(1);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        List<PageWriter> writers = List.of(new GatedWriter(firstPage, log), new GatedWriter(firstPage, log));
        try (PageCommits commits = new PageCommits("t", writers, 0, (lastKey, rows, p) -> { })) {
            commits.submit(page(0));
            commits.submit(page(1));
            commits.drain();
            log.add("drained");
            commits.submit(page(2));
            assertEquals(3L, commits.finish());
        }
        assertEquals(List.of("end 1", "end 0", "drained", "start 2", "end 2"),
                log.stream().filter(line -> !line.startsWith("start 0") && !line.startsWith("start 1")).toList());
    }

    @Test
    void closingWaitsForTheWriterStillBusyEvenWhenTheClosingThreadIsInterrupted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        PageWriter slow = new PageWriter() {
            @Override
            public Page prepare(List<Object[]> rows) {
                return new Page(rows.size(), null, 0);
            }

            @Override
            public void write(Page page) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                log.add("committed");
            }
        };
        Thread closing = new Thread(() -> {
            PageCommits commits = new PageCommits("t", List.of(slow), 0, (lastKey, rows, p) -> log.add("checkpoint"));
            commits.submit(page(1));
            Thread.currentThread().interrupt();
            commits.close();
            log.add("closed");
        });
        closing.start();
        Await.until("the closing thread waits for the writer", () -> closing.getState() == Thread.State.TIMED_WAITING
                || closing.getState() == Thread.State.WAITING);
        release.countDown();
        closing.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals(List.of("committed", "checkpoint", "closed"), log);
    }
}
