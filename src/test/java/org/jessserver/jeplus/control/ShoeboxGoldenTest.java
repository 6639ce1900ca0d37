package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Shoebox zip end to end through the real loader, as a job of it would run: the jEPlus-written joblist_out.csv,
 * read as a job list, gives cases whose evaluated values (formulas included) are the file's own value columns, row
 * by row, and our job list of them has the same header and values.
 */
class ShoeboxGoldenTest {

    @TempDir
    Path temp;

    @Test
    void theZipsJobListIsReproducedRowByRow() throws Exception {
        Path folder = ShoeboxProject.unzipTo(temp).resolve("Shoebox_v8.9");
        Path listed = folder.resolve("joblist_out.csv");
        JeplusPlan plan = JeplusPlan.of(temp, "Shoebox_v8.9/project.json",
                new JeplusRequest("LIST_FILE", "joblist_out.csv", List.of(), null), 100_000, Set.of());
        assertEquals("LIST_FILE", plan.subsetName());
        assertEquals(16, plan.count());
        List<String[]> expected = Files.readAllLines(listed, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",", -1)).toList();
        List<JeplusCase> cases;
        try (Stream<JeplusCase> all = plan.cases()) {
            cases = all.toList();
        }
        assertEquals(16, cases.size());
        for (int i = 0; i < cases.size(); i++) {
            JeplusCase c = cases.get(i);
            String[] row = expected.get(i);
            assertEquals(row[0], c.id());
            assertEquals(folder.resolve(lastName(row[1])), c.weather(), "foreign paths resolve by file name");
            assertEquals(folder.resolve(lastName(row[2])), c.template());
            List<String> columns = Arrays.asList(row).subList(3, row.length);
            // read back as a list, fields lose their edge spaces (jeplus.md §7); decoded from the id, nothing is lost
            assertEquals(columns.stream().map(String::trim).toList(), CaseValues.evaluate(plan.project(), c),
                    "values of " + c.id() + " read from the list");
            assertEquals(columns, CaseValues.evaluate(plan.project(), decoded(plan.project(), c)),
                    "values of " + c.id() + " decoded from its id");
        }

        Path out = Files.createDirectories(temp.resolve("results"));
        try (Stream<JeplusCase> all = plan.cases()) {
            plan.writeJobList(out, all, c -> { });
        }
        List<String> ours = Files.readAllLines(out.resolve("joblist_out.csv"), StandardCharsets.UTF_8);
        List<String> theirs = Files.readAllLines(listed, StandardCharsets.UTF_8);
        assertEquals(theirs.get(0), ours.get(0), "header");
        for (int i = 1; i < theirs.size(); i++) {
            List<String> a = Arrays.asList(theirs.get(i).split(",", -1));
            List<String> b = Arrays.asList(ours.get(i).split(",", -1));
            assertEquals(a.get(0), b.get(0));
            assertEquals(a.subList(3, a.size()).stream().map(String::trim).toList(), b.subList(3, b.size()),
                    "row " + i + " (its values came through a list file, which trims them)");
        }
    }

    @Test
    void anLhsPlanWithTheSameSeedGivesTheSameCasesTwice() throws Exception {
        JeplusRequest lhs = new JeplusRequest("LHS", "25", List.of(), null);
        Path root = ShoeboxProject.EXAMPLE.getParent();
        List<JeplusCase> first = cases(JeplusPlan.of(root, "jeplus_example/project.json", lhs, 100_000, Set.of()));
        JeplusPlan again = JeplusPlan.of(root, "jeplus_example/project.json",
                JeplusPlan.request(JeplusPlan.of(root, "jeplus_example/project.json", lhs, 100_000, Set.of()).args()),
                100_000, Set.of());
        assertEquals("LHS_RANDOM", again.subsetName());
        assertEquals(first, cases(again));
        assertEquals("LHS-000024", first.get(24).id());
    }

    /** The case its id names: C-<w>_<t>_<v0>_..._<v11>, each a 0-based index into the project's lists. */
    private static JeplusCase decoded(Project project, JeplusCase listed) {
        String[] digits = listed.id().substring(2).split("_");
        List<String> values = new java.util.ArrayList<>();
        for (int p = 0; p < project.parameters().size(); p++) {
            values.add(project.parameters().get(p).values().get(Integer.parseInt(digits[2 + p])));
        }
        return new JeplusCase(listed.id(), project.weathers().get(Integer.parseInt(digits[0])),
                project.templates().get(Integer.parseInt(digits[1])), TagValues.spread(project.parameters(), values));
    }

    private static List<JeplusCase> cases(JeplusPlan plan) {
        try (Stream<JeplusCase> all = plan.cases()) {
            return all.toList();
        }
    }

    private static String lastName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

}
