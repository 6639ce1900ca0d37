package org.jessserver.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The disk of the data folder: a reserve of free space that uploads may not take (JESS_DISK_RESERVE_BYTES), so that
 * the database, the logs and running simulations keep room, and how a full disk is told apart from other I/O failures.
 */
@ApplicationScoped
public class DiskSpace {

    /** How often a long write looks at the free space again: once per buffer would cost more than the copy. */
    public static final long CHECK_EVERY = 1L << 20;

    /** What a refusal names when the failed write was not one of the server's own (the container buffering a body). */
    public static final String ANY_REQUEST = "complete the request";

    /** Below this many free bytes a failed run is put down to the disk, even with no reserve configured. */
    static final long NEARLY_FULL = 1L << 20;

    private static final Logger LOG = Logger.getLogger(DiskSpace.class.getName());

    /** What Linux (ENOSPC, EDQUOT) and Windows say when a write finds no room; Java passes them on as plain IOExceptions. */
    private static final List<String> FULL = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk");

    @Inject
    @ConfigProperty(name = "jess.disk.reserve.bytes")
    ByteSize reserve;

    public DiskSpace() {
    }

    public DiskSpace(long reserveBytes) {
        this.reserve = new ByteSize(reserveBytes);
    }

    /** Refuses, naming what could not be done, when writing {@code more} bytes in {@code dir} would eat into the reserve. */
    public void require(Path dir, long more, String what) {
        if (reserve.bytes() <= 0) {
            return;
        }
        long free = usable(dir);
        if (free - more < reserve.bytes()) {
            throw refusal(what, DisplaySize.of(free) + " free, " + DisplaySize.of(reserve.bytes()) + " kept in reserve");
        }
    }

    /** True while the disk of {@code dir} has less free space than the reserve: no new work should start there. */
    public boolean belowReserve(Path dir) {
        return reserve.bytes() > 0 && usable(dir) < reserve.bytes();
    }

    /** "only 0 B free on the data folder's disk" when the disk of {@code dir} is (nearly) full, for a failure there. */
    public Optional<String> shortage(Path dir) {
        long free = usable(dir);
        return free < Math.max(reserve.bytes(), NEARLY_FULL)
                ? Optional.of("only " + DisplaySize.of(free) + " free on the data folder's disk") : Optional.empty();
    }

    /** True when the failure, or one of its causes, is a write that found the disk full. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof DiskFullException || t instanceof IOException && full(t)) {
                return true;
            }
        }
        return false;
    }

    /** The exception for a failed write: a refusal naming the full disk, else the failure as it is. */
    public static RuntimeException unchecked(IOException e, String what) {
        return causedBy(e) ? refusal(what, e) : new UncheckedIOException(e);
    }

    /** "Not enough disk space on the server to store the upload (No space left on device)". */
    public static DiskFullException refusal(String what, Throwable cause) {
        // one the server's code made already (wrapped on its way out of an EJB, say) keeps its words
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof DiskFullException d) {
                return d;
            }
        }
        return refusal(what, reason(cause));
    }

    private static DiskFullException refusal(String what, String detail) {
        String text = "Not enough disk space on the server to " + what + " (" + detail + ")";
        // the operator, not only the client, must learn of it
        LOG.warning(text);
        return new DiskFullException(text);
    }

    private static boolean full(Throwable t) {
        String text = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return FULL.stream().anyMatch(lower::contains);
    }

    /** The system's words without the path a FileSystemException puts in front, which is no business of the client. */
    /**
     * The system's own words, from the innermost cause that has them: an outer one's message may add the server's
     * paths ("Could not record ... in /data/jobs/2: No space left on device"), which a client must not see.
     */
    private static String reason(Throwable cause) {
        String words = "the disk is full";
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IOException && full(t)) {
                words = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
            }
        }
        return words;
    }

    private static long usable(Path dir) {
        try {
            Path p = dir;
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            // a disk we cannot ask is not refused for that: the write itself will tell
            return Long.MAX_VALUE;
        }
    }
}
