package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostProcessTest {

    private final HostProcess self = HostProcess.current();

    @Test
    void thisProcessIsAliveAndItsNameGivesItBack() {
        assertTrue(self.alive());
        assertFalse(self.gone());
        assertEquals(Optional.of(self), HostProcess.parse(self.name()));
        assertTrue(self.name().matches("[A-Za-z0-9._-]+~[A-Za-z0-9._-]+~\\d+~\\d+"), self.name());
    }

    @Test
    void aProcessThatEndedIsGoneAndSoIsAReusedPidWithAnotherStartTime() throws Exception {
        Process p = new ProcessBuilder("true").start();
        HostProcess ended = new HostProcess(self.host(), self.boot(), p.pid(),
                HostProcess.startTicks(p.pid()).orElse(0));
        p.waitFor();
        assertTrue(ended.gone());
        assertTrue(new HostProcess(self.host(), self.boot(), self.pid(), self.start() + 1).gone());
    }

    @Test
    void aProcessOfAnEarlierBootOfThisHostIsGone() {
        assertTrue(new HostProcess(self.host(), "an-earlier-boot", self.pid(), self.start()).gone());
    }

    @Test
    void aProcessOfAnotherHostIsNeitherAliveNorGone() {
        HostProcess other = new HostProcess("other-host", self.boot(), self.pid(), self.start());
        assertFalse(other.alive());
        assertFalse(other.gone(), "another host's processes cannot be checked from here");
    }

    @Test
    void otherNamesNameNoProcess() {
        for (String name : new String[] {"", "x", "a~b~c~d", "a~b~1", "a~b~1~2~3", "~b~1~2", ".nfs0001"}) {
            assertEquals(Optional.empty(), HostProcess.parse(name), name);
        }
    }
}
