package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jessserver.engine.control.RunningCase;
import org.jessserver.job.entity.CaseKey;

/** The case runs this instance has in progress, so that they can be stopped (cancel, shutdown). */
@ApplicationScoped
public class RunningCases {

    private final Map<CaseKey, RunningCase> runs = new ConcurrentHashMap<>();

    /** Runs given up by this instance (its leases were not renewed): their cases are no longer its to record. */
    private final Set<CaseKey> abandoned = ConcurrentHashMap.newKeySet();

    /**
     * Cases given up that the database may still record as this instance's, since putting them back in the queue
     * needs the database that was lost: their leases must expire rather than be renewed by this instance's heartbeat
     * once the database is back, or nobody would ever run them again.
     */
    private final Set<CaseKey> givenUp = ConcurrentHashMap.newKeySet();

    /** When each run's case was claimed (System.nanoTime()): its lease runs from then, whatever the heartbeat did. */
    private final Map<CaseKey, Long> claimedAt = new ConcurrentHashMap<>();

    void add(CaseKey key, RunningCase run, long claimedNanos) {
        claimedAt.put(key, claimedNanos);
        runs.put(key, run);
    }

    void remove(CaseKey key) {
        runs.remove(key);
        claimedAt.remove(key);
        abandoned.remove(key);
    }

    /** When the run's case was claimed, by System.nanoTime(); empty when no run of it is in progress. */
    OptionalLong claimedAt(CaseKey key) {
        Long at = claimedAt.get(key);
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    /** Marks the run as given up and returns it, for the caller to stop; null when it has ended meanwhile. */
    RunningCase abandon(CaseKey key) {
        // atomic with the run's removal: a run that has ended must not mark a later run of its case
        return runs.computeIfPresent(key, (k, run) -> {
            abandoned.add(k);
            givenUp.add(k);
            return run;
        });
    }

    /** This instance holds the case again (claimed afresh, or with an outcome to record) or has released it. */
    void settled(CaseKey key) {
        givenUp.remove(key);
    }

    /** Cases whose leases this instance must not renew: see {@link #givenUp}. */
    public Set<CaseKey> givenUp() {
        return Set.copyOf(givenUp);
    }

    boolean abandoned(CaseKey key) {
        return abandoned.contains(key);
    }

    public RunningCase get(CaseKey key) {
        return runs.get(key);
    }

    public Set<CaseKey> keys() {
        return Set.copyOf(runs.keySet());
    }
}
