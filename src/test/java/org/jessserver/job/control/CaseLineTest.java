package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CaseLineTest {

    @Test
    void onlyASchedulersJobAndTaskIsShown() {
        assertEquals("slurm:12_3", CaseLine.shownRun("slurm:12_3"));
        assertNull(CaseLine.shownRun("local:123@host-abcd1234"));
        assertNull(CaseLine.shownRun("slurm:123@host-abcd1234"));
        assertNull(CaseLine.shownRun(null));
    }
}
