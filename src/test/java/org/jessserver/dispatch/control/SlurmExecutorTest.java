package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlurmExecutorTest {

    @Test
    void roomComesInWholeTasks() {
        assertEquals(7, SlurmExecutor.roomInTasks(7, 1));
        assertEquals(0, SlurmExecutor.roomInTasks(99, 100));
        assertEquals(300, SlurmExecutor.roomInTasks(350, 100));
        // a task larger than all the places an instance has is one task of all of them
        assertEquals(SlurmExecutor.IN_SLURM, SlurmExecutor.roomInTasks(SlurmExecutor.IN_SLURM, 5000));
        assertEquals(0, SlurmExecutor.roomInTasks(SlurmExecutor.IN_SLURM - 1, 5000));
        assertEquals(0, SlurmExecutor.roomInTasks(-3, 1));
    }

    @Test
    void adoptsOnlyRunsThatNameTheirSlurmTask() {
        SlurmExecutor slurm = new SlurmExecutor();
        assertTrue(slurm.adopts("slurm:1234_0"));
        assertTrue(slurm.adopts("slurm:98765_1999"));
        // claimed, but its sbatch had not answered when the instance was lost: nothing to follow
        assertFalse(slurm.adopts("slurm:host-1234-ab12cd34"));
        assertFalse(slurm.adopts("local:host-1234-ab12cd34"));
        assertFalse(slurm.adopts("slurm:1234"));
        assertFalse(slurm.adopts(null));
    }
}
