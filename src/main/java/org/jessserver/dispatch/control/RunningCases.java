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

    void add(CaseKey key, RunningCase run) {
        runs.put(key, run);
    }

    void remove(CaseKey key) {
        runs.remove(key);
    }

    public RunningCase get(CaseKey key) {
        return runs.get(key);
    }

    public Set<CaseKey> keys() {
        return Set.copyOf(runs.keySet());
    }
}
