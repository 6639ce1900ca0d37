package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasePlanTest {

    @Test
    void shortNamesAreKeptWhole() {
        List<CasePlan.Entry> e = CasePlan.of(List.of("a.idf", "b.idf", "w1.epw", "w2.epw"), null, null).entries();
        assertEquals(List.of("a_w1", "a_w2", "b_w1", "b_w2"), e.stream().map(CasePlan.Entry::name).toList());
        assertEquals("a", CasePlan.of(List.of("a.idf", "w1.epw"), null, null).entries().get(0).name());
    }

    @Test
    void longNamesMakeShortDistinctFolderNames() {
        String model = "m".repeat(250) + ".idf";
        String w1 = "w".repeat(249) + "1.epw";
        String w2 = "w".repeat(249) + "2.epw";
        List<CasePlan.Entry> e = CasePlan.of(List.of(model, w1, w2), null, null).entries();
        assertEquals(2, e.size());
        assertEquals(2, new HashSet<>(e.stream().map(x -> x.name().toLowerCase()).toList()).size(), e.toString());
        for (CasePlan.Entry x : e) {
            assertTrue(x.name().length() <= CasePlan.MAX_NAME + 3, x.name());
            assertTrue(x.name().startsWith("m".repeat(79) + "_" + "w".repeat(40)), x.name());
            assertEquals(model, x.model());
        }
        assertEquals(CasePlan.MAX_NAME,
                CasePlan.of(List.of(model, w1), null, null).entries().get(0).name().length(), "one weather: the model's part only");
    }

    @Test
    void aShortModelLeavesTheRestToTheWeather() {
        String w = "w".repeat(200) + ".epw";
        List<CasePlan.Entry> e = CasePlan.of(List.of("a.idf", w, "x.epw"), null, null).entries();
        assertEquals("a_" + "w".repeat(CasePlan.MAX_NAME - 2), e.get(0).name());
        assertEquals("a_x", e.get(1).name());
    }

    @Test
    void caseFoldersNeverTakeANameTheServerWrites() {
        List<CasePlan.Entry> e = CasePlan.of(List.of("job_summary.csv.idf", "input.idf", "JESS_x.idf", "INPUT_2.idf",
                "w1.epw"), null, null).entries();
        assertEquals(List.of("job_summary.csv_2", "input_2", "case_JESS_x", "INPUT_2_2"),
                e.stream().map(CasePlan.Entry::name).toList());
    }
}
