package dev.ferry.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, polling; fails the test naming what never happened. */
public final class Await {

    /** Generous: the test machine is shared and small. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 25;

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, () -> condition.getAsBoolean(), Boolean.TRUE::equals);
    }

    /** Polls {@code supplier} until {@code condition} holds for its value, and returns that value. */
    public static <T> T until(String what, Supplier<T> supplier, Predicate<T> condition) {
        return until(what, DEFAULT_TIMEOUT, supplier, condition);
    }

    /** As {@link #until(String, Supplier, Predicate)}, for work that takes longer than the default. */
    public static <T> T until(String what, Duration timeout, Supplier<T> supplier, Predicate<T> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = supplier.get();
            if (condition.test(last)) {
                return last;
            }
            pause();
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + "s waiting for: " + what
                + " (last value: " + last + ")");
    }

    private static void pause() {
        try {
            // A polling interval, not a guess at how long something takes.
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }
}
