package org.jessserver.platform.control;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * What the server needs before it starts, each checked in a way that names the problem in one line:
 * a data folder it can write, an embedded database file that no other process holds, a database
 * server that answers.
 */
public final class StartChecks {

    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private StartChecks() {
    }

    /** Creates the folder if need be and writes a file in it; the problem in words if that fails. */
    public static Optional<String> dataFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".jess-write-check", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("data folder " + dir + " is not writable (" + reason(e) + ")");
        }
    }

    /**
     * Whether another process holds the H2 file: H2 locks it for as long as it has the database open.
     * A server stopped just before this one started may hold it for a few seconds more, so a held
     * file is tried again until the wait is over.
     */
    public static Optional<String> databaseFile(Path file, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<String> problem = heldOrUnreadable(file);
            if (problem.isEmpty() || !problem.get().contains("in use") || System.nanoTime() > deadline) {
                return problem;
            }
            Thread.sleep(250);
        }
    }

    /**
     * Whether the database server accepts connections at all (a wrong password or database name is
     * left to the deployment). A server that is just starting gets until the end of the wait.
     */
    public static Optional<String> databaseServer(InetSocketAddress server, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(server.getHostString(), server.getPort()), CONNECT_TIMEOUT_MILLIS);
                return Optional.empty();
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    return Optional.of("database server " + server.getHostString() + ":" + server.getPort()
                            + " does not answer (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
                }
            }
            Thread.sleep(250);
        }
    }

    private static Optional<String> heldOrUnreadable(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty(); // created on first start
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return Optional.of(inUse(file));
            }
            lock.release();
            return Optional.empty();
        } catch (OverlappingFileLockException e) {
            return Optional.of(inUse(file));
        } catch (IOException e) {
            return Optional.of("database file " + file + " cannot be opened (" + reason(e) + ")");
        }
    }

    private static String inUse(Path file) {
        return "database file " + file + " is in use by another process (another jess-server on this data folder?)";
    }

    /** The cause as a few words; Java's file exceptions carry only the path as their message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return e.getMessage() + " is not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + " does not exist";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
