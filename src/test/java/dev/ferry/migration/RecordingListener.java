package dev.ferry.migration;

import dev.ferry.copy.CopyListener;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps checkpoints in memory and can stop a copy after a number of committed batches. */
final class RecordingListener implements CopyListener {

    /** Thrown to interrupt a copy, as a crash or a cancel would. */
    static final class Stop extends RuntimeException {
        Stop() {
            super("stopped by the test");
        }
    }

    final Map<String, String> checkpoints = new ConcurrentHashMap<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final AtomicLong rows = new AtomicLong();
    private final AtomicLong batchesLeft;

    RecordingListener() {
        this(Long.MAX_VALUE);
    }

    RecordingListener(long stopAfterBatches) {
        this.batchesLeft = new AtomicLong(stopAfterBatches);
    }

    @Override
    public void phase(String phase, int itemsDone, int itemsTotal) {
        // Phases are not asserted on.
    }

    @Override
    public void progress(String table, long rowCount, long bytes) {
        rows.addAndGet(rowCount);
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
        if (batchesLeft.decrementAndGet() < 0) {
            throw new Stop();
        }
    }

    /** Lets the next run go to the end (resume with the same checkpoints). */
    void unlimited() {
        batchesLeft.set(Long.MAX_VALUE);
    }
}
