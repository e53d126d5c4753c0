package dev.ferry.copy;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a thread or a pool to finish even when the waiting thread is interrupted (another
 * table failed and cancelled this one): connections must not close under work still running.
 * The interrupt is kept for the caller once the wait is over.
 */
final class Uninterruptibly {

    /** One bounded wait that an interrupt may cut short. */
    @FunctionalInterface
    interface TimedWait {
        void await(long nanos) throws InterruptedException;
    }

    private Uninterruptibly() {
    }

    /** Waits until {@code finished} holds or {@code limit} has passed. */
    static void await(Duration limit, BooleanSupplier finished, TimedWait wait) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + limit.toNanos();
        while (!finished.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                wait.await(deadline - System.nanoTime());
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
