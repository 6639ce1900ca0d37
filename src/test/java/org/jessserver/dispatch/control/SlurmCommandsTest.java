package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlurmCommandsTest {

    @Test
    void readsTheToolsReplies() throws IOException {
        assertEquals("42", SlurmCommands.jobId("42\n"));
        assertEquals("42", SlurmCommands.jobId("42;cluster\n"));
        assertThrows(IOException.class, () -> SlurmCommands.jobId("sbatch: error: Batch job submission failed"));
        assertEquals(Map.of("7_0", "RUNNING", "7_1", "PENDING"), SlurmCommands.tasks("7_0|RUNNING\n7_1|PENDING\n\n"));
        assertEquals(List.of(List.of(1, 2), List.of(3)), SlurmCommands.chunks(List.of(1, 2, 3), 2));
    }

    @Test
    void aToolsFailureSaysWhatItWrote() {
        IOException e = assertThrows(IOException.class, () -> SlurmCommands.run(List.of("/bin/sh", "-c", "echo no; exit 2")));
        assertEquals("/bin/sh failed (exit 2): no", e.getMessage());
    }

    @Test
    void anUnreachableControllerIsToldFromARefusal() {
        // what sbatch 22.05 prints while slurmctld is stopped (after 9 s of retries)
        assertTrue(SlurmCommands.unreachable(new IOException("sbatch failed (exit 1): sbatch: error: Batch job"
                + " submission failed: Unable to contact slurm controller (connect failure)")));
        assertTrue(SlurmCommands.unreachable(new IOException("sbatch did not answer within 30 s")));
        assertFalse(SlurmCommands.unreachable(new IOException("sbatch failed (exit 1): sbatch: error: Batch job"
                + " submission failed: Invalid partition name specified")));
    }
}
