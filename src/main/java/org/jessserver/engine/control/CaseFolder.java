package org.jessserver.engine.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The folder of one case attempt: made ready for a run, with any run left over from an earlier server stopped first. */
final class CaseFolder {

    private static final Logger LOG = Logger.getLogger(CaseFolder.class.getName());

    /**
     * Holds the {@link RunMarker} of the folder's latest run, so that a restarted server can find a run its predecessor
     * left behind; an older server wrote the bare pid of the run, which is still understood.
     */
    static final String PID_FILE = ".jess-pid";

    private static final Duration STALE_GRACE = Duration.ofSeconds(2);

    private static final long BUSY_POLL_MILLIS = 100;

    private final Path dir;
    private final Duration busyWait;

    CaseFolder(Path dir) {
        this(dir, Duration.ZERO);
    }

    /** {@code busyWait}: how long {@link #prepare} waits for another live server's run in the folder to end. */
    CaseFolder(Path dir, Duration busyWait) {
        this.dir = dir.toAbsolutePath().normalize();
        this.busyWait = busyWait;
    }

    Path path() {
        return dir;
    }

    /** Creates the folder, or stops what an earlier attempt still runs in it and empties it of all but {@code keep}. */
    void prepare(Set<Path> keep) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            return;
        }
        Set<Path> keptFolders = foldersOf(keep);
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.allMatch(p -> keep.contains(p) || keptFolders.contains(p))) {
                return;
            }
        }
        awaitFree();
        empty(keep, keptFolders);
    }

    /** Stops leftovers; a run of another live server is waited for instead, and refused if it goes on. */
    private void awaitFree() throws IOException {
        long deadline = System.nanoTime() + busyWait.toNanos();
        for (Optional<String> busy = stopLeftovers(); busy.isPresent(); busy = stopLeftovers()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new CaseBusyException(busy.get());
            }
            try {
                Thread.sleep(BUSY_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CaseBusyException(busy.get());
            }
        }
    }

    /** The folders inside this one that hold the given files. */
    private Set<Path> foldersOf(Set<Path> files) {
        Set<Path> out = new HashSet<>();
        for (Path f : files) {
            for (Path p = f.getParent(); p != null && p.startsWith(dir) && !p.equals(dir); p = p.getParent()) {
                out.add(p);
            }
        }
        return out;
    }

    void record(RunMarker marker) throws IOException {
        marker.write(dir.resolve(PID_FILE));
    }

    /**
     * Stops what earlier runs of this case still run here, unless the folder's latest run is of another server of this
     * host that is still alive: that one is not ours to stop, and the reply then says why the folder is busy. The
     * recorded run is known by its pid and start time; an engine orphaned by its wrapper (a server older than the
     * case watcher, killed with SIGKILL) is found by its "-d folder" argument.
     */
    Optional<String> stopLeftovers() {
        long self = ProcessHandle.current().pid();
        Optional<RunMarker> marker = readMarker();
        if (marker.isPresent() && marker.get().ofAnotherLiveServer()) {
            RunMarker m = marker.get();
            boolean inUse = m.run().isPresent() || !writersHere(self).isEmpty();
            return inUse ? Optional.of("Case folder " + dir + " is in use by process " + m.pid()
                    + " of another live server (process " + m.server() + ") on this host") : Optional.empty();
        }
        if (marker.isPresent()) {
            marker.get().run().filter(h -> h.pid() != self).ifPresent(this::stopStale);
        } else {
            // an older server's bare pid, trusted only while its command line still names this folder
            recordedPid().flatMap(ProcessHandle::of)
                    .filter(h -> h.pid() != self && arguments(h.pid()).stream().anyMatch(this::mentionsDir))
                    .ifPresent(this::stopStale);
        }
        writersHere(self).forEach(this::stopStale);
        return Optional.empty();
    }

    private List<ProcessHandle> writersHere(long self) {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(h -> h.pid() != self && outputsHere(arguments(h.pid()))).toList();
        }
    }

    private Optional<RunMarker> readMarker() {
        try {
            return RunMarker.read(dir.resolve(PID_FILE));
        } catch (IOException e) {
            LOG.warning(() -> "Unreadable " + dir.resolve(PID_FILE) + ": " + e);
            return Optional.empty();
        }
    }

    private void stopStale(ProcessHandle h) {
        if (ProcessTree.alive(h)) {
            LOG.warning(() -> "Stopping process " + h.pid() + " left running in " + dir + " by an earlier attempt");
            new ProcessTree(h).stop(STALE_GRACE);
        }
    }

    private Optional<Long> recordedPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(dir.resolve(PID_FILE), StandardCharsets.US_ASCII).trim()));
        } catch (NoSuchFileException | NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warning(() -> "Unreadable " + dir.resolve(PID_FILE) + ": " + e);
            return Optional.empty();
        }
    }

    /** True for an argument naming this folder or a path inside it, also embedded ("x /cases/7"), but not /cases/70. */
    boolean mentionsDir(String arg) {
        String d = dir.toString();
        for (int at = arg.indexOf(d); at >= 0; at = arg.indexOf(d, at + 1)) {
            int end = at + d.length();
            boolean startsPath = at == 0 || !(nameChar(arg.charAt(at - 1)) || arg.charAt(at - 1) == '/');
            boolean endsDir = end == arg.length() || !nameChar(arg.charAt(end));
            if (startsPath && endsDir) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }

    private boolean outputsHere(List<String> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-d") && Path.of(args.get(i + 1)).normalize().equals(dir)) {
                return true;
            }
        }
        return false;
    }

    /** The command line from /proc; empty where there is none (another OS, or the process is gone). */
    private static List<String> arguments(long pid) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            args.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
        }
        return args;
    }

    /** Deletes everything in the folder but the kept files and the folders that hold them. */
    private void empty(Set<Path> keep, Set<Path> keptFolders) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!keep.contains(file)) {
                    Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!keptFolders.contains(d) && !d.equals(dir)) {
                    Files.deleteIfExists(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
