package dev.ferry.support;

import dev.ferry.copy.CopyListener;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A copy listener for tests: checkpoints in memory (as a job keeps them), rows and events
 * recorded, and optionally one stop after a number of cancellation checks, as a crash or a cancel
 * would interrupt a run. Running again with the same listener resumes from its checkpoints.
 */
public final class MemoryCopyListener implements CopyListener {

    /** The interruption this listener causes. */
    public static final class Stop extends IllegalStateException {
        Stop() {
            super("stopped by the test");
        }
    }

    private final Map<String, String> checkpoints = new ConcurrentHashMap<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final AtomicLong rows = new AtomicLong();
    private final List<Long> pageRows = new CopyOnWriteArrayList<>();
    private final AtomicLong checksBeforeStop;

    public MemoryCopyListener() {
        this(Long.MAX_VALUE);
    }

    /** Stops the run once, at the cancellation check that follows {@code checks} earlier ones. */
    public MemoryCopyListener(long checks) {
        this.checksBeforeStop = new AtomicLong(checks);
    }

    public long rows() {
        return rows.get();
    }

    /** Rows of each page reported as written, in the order reported. */
    public List<Long> pageRows() {
        return pageRows;
    }

    public List<String> events() {
        return events;
    }

    @Override
    public void phase(String phase, int itemsDone, int itemsTotal) {
        // Phases are not asserted on.
    }

    @Override
    public void progress(String table, long rowCount, long bytes) {
        rows.addAndGet(rowCount);
        pageRows.add(rowCount);
    }

    @Override
    public void event(String message) {
        events.add(message);
    }

    @Override
    public Optional<String> loadCheckpoint(String key) {
        return Optional.ofNullable(checkpoints.get(key));
    }

    @Override
    public void saveCheckpoint(String key, String state) {
        checkpoints.put(key, state);
    }

    @Override
    public void throwIfCancelled() {
        if (checksBeforeStop.getAndDecrement() == 0) {
            throw new Stop();
        }
    }
}
