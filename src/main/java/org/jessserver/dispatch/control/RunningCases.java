package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jessserver.engine.control.RunningCase;
import org.jessserver.simcase.entity.CaseKey;

/** The case runs this instance has in progress, so that they can be stopped (cancel, shutdown). */
@ApplicationScoped
public class RunningCases {

    private final Map<CaseKey, RunningCase> runs = new ConcurrentHashMap<>();

    /** Runs given up by this instance (its leases were not renewed): their cases are no longer its to record. */
    private final Set<CaseKey> abandoned = ConcurrentHashMap.newKeySet();

    void add(CaseKey key, RunningCase run) {
        runs.put(key, run);
    }

    void remove(CaseKey key) {
        runs.remove(key);
        abandoned.remove(key);
    }

    /** Marks the run as given up and returns it, for the caller to stop; null when it has ended meanwhile. */
    RunningCase abandon(CaseKey key) {
        abandoned.add(key);
        return runs.get(key);
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
