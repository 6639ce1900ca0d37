package org.jessserver.dispatch.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jessserver.job.entity.CaseKey;

/**
 * The cases in the Slurm executor's hands. Each is reported once: its end first, then its place is freed, and its
 * batch's folder goes with the batch's last case.
 */
final class SlurmFlights {

    private static final Logger LOG = Logger.getLogger(SlurmFlights.class.getName());

    private final Map<CaseKey, SlurmFlight> flights = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();

    void add(SlurmFlight f) {
        active.incrementAndGet();
        flights.put(f.run.key(), f);
    }

    SlurmFlight get(CaseKey key) {
        return flights.get(key);
    }

    Collection<SlurmFlight> all() {
        return flights.values();
    }

    boolean isEmpty() {
        return flights.isEmpty();
    }

    /** Cases in Slurm's hands or on their way there. */
    int active() {
        return active.get();
    }

    /** Reports a case's end once, and only then frees its place (see {@link RunEndings#roomFreed}). */
    void report(SlurmFlight f, Runnable end) {
        if (!flights.remove(f.run.key(), f)) {
            return;
        }
        try {
            end.run();
        } finally {
            active.decrementAndGet();
            f.endings.roomFreed();
            SlurmFlight.Batch b = f.batch;
            if (b != null && b.left().decrementAndGet() == 0) {
                delete(b.dir());
            }
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.fine(() -> "Could not remove " + dir + ": " + e);
        }
    }
}
