package org.jessserver.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that the server brings about, with a deadline, instead of sleeping and hoping. */
public final class Await {

    private Await() {
    }

    /** Returns once the condition holds; fails naming what did not happen when the limit passes first. */
    public static void until(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            Thread.sleep(20);
        }
    }
}
