package org.jessserver.account.control;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fixed number of threads for password hashing, with a bounded queue of work waiting for them: a flood
 * of log-ons keeps at most that many cores busy, and beyond the queue's room work is refused at once
 * (RejectedExecutionException) rather than left waiting without end.
 */
final class HashingPool {

    private final ThreadPoolExecutor executor;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    HashingPool(int threads, int queue, ThreadFactory factory, String name) {
        AtomicInteger serial = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), r -> {
                    Thread t = factory.newThread(() -> {
                        inside.set(true);
                        r.run();
                    });
                    t.setName(name + "-" + serial.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the task on the pool; refused at once (RejectedExecutionException) when the queue is full. */
    <T> CompletableFuture<T> submit(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, executor);
    }

    /** Runs the task on the pool and waits for it; on one of the pool's own threads it runs in place. */
    <T> T call(Supplier<T> task) {
        if (inside.get()) {
            return task.get();
        }
        try {
            return submit(task).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
