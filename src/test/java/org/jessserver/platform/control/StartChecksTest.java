package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartChecksTest {

    @TempDir
    Path dir;

    @Test
    void aMissingDataFolderIsCreatedAndLeftEmpty() throws Exception {
        Path data = dir.resolve("a/b");
        assertEquals(Optional.empty(), StartChecks.dataFolder(data));
        try (var files = Files.list(data)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aDataFolderBelowAFileIsNamedWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertEquals(Optional.of("data folder " + file.resolve("data") + " is not writable (not a directory)"),
                StartChecks.dataFolder(file.resolve("data")));
    }

    @Test
    void aDataFolderThatIsAFileIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertEquals(Optional.of("data folder " + file + " is not writable (" + file + " is not a folder)"),
                StartChecks.dataFolder(file));
    }

    @Test
    void aDatabaseFileThatIsNotThereYetIsFine() throws Exception {
        assertEquals(Optional.empty(), StartChecks.databaseFile(dir.resolve("db/jess.mv.db"), Duration.ZERO));
    }

    @Test
    void aFreeDatabaseFileIsFineAndLeftUnlocked() throws Exception {
        Path db = Files.writeString(dir.resolve("jess.mv.db"), "");
        assertEquals(Optional.empty(), StartChecks.databaseFile(db, Duration.ZERO));
        assertEquals(Optional.empty(), StartChecks.databaseFile(db, Duration.ZERO));
    }

    @Test
    void aHeldDatabaseFileIsNamedAfterTheWait() throws Exception {
        Path db = Files.writeString(dir.resolve("jess.mv.db"), "");
        try (FileChannel c = FileChannel.open(db, StandardOpenOption.WRITE); var lock = c.lock()) {
            long start = System.nanoTime();
            Optional<String> problem = StartChecks.databaseFile(db, Duration.ofMillis(600));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(600).toNanos(), "waited");
            assertEquals(Optional.of("database file " + db
                    + " is in use by another process (another jess-server on this data folder?)"), problem);
        }
    }

    @Test
    void aDatabaseServerThatAnswersIsFineAndOneThatDoesNotIsNamed() throws Exception {
        int port;
        try (ServerSocket open = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = open.getLocalPort();
            assertEquals(Optional.empty(),
                    StartChecks.databaseServer(InetSocketAddress.createUnresolved("127.0.0.1", port), Duration.ZERO));
        }
        assertEquals(Optional.of("database server 127.0.0.1:" + port + " does not answer (Connection refused)"),
                StartChecks.databaseServer(InetSocketAddress.createUnresolved("127.0.0.1", port), Duration.ZERO));
    }
}
