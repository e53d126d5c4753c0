package dev.ferry.copy;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads pages on one thread and prepares (converts and encodes) them on another, each at most
 * {@code depth} pages ahead of the next stage, so that reading the source, encoding and loading
 * the target overlap while memory stays bounded by a few pages. Two threads, not one: a source
 * read in-process (SQLite through JNI) keeps a core busy on its own, as does encoding.
 *
 * @param <T> what the reader hands on per page: source rows, or a relayed page of text
 */
final class PageReadAhead<T> implements AutoCloseable {

    /** Produces pages in order, handing each to the sink; blocks while the sink is full. */
    @FunctionalInterface
    interface Producer<T> {
        void produce(PageSink<T> sink) throws Exception;
    }

    @FunctionalInterface
    interface PageSink<T> {
        void accept(T page) throws InterruptedException;
    }

    /** Turns what was read of one page into a prepared page. */
    @FunctionalInterface
    interface Preparer<T> {
        PageWriter.Page prepare(T page);
    }

    /** Marks the end of the pages; a page is never this object, whatever its type. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> read;
    private final BlockingQueue<Object> queue;
    private final Thread reader;
    private final Thread preparer;

    PageReadAhead(String name, int depth, Preparer<T> preparer, Producer<T> producer) {
        this.read = new ArrayBlockingQueue<>(depth);
        this.queue = new ArrayBlockingQueue<>(depth);
        this.reader = start("ferry-read-" + name, () -> read(producer));
        this.preparer = start("ferry-encode-" + name, () -> prepare(preparer));
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void read(Producer<T> producer) {
        try {
            producer.produce(page -> read.put(page));
            read.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            hand(read, e);
        }
    }

    /** Prepares what the reader read, in order; passes the end and the reader's failure along. */
    @SuppressWarnings("unchecked")
    private void prepare(Preparer<T> preparer) {
        try {
            while (true) {
                Object item = read.take();
                if (item == END || item instanceof Throwable) {
                    queue.put(item);
                    return;
                }
                queue.put(preparer.prepare((T) item));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            hand(queue, e);
        }
    }

    private static void hand(BlockingQueue<Object> to, Throwable failure) {
        try {
            to.put(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
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
     * Stops both threads (the reader may be mid-page) and waits for them, so the source session
     * can be closed safely, even when this thread is interrupted (another table failed).
     */
    @Override
    public void close() {
        reader.interrupt();
        preparer.interrupt();
        read.clear();
        queue.clear();
        Uninterruptibly.await(Duration.ofMinutes(1), () -> !reader.isAlive() && !preparer.isAlive(),
                nanos -> (reader.isAlive() ? reader : preparer).join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos))));
    }
}
