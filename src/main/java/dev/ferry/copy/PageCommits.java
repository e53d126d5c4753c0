package dev.ferry.copy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes pages of one table with several writers at once (each its own target connection) and
 * checkpoints them in page order: a checkpoint covers only pages that are all committed, so after
 * a crash at most {@code writers} pages past it may already be on the target, and a resume
 * deletes the keys of that many pages before writing them again.
 */
final class PageCommits implements AutoCloseable {

    private final BlockingQueue<PageWriter> idle;
    private final int window;
    private final ExecutorService pool;
    private final CheckpointSink sink;
    private final Map<Long, PageWriter.Page> committed = new TreeMap<>();
    private long submitted;
    private long nextInOrder;
    private long rows;
    private volatile Throwable failure;

    /** Receives each advance of the in-order checkpoint, from whichever writer thread made it. */
    interface CheckpointSink {
        void advanced(Object[] lastKey, long rows, PageWriter.Page page);
    }

    PageCommits(String table, List<PageWriter> writers, long rowsBefore, CheckpointSink sink) {
        this.idle = new ArrayBlockingQueue<>(writers.size(), false, writers);
        this.window = writers.size();
        this.pool = Executors.newFixedThreadPool(writers.size(), r -> {
            Thread thread = new Thread(r, "ferry-write-" + table);
            thread.setDaemon(true);
            return thread;
        });
        this.rows = rowsBefore;
        this.sink = sink;
    }

    /**
     * Hands the page to a free writer once fewer than {@code writers} pages are past the checkpoint
     * (a fast writer must not run ahead of a slow one, or a resume could not know what to delete);
     * rethrows an earlier failure.
     */
    void submit(PageWriter.Page page) {
        PageWriter writer;
        long sequence;
        try {
            synchronized (this) {
                while (submitted - nextInOrder >= window && failure == null) {
                    wait();
                }
                rethrow();
                sequence = submitted++;
            }
            writer = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a writer", e);
        }
        pool.execute(() -> {
            try {
                writer.write(page);
                committed(sequence, page);
            } catch (Throwable e) {
                failed(e);
            } finally {
                writer.release(page);
                idle.add(writer);
            }
        });
    }

    private synchronized void committed(long sequence, PageWriter.Page page) {
        committed.put(sequence, page);
        PageWriter.Page next;
        while ((next = committed.remove(nextInOrder)) != null) {
            nextInOrder++;
            rows += next.size();
            sink.advanced(next.lastKey(), rows, next);
        }
        notifyAll();
    }

    private synchronized void failed(Throwable e) {
        if (failure == null) {
            failure = e;
        }
        notifyAll();
    }

    /** Waits until every page submitted so far is committed; rethrows a failure. */
    synchronized void drain() {
        try {
            while (nextInOrder < submitted && failure == null) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for writers", e);
        }
        rethrow();
    }

    /** Waits for every submitted page; answers the rows checkpointed in total. */
    long finish() {
        pool.shutdown();
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for writers", e);
        }
        rethrow();
        synchronized (this) {
            return rows;
        }
    }

    private void rethrow() {
        Throwable e = failure;
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Waits for writers still busy (after a failure or cancel), so their connections close idle,
     * even when this thread is interrupted (another table failed): a page committed after the run
     * ended would save its checkpoint behind a resume's back.
     */
    @Override
    public void close() {
        pool.shutdown();
        Uninterruptibly.await(Duration.ofMinutes(10), pool::isTerminated,
                nanos -> pool.awaitTermination(nanos, TimeUnit.NANOSECONDS));
    }
}
