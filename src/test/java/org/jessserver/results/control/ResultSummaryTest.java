package org.jessserver.results.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.SimCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultSummaryTest {

    @TempDir
    Path root;

    /** Sets what only the database fills in, as a finished run leaves it. */
    private static SimCase ran(SimCase c, Integer exitCode, long cpuMillis, long resultSize) {
        set(c, "exitCode", exitCode);
        set(c, "cpuMillis", cpuMillis);
        set(c, "resultSize", resultSize);
        return c;
    }

    private static void set(SimCase c, String name, Object value) {
        try {
            Field f = SimCase.class.getDeclaredField(name);
            f.setAccessible(true);
            f.set(c, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theTableHasAHeaderAndOneRowPerCaseQuotingOnlyCommasQuotesAndLineBreaks() throws IOException {
        List<SimCase> cases = List.of(
                ran(new SimCase(7, 1, "case_1", "a.idf", "w.epw", "9.3", CaseState.FINISHED, null), 0, 2104, 5416),
                ran(new SimCase(7, 2, " lead", "#hash.idf", "w, x.epw", "9.3", CaseState.FAILED,
                        "said \"no\"\nthen stopped "), 1, 0, 0),
                new SimCase(7, 3, "case_3", null, null, null, CaseState.REJECTED, "no engine"));
        long size = new ResultSummary().write(new JobFolder(root), cases);
        String expected = "case,name,model,weather,engine,state,exit_code,cpu_seconds,result_bytes,message,run\n"
                + "1,case_1,a.idf,w.epw,9.3,FINISHED,0,2.104,5416,,\n"
                + "2, lead,#hash.idf,\"w, x.epw\",9.3,FAILED,1,0.000,0,\"said \"\"no\"\"\nthen stopped \",\n"
                + "3,case_3,,,,REJECTED,,0.000,0,no engine,\n";
        assertEquals(expected, Files.readString(root.resolve(ResultSummary.FILE)));
        assertEquals(expected.length(), size);
        try (var files = Files.list(root)) {
            assertEquals(List.of(root.resolve(ResultSummary.FILE)), files.toList());
        }
    }
}
