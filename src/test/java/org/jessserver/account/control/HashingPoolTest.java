package org.jessserver.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HashingPoolTest {

    private final HashingPool pool = new HashingPool(2, 100, Executors.defaultThreadFactory(), "test-hashing");

    @AfterEach
    void stop() {
        pool.shutdown();
    }

    @Test
    void noMoreTasksRunAtOnceThanThePoolHasThreads() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(pool.submit(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                busy(5);
                running.decrementAndGet();
                return 1;
            }));
        }
        // callers that wait (account creation, password change) share the same bound
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> pool.call(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                busy(5);
                return running.decrementAndGet();
            }));
            t.start();
            waiting.add(t);
        }
        assertEquals(40, CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .thenApply(v -> all.stream().mapToInt(CompletableFuture::join).sum()).get(30, TimeUnit.SECONDS));
        for (Thread t : waiting) {
            t.join(30_000);
        }
        assertEquals(2, most.get());
    }

    @Test
    void workBeyondTheQueueIsRefusedAtOnce() throws Exception {
        HashingPool small = new HashingPool(1, 2, Executors.defaultThreadFactory(), "test-small");
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < 3; i++) { // one running, two waiting
                small.submit(() -> await(release));
            }
            assertThrows(RejectedExecutionException.class, () -> small.submit(() -> true));
            assertThrows(RejectedExecutionException.class, () -> small.call(() -> true));
        } finally {
            release.countDown();
            small.shutdown();
        }
    }

    @Test
    void aCallFromThePoolsOwnThreadRunsInPlaceInsteadOfWaitingForItself() throws Exception {
        HashingPool one = new HashingPool(1, 10, Executors.defaultThreadFactory(), "test-one");
        try {
            String name = one.submit(() -> one.call(() -> Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
            assertTrue(name.startsWith("test-one-"), name);
        } finally {
            one.shutdown();
        }
    }

    @Test
    void aFailureInACallReachesTheCallerAsItself() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.call(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", e.getMessage());
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
