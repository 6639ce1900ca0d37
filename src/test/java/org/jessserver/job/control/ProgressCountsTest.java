package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobType;
import org.junit.jupiter.api.Test;

// the counts of a job in progress are written only by the database's bulk updates (Job has no setters),
// so of(Job) is seen here for a new job; the black-box job tests see it for running and ended ones
class ProgressCountsTest {

    private static int[] numbers(String progress) {
        return Arrays.stream(progress.split(", ", -1)).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void aJobJustSubmittedHasNoCasesYet() {
        Job j = new Job(1, "t", "d", JobType.EP_IDF, "in.idf", "in.epw", 100, 1_600_000_000_000L);
        ProgressCounts counts = ProgressCounts.of(j);
        assertEquals(new ProgressCounts(0, 0, 0, 0, 0, 0, 0, 0), counts);
        assertEquals("0, 0, 0, 0, 0, 0, 0", counts.progress());
    }

    @Test
    void theSeedExampleWhileQueuedShowsWaitingAndRunningCasesTogether() {
        // 12 waiting and 4 running are p5 = 16; 4 simulated, not yet collected
        assertEquals("20, 0, 0, 0, 16, 4, 0", new ProgressCounts(20, 0, 0, 0, 12, 4, 4, 0).progress());
    }

    @Test
    void theSeedExampleOnceCancelledKeepsTheSimulatedCases() {
        assertEquals("20, 0, 0, 12, 0, 8, 0", new ProgressCounts(20, 0, 0, 12, 0, 0, 8, 0).progress());
    }

    @Test
    void eachStateHasItsPlace() {
        assertEquals("1, 1, 0, 0, 0, 0, 0", new ProgressCounts(1, 1, 0, 0, 0, 0, 0, 0).progress());
        assertEquals("1, 0, 1, 0, 0, 0, 0", new ProgressCounts(1, 0, 1, 0, 0, 0, 0, 0).progress());
        assertEquals("1, 0, 0, 1, 0, 0, 0", new ProgressCounts(1, 0, 0, 1, 0, 0, 0, 0).progress());
        assertEquals("1, 0, 0, 0, 1, 0, 0", new ProgressCounts(1, 0, 0, 0, 1, 0, 0, 0).progress());
        assertEquals("1, 0, 0, 0, 1, 0, 0", new ProgressCounts(1, 0, 0, 0, 0, 1, 0, 0).progress());
        assertEquals("1, 0, 0, 0, 0, 1, 0", new ProgressCounts(1, 0, 0, 0, 0, 0, 1, 0).progress());
        assertEquals("1, 0, 0, 0, 0, 0, 1", new ProgressCounts(1, 0, 0, 0, 0, 0, 0, 1).progress());
    }

    @Test
    void aFinishedJobWithFailedAndRejectedCases() {
        assertEquals("10, 2, 1, 0, 0, 0, 7", new ProgressCounts(10, 2, 1, 0, 0, 0, 0, 7).progress());
    }

    @Test
    void theSixPartsAddUpToTheTotalWheneverTheCountsDo() {
        List<ProgressCounts> samples = List.of(new ProgressCounts(20, 0, 0, 0, 12, 4, 4, 0),
                new ProgressCounts(20, 0, 0, 12, 0, 0, 8, 0), new ProgressCounts(7, 1, 1, 1, 1, 1, 1, 1),
                new ProgressCounts(100_000, 3, 2, 40_000, 50_000, 2, 5_000, 4_993));
        for (ProgressCounts c : samples) {
            int[] p = numbers(c.progress());
            assertEquals(7, p.length, c.progress());
            assertEquals(p[0], p[1] + p[2] + p[3] + p[4] + p[5] + p[6], c.progress());
        }
    }

    @Test
    void hugeJobsKeepEveryDigit() {
        assertEquals("100000, 0, 0, 0, 99999, 1, 0", new ProgressCounts(100_000, 0, 0, 0, 99_997, 2, 1, 0).progress());
        // waiting and running add up to at most the total, which fits an int: no overflow
        assertEquals(Integer.MAX_VALUE + ", 0, 0, 0, " + Integer.MAX_VALUE + ", 0, 0",
                new ProgressCounts(Integer.MAX_VALUE, 0, 0, 0, Integer.MAX_VALUE - 1, 1, 0, 0).progress());
    }

    @Test
    void theLabelledCasesObjectNamesEveryCountOnceInProgressOrder() {
        List<String> order = List.of(ProgressCounts.class.getAnnotation(JsonbPropertyOrder.class).value());
        List<String> components = Arrays.stream(ProgressCounts.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertEquals(List.of("total", "failed", "rejected", "cancelled", "queued", "running", "simulated", "collected"),
                order);
        assertEquals(components, order);
    }
}
