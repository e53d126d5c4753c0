package dev.ferry.cli;

import dev.ferry.copy.CopyListener;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a CLI migration: a live bar redrawn in place on a terminal, plain phase lines
 * otherwise (logs, pipes). Checkpoints live in memory: a CLI run that stops starts over.
 */
final class ConsoleProgress implements CopyListener {

    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_INTERVAL_MS = 200;

    private final PrintStream out;
    private final boolean terminal;
    private final long estimatedRows;
    private final long started = System.currentTimeMillis();
    private final Map<String, String> checkpoints = new ConcurrentHashMap<>();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile String phase = "";
    private volatile String items = "";
    private volatile long lastDraw;

    ConsoleProgress(PrintStream out, boolean terminal, long estimatedRows) {
        this.out = out;
        this.terminal = terminal;
        this.estimatedRows = Math.max(1, estimatedRows);
    }

    @Override
    public synchronized void phase(String name, int done, int total) {
        boolean changed = !name.equals(phase);
        phase = name;
        items = done + "/" + total;
        if (changed && !terminal) {
            out.println("… " + name);
        }
        draw(changed);
    }

    @Override
    public void progress(String table, long rowCount, long byteCount) {
        rows.addAndGet(rowCount);
        bytes.addAndGet(byteCount);
        draw(false);
    }

    @Override
    public synchronized void event(String message) {
        clearLine();
        out.println(message);
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
        // Ctrl-C ends the process; there is nothing to cancel cooperatively.
    }

    synchronized void finish() {
        clearLine();
    }

    private synchronized void draw(boolean force) {
        long now = System.currentTimeMillis();
        if (!terminal || (!force && now - lastDraw < REDRAW_INTERVAL_MS)) {
            return;
        }
        lastDraw = now;
        long done = rows.get();
        double fraction = Math.min(1.0, (double) done / estimatedRows);
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        double seconds = Math.max(0.001, (now - started) / 1000.0);
        out.printf("\r[%s%s] %3d%% %-12s %-7s %,d rows  %.1f MB/s ",
                "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), Math.round(fraction * 100), phase, items, done,
                bytes.get() / seconds / 1_000_000);
        out.flush();
    }

    private void clearLine() {
        if (terminal) {
            out.print("\r" + " ".repeat(100) + "\r");
        }
    }
}
