package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
