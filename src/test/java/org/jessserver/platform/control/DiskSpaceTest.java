package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsRecognisedByWhatTheSystemSaysAnywhereInTheCauses() {
        assertTrue(DiskSpace.causedBy(new IOException("No space left on device")));
        assertTrue(DiskSpace.causedBy(new FileSystemException("/data/jobs/7/x", null, "No space left on device")));
        assertTrue(DiskSpace.causedBy(new IOException("Disk quota exceeded")));
        assertTrue(DiskSpace.causedBy(new EJBException(new UncheckedIOException(new IOException("No space left on device")))));
        // as the container's multipart reader throws it: a bad request around its parser's exception around the write's
        assertTrue(DiskSpace.causedBy(new RuntimeException("HTTP 400 Bad Request",
                new RuntimeException(new IOException("No space left on device")))));
        assertFalse(DiskSpace.causedBy(new IOException("Permission denied")));
        assertFalse(DiskSpace.causedBy(new IllegalStateException("No space left on device")));
        assertFalse(DiskSpace.causedBy(new IOException((String) null)));
    }

    @Test
    void aRefusalNamesTheWorkAndTheSystemsWordsButNotThePath() {
        RuntimeException e = DiskSpace.unchecked(new FileSystemException("/secret/data/jobs/7/x", null,
                "No space left on device"), "store the upload");
        assertInstanceOf(DiskFullException.class, e);
        assertEquals("Not enough disk space on the server to store the upload (No space left on device)", e.getMessage());
    }

    @Test
    void aRefusalTakesTheSystemsWordsFromTheInnermostCauseNotAWrappersPath() {
        IOException wrapped = new IOException("Could not record the pid of the run in /secret/data/jobs/2: "
                + "No space left on device", new FileSystemException("/secret/data/jobs/2/.jess-pid", null,
                "No space left on device"));
        assertEquals("Not enough disk space on the server to run the case (No space left on device)",
                DiskSpace.refusal("run the case", wrapped).getMessage());
    }

    @Test
    void aRefusalAlreadyMadeKeepsItsWordsWhenFoundWrapped() {
        DiskFullException made = DiskSpace.refusal("store the upload", new IOException("No space left on device"));
        assertEquals(made, DiskSpace.refusal(DiskSpace.ANY_REQUEST, new EJBException(made)));
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        IOException denied = new IOException("Permission denied");
        RuntimeException e = DiskSpace.unchecked(denied, "store the upload");
        assertInstanceOf(UncheckedIOException.class, e);
        assertEquals(denied, e.getCause());
    }

    @Test
    void theReserveRefusesAWriteThatWouldEatIntoIt() {
        DiskFullException e = assertThrows(DiskFullException.class,
                () -> new DiskSpace(Long.MAX_VALUE / 2).require(dir, 1, "store the upload"));
        assertTrue(e.getMessage().startsWith("Not enough disk space on the server to store the upload ("), e.getMessage());
        assertTrue(e.getMessage().contains("kept in reserve"), e.getMessage());
        new DiskSpace(1).require(dir, 1, "store the upload");
        new DiskSpace(0).require(dir, Long.MAX_VALUE / 2, "store the upload");
    }

    @Test
    void aFailureOnANearlyFullDiskIsPutDownToIt() {
        assertTrue(new DiskSpace(Long.MAX_VALUE / 2).shortage(dir).orElseThrow().endsWith("free on the data folder's disk"));
        assertTrue(new DiskSpace(0).shortage(dir).isEmpty());
    }
}
