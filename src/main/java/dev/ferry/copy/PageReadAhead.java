package dev.ferry.copy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and prepares pages on a thread of its own, at most {@code depth} pages ahead of the
 * writer, so that reading the source, encoding and loading the target overlap while memory stays
 * bounded by a few pages.
 */
final class PageReadAhead implements AutoCloseable {

    /** Produces pages in order, handing each to the sink; blocks while the sink is full. */
    @FunctionalInterface
    interface Producer {
        void produce(PageSink sink) throws Exception;
    }

    @FunctionalInterface
    interface PageSink {
        void accept(List<Object[]> rows) throws InterruptedException;
    }

    /** Turns the source rows of one page into a prepared page. */
    @FunctionalInterface
    interface Preparer {
        PageWriter.Page prepare(List<Object[]> rows);
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;

    PageReadAhead(String name, int depth, Preparer preparer, Producer producer) {
        this.queue = new ArrayBlockingQueue<>(depth);
        this.thread = new Thread(() -> run(preparer, producer), "ferry-read-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Preparer preparer, Producer producer) {
        try {
            producer.produce(rows -> queue.put(preparer.prepare(rows)));
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            try {
                queue.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next prepared page, or null after the last one; rethrows what failed the reader. */
    PageWriter.Page next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the source", e);
        }
        if (item == END) {
            return null;
        }
        if (item instanceof RuntimeException e) {
            throw e;
        }
        if (item instanceof Error e) {
            throw e;
        }
        if (item instanceof Throwable t) {
            throw new IllegalStateException(t.getMessage(), t);
        }
        return (PageWriter.Page) item;
    }

    /**
     * Stops the reader (it may be mid-page) and waits for it, so its session can be closed safely,
     * even when this thread is interrupted (another table failed).
     */
    @Override
    public void close() {
        thread.interrupt();
        queue.clear();
        Uninterruptibly.await(Duration.ofMinutes(1), () -> !thread.isAlive(),
                nanos -> thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos))));
    }
}
