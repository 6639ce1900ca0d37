package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jessserver.dispatch.control.VanishedTask.End;
import org.jessserver.dispatch.control.VanishedTask.Verdict;
import org.junit.jupiter.api.Test;

class VanishedTaskTest {

    /** scontrol -o show job's line for a task, shortened: the fields around the ones that count are as Slurm writes. */
    private static VanishedTask said(String state, String reason, String exit) {
        return VanishedTask.described("395_1", "JobId=396 ArrayJobId=395 ArrayTaskId=1 JobName=jess-1a2b3c4d"
                + " UserId=root(0) Priority=4294901757 Nice=0 JobState=" + state + " Reason=" + reason
                + " Dependency=(null) Requeue=0 Restarts=0 BatchFlag=1 ExitCode=" + exit
                + " RunTime=00:01:26 TimeLimit=00:01:00 NodeList=localhost BatchHost=localhost Power= \n");
    }

    @Test
    void aCancelByHandFailsTheCaseWithSlurmsWords() {
        assertEquals(new End(Verdict.FAILED, "Cancelled in Slurm outside jess-server"
                        + " (Slurm: JobState=CANCELLED Reason=None ExitCode=0:15)"),
                said("CANCELLED", "None", "0:15").end(false, false, false));
    }

    @Test
    void aCancelThroughJessServerIsAStopWhateverSlurmSays() {
        assertEquals(new End(Verdict.STOPPED, "Cancelled in Slurm (Slurm: JobState=CANCELLED Reason=None ExitCode=0:15)"),
                said("CANCELLED", "None", "0:15").end(false, true, false));
        // a pending task cancelled by another instance may leave no trace: the job's flag says it was a cancel
        assertEquals(new End(Verdict.STOPPED, "Cancelled in Slurm (Slurm no longer knows it)"),
                VanishedTask.unknown("395_4").end(false, true, false));
        assertEquals(new End(Verdict.STOPPED, "Stopped"), said("CANCELLED", "None", "0:15").end(true, false, false));
    }

    @Test
    void aTimeLimitNamesTheLimit() {
        assertEquals(new End(Verdict.FAILED, "Slurm task 395_1 ran past its time limit of 00:01:00"
                        + " (Slurm: JobState=TIMEOUT Reason=TimeLimit ExitCode=0:15)"),
                said("TIMEOUT", "TimeLimit", "0:15").end(false, false, false));
    }

    @Test
    void aFailedNodeNamesTheNode() {
        assertEquals(new End(Verdict.FAILED, "Slurm task 395_1 was ended by the failure of its node localhost"
                        + " (Slurm: JobState=NODE_FAIL Reason=NodeDown ExitCode=0:0)"),
                said("NODE_FAIL", "NodeDown", "0:0").end(false, false, false));
    }

    @Test
    void aTaskThatLeftNoWordWaitsForTheGraceThenFails() {
        VanishedTask unknown = VanishedTask.unknown("395_4");
        assertEquals(Verdict.WAIT, unknown.end(false, false, false).verdict());
        assertEquals(new End(Verdict.FAILED, "Slurm task 395_4 ended without running the case to its end"
                + " (Slurm no longer knows it)"), unknown.end(false, false, true));
        assertEquals(Verdict.WAIT, said("FAILED", "NonZeroExitCode", "1:0").end(false, false, false).verdict());
        assertEquals(new End(Verdict.FAILED, "Slurm task 395_1 ended without running the case to its end"
                        + " (Slurm: JobState=FAILED Reason=NonZeroExitCode ExitCode=1:0)"),
                said("FAILED", "NonZeroExitCode", "1:0").end(false, false, true));
    }
}
