package org.jessserver.engine.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jessserver.platform.control.HostProcess;

/**
 * Who runs a case folder: the run's top process and the server that started it, each as pid and start time (clock
 * ticks after boot, from /proc), on which host and boot. Pids are reused; a pid together with its start time on one
 * boot of one host is not, so a process is taken for the recorded one only when all of these match.
 */
record RunMarker(String host, String boot, long pid, long start, long server, long serverStart) {

    private static final String HOST = HostProcess.current().host();
    private static final String BOOT = HostProcess.current().boot();
    private static final long SELF = HostProcess.current().pid();
    private static final long SELF_START = HostProcess.current().start();

    /** The marker of a run just started by this server; a run already over gets start -1 and matches nothing. */
    static RunMarker ofNewRun(long pid) {
        return new RunMarker(HOST, BOOT, pid, startTicks(pid).orElse(-1), SELF, SELF_START);
    }

    boolean onThisHost() {
        return HOST.equals(host) && BOOT.equals(boot);
    }

    /** The recorded run's top process, while it is still the process that was recorded. */
    Optional<ProcessHandle> run() {
        return onThisHost() && running(pid, start) ? ProcessHandle.of(pid) : Optional.empty();
    }

    /** Started by this very server process. */
    boolean ours() {
        return onThisHost() && server == SELF && serverStart == SELF_START;
    }

    /** Started by another server process of this host that is still alive: not ours to stop. */
    boolean ofAnotherLiveServer() {
        return onThisHost() && !ours() && running(server, serverStart);
    }

    /** Written beside the run, in full or not at all, since a restarted server reads it any time. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, "host=" + host + "\nboot=" + boot + "\npid=" + pid + "\nstart=" + start
                + "\nserver=" + server + "\nserver-start=" + serverStart + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The marker in the file; empty when there is none or it is of the older kind, a bare pid. */
    static Optional<RunMarker> read(Path file) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RunMarker(fields.get("host"), fields.get("boot"), Long.parseLong(fields.get("pid")),
                    Long.parseLong(fields.get("start")), Long.parseLong(fields.get("server")),
                    Long.parseLong(fields.get("server-start"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Alive, not a zombie, and started when recorded. */
    static boolean running(long pid, long start) {
        return start >= 0 && startTicks(pid).orElse(-2) == start;
    }

    /** Field 22 of /proc/pid/stat; empty for a process that is gone or a zombie. */
    static OptionalLong startTicks(long pid) {
        return HostProcess.startTicks(pid);
    }
}
