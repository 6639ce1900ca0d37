package org.jessserver.engine.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** A process together with all its descendants, stopped as one: SIGTERM to every member, then SIGKILL to the rest. */
final class ProcessTree {

    private static final Logger LOG = Logger.getLogger(ProcessTree.class.getName());

    /** How long to wait for SIGKILLed processes to disappear; only a process stuck in the kernel takes longer. */
    static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private static final long POLL_MILLIS = 20;

    private final ProcessHandle top;

    ProcessTree(ProcessHandle top) {
        this.top = top;
    }

    /** The living members now: the top process and every descendant, including those orphaned by a dead member. */
    Set<ProcessHandle> members() {
        Set<ProcessHandle> members = new LinkedHashSet<>();
        collect(members);
        members.removeIf(h -> !alive(h));
        return members;
    }

    /** CPU used so far by the living members; a stand-in for when the engine's own accounting never gets written. */
    long cpuMillis() {
        return members().stream()
                .mapToLong(h -> h.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
                .sum();
    }

    /**
     * Stops every member; returns once none is left (or {@link #KILL_WAIT} after SIGKILL has passed). Every member is
     * signalled directly because a shell defers signals while it waits for a foreground child, and a child whose
     * parent dies first is re-parented out of the tree, so membership is remembered and re-collected throughout.
     */
    void stop(Duration grace) {
        Set<ProcessHandle> members = new LinkedHashSet<>();
        collect(members);
        if (members.stream().noneMatch(ProcessTree::alive)) {
            return;
        }
        boolean interrupted = false;
        try {
            members.forEach(ProcessHandle::destroy);
            Outcome term = awaitGone(members, deadline(grace), ProcessHandle::destroy);
            interrupted = term == Outcome.INTERRUPTED;
            if (term == Outcome.GONE) {
                return;
            }
            members.forEach(ProcessHandle::destroyForcibly);
            Outcome kill;
            do {
                // an interrupt must not leave processes behind: the kill wait is short and bounded anyway
                kill = awaitGone(members, deadline(KILL_WAIT), ProcessHandle::destroyForcibly);
                interrupted |= kill == Outcome.INTERRUPTED;
            } while (kill == Outcome.INTERRUPTED);
            if (kill == Outcome.LEFT) {
                List<Long> left = members.stream().filter(ProcessTree::alive).map(ProcessHandle::pid)
                        .collect(Collectors.toList());
                LOG.warning(() -> "Processes " + left + " of tree " + top.pid() + " survived SIGKILL for " + KILL_WAIT);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Adds descendants of living members until no new ones appear, since children may spawn children meanwhile. */
    private void collect(Set<ProcessHandle> members) {
        if (alive(top)) {
            members.add(top);
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ProcessHandle member : List.copyOf(members)) {
                // isAlive, inside alive(), compares start times: a recycled pid and its children are not ours
                if (alive(member)) {
                    for (ProcessHandle d : (Iterable<ProcessHandle>) member.descendants()::iterator) {
                        grew |= members.add(d);
                    }
                }
            }
        }
    }

    private enum Outcome { GONE, LEFT, INTERRUPTED }

    /** Polls until every member is gone; newcomers spawned meanwhile are collected and get the same signal. */
    private Outcome awaitGone(Set<ProcessHandle> members, long deadlineNanos, Consumer<ProcessHandle> signal) {
        while (true) {
            Set<ProcessHandle> before = Set.copyOf(members);
            collect(members);
            members.stream().filter(h -> !before.contains(h)).forEach(signal);
            if (members.stream().noneMatch(ProcessTree::alive)) {
                return Outcome.GONE;
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return Outcome.LEFT;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                return Outcome.INTERRUPTED;
            }
        }
    }

    /**
     * ProcessHandle.isAlive counts zombies as alive, and an orphan stays a zombie until init reaps it, which takes
     * seconds under some container inits and never when the JVM itself is pid 1; a zombie is dead for our purposes.
     */
    static boolean alive(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"), StandardCharsets.US_ASCII);
            int close = stat.lastIndexOf(')');
            char state = close >= 0 && close + 2 < stat.length() ? stat.charAt(close + 2) : '?';
            return state != 'Z' && state != 'X' && state != 'x';
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            // no /proc here: trust the JVM
            return true;
        }
    }

    private static long deadline(Duration d) {
        Duration bounded = d == null || d.isNegative() ? Duration.ZERO
                : d.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : d;
        return System.nanoTime() + bounded.toNanos();
    }
}
