package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobListFilesTest {

    private static final String FIRST_LINE = "C-2_0_1_0_11_1_4_2_15_0_10_5_6_10,2050_Heathrow_a1fi_50_percentile_TRY.epw,"
            + "shoebox.idf,4,FullExterior,165,0.05,0.20, Dbl Clr 3mm/13mm Arg,3.2,?=2-@@ins2@@/2,1.1,3.0,21.0,29.0";

    private final Project example = ShoeboxProject.example();

    @TempDir
    Path temp;

    private static List<JeplusCase> read(Project project, Path root, Set<String> tables, Path... files) {
        try (Stream<JeplusCase> cases = JobListFiles.open(project, List.of(files), root, tables).stream()) {
            return cases.toList();
        }
    }

    @Test
    void jobsTxtOfTheExampleGivesTwentyCases() {
        Path jobs = ShoeboxProject.EXAMPLE.resolve("jobs.txt");
        CaseSource source = Cases.of(example, CaseSubset.listFiles(List.of(jobs)), ShoeboxProject.FIXTURES,
                Set.of());
        assertEquals(BigInteger.valueOf(20), source.count());
        List<JeplusCase> cases;
        try (Stream<JeplusCase> stream = source.stream()) {
            cases = stream.toList();
        }
        assertEquals(20, cases.size());
        JeplusCase first = cases.get(0);
        assertEquals("C-2_0_1_0_11_1_4_2_15_0_10_5_6_10", first.id());
        assertEquals(ShoeboxProject.EXAMPLE.resolve("weather/2050_Heathrow_a1fi_50_percentile_TRY.epw"),
                first.weather());
        assertEquals(ShoeboxProject.EXAMPLE.resolve("shoebox.idf"), first.template());
        assertEquals(List.of("4", "FullExterior", "165", "0.05", "0.20", "Dbl Clr 3mm/13mm Arg", "3.2",
                "?=2-@@ins2@@/2", "1.1", "3.0", "21.0", "29.0"), first.tagValues());
        assertGolden(ShoeboxProject.EXAMPLE.resolve("jobs.txt"), cases, true);
    }

    @Test
    void listsOfTheZipResolveBesideTheProjectAndByFileName() throws IOException {
        Path folder = ShoeboxProject.unzipTo(temp).resolve("Shoebox_v8.9");
        Project zipped = ShoeboxProject.unzipped(folder);
        List<JeplusCase> jobs = read(zipped, temp, Set.of(), folder.resolve("jobs.txt"));
        assertEquals(20, jobs.size());
        assertEquals(folder.resolve("2050_Heathrow_a1fi_50_percentile_TRY.epw"), jobs.get(0).weather());
        assertGolden(folder.resolve("jobs.txt"), jobs, true);

        List<JeplusCase> out = read(zipped, temp, Set.of(), folder.resolve("joblist_out.csv"));
        assertEquals(16, out.size());
        assertEquals("C-0_0_1_0_13_2_5_5_17_0_9_6_7_8", out.get(0).id());
        assertEquals(folder.resolve("cntr_Heathrow_TRY.epw"), out.get(0).weather());
        assertEquals(folder.resolve("shoebox.idf"), out.get(0).template());
        assertGolden(folder.resolve("joblist_out.csv"), out, false);
    }

    /**
     * Decodes each {@code C-<w>_<t>_<v0>_…_<v11>} id through the alt values: the file's raw columns (split at commas,
     * untrimmed) hold exactly those values, and the parsed case holds them trimmed (§7 trims fields). P7 is the raw
     * formula in jobs.txt; joblist_out.csv holds its evaluated number, checked by arithmetic instead.
     */
    private void assertGolden(Path file, List<JeplusCase> cases, boolean rawFormula) {
        List<String> lines = lines(file);
        assertEquals(cases.size(), lines.size());
        List<Parameter> parameters = example.parameters();
        for (int row = 0; row < lines.size(); row++) {
            String[] raw = lines.get(row).split(",", -1);
            JeplusCase c = cases.get(row);
            int[] digits = Arrays.stream(raw[0].substring(2).split("_")).mapToInt(Integer::parseInt).toArray();
            assertEquals(raw[0], c.id());
            assertEquals(2 + parameters.size(), digits.length);
            assertEquals(ShoeboxProject.WEATHERS.get(digits[0]), c.weather().getFileName().toString(), raw[0]);
            assertEquals(example.templates().get(digits[1]).getFileName(), c.template().getFileName());
            for (int p = 0; p < parameters.size(); p++) {
                String column = raw[3 + p];
                if (p == 7 && !rawFormula) {
                    double ins2 = Double.parseDouble(raw[3 + 4]);
                    assertEquals(String.valueOf(2 - ins2 / 2), column, raw[0] + " P7");
                    continue;
                }
                String alt = parameters.get(p).values().get(digits[2 + p]);
                assertEquals(alt, column, raw[0] + " " + parameters.get(p).id());
                assertEquals(alt.trim(), c.tagValues().get(p), raw[0] + " " + parameters.get(p).id());
            }
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }


    @Test
    void indexFormAndCommentRules() throws IOException {
        Path list = write("list.txt", "# a header line",
                "case1,0,0,4,FullExterior,45,0.10,0.10,Sgl Clr 6mm,1.0,?=2-@@ins2@@/2,0.5,2.0,20.0,26.0 # trailing",
                "   ",
                "case2 , 3 , shoebox.idf , 4, {a,b} , f(x, y) , [1,2] , \"a, b\" , x!y,1,?=Math.max(p0, 2),1,1,1");
        List<JeplusCase> cases = read(example, ShoeboxProject.FIXTURES, Set.of(), list);
        assertEquals(2, cases.size());
        JeplusCase first = cases.get(0);
        assertEquals("case1", first.id());
        assertEquals(example.weathers().get(0), first.weather());
        assertEquals(example.templates().get(0), first.template());
        assertEquals("?=2-@@ins2@@/2", first.tagValues().get(7));
        assertEquals("26.0", first.tagValues().get(11));
        assertEquals(List.of("{a,b}", "f(x, y)", "[1,2]", "\"a", "b\"", "x!y", "1", "?=Math.max(p0, 2)", "1", "1",
                "1"), cases.get(1).tagValues().subList(1, 12));
        assertEquals(example.weathers().get(3), cases.get(1).weather());
    }

    @Test
    void valuesPerTagWhenTheColumnCountIsTheTagCount() throws IOException {
        Parameter pair = new Parameter("P0", List.of("@@a@@", "@@b@@"), ParamType.DOUBLE, List.of("1"), 0, null);
        Parameter single = ShoeboxProject.parameter("P1", "@@c@@", ParamType.DOUBLE, List.of("1"), 0);
        Project project = new Project(example.folder(), "G", example.weatherDir(), example.weathers(),
                example.idfDir(), example.templates(), List.of(pair, single), example.exec(), example.rvx());
        Path list = write("tags.txt", "a,0,0,1|2,3", "b,0,0,5,6,7", "c,0,0,9,8");
        List<JeplusCase> cases = read(project, ShoeboxProject.FIXTURES, Set.of(), list);
        assertEquals(List.of("1", "2", "3"), cases.get(0).tagValues());
        assertEquals(List.of("5", "6", "7"), cases.get(1).tagValues());
        assertEquals(List.of("9", "9", "8"), cases.get(2).tagValues());
        assertEquals("tags.txt line 1: 4 fields, expected 5 (one value per parameter) or 6 (one per tag): "
                + "case ID, weather file, model file and the values",
                refusal(project, Set.of(), write("tags.txt", "a,0,0,1")));
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumber() throws IOException {
        assertEquals("bad.txt line 3: 14 fields, expected 15: case ID, weather file, model file and the values",
                refusal(example, Set.of(), write("bad.txt", line("a"), "# note", line("b").replace(",29.0", ""))));
        assertEquals("bad.txt line 2: weather file index 4 is outside 0..3",
                refusal(example, Set.of(), write("bad.txt", line("a"), line("b").replace(",2050_Heathrow_a1fi_50"
                        + "_percentile_TRY.epw,", ",4,"))));
        assertEquals("bad.txt line 1: model file index -1 is outside 0..0",
                refusal(example, Set.of(), write("bad.txt", line("a").replace(",shoebox.idf,", ",-1,"))));
        assertEquals("bad.txt line 1: weather file 'nowhere.epw' not found",
                refusal(example, Set.of(), write("bad.txt", line("a").replace("2050_Heathrow_a1fi_50_percentile"
                        + "_TRY.epw", "nowhere.epw"))));
        assertEquals("bad.txt line 2: case ID 'a' repeats bad.txt line 1",
                refusal(example, Set.of(), write("bad.txt", line("a"), line("a"))));
        assertEquals("bad.txt line 1: the case ID is empty", refusal(example, Set.of(), write("bad.txt", line(""))));
        assertEquals("bad.txt line 1: case ID '..' is not a folder name",
                refusal(example, Set.of(), write("bad.txt", line(".."))));
        assertEquals("bad.txt line 1: case ID '.' is not a folder name",
                refusal(example, Set.of(), write("bad.txt", line("."))));
        assertEquals("bad.txt line 1: case ID 'a/b' contains a slash",
                refusal(example, Set.of(), write("bad.txt", line("a/b"))));
        assertEquals("bad.txt line 1: case ID 'a\\b' contains a slash",
                refusal(example, Set.of(), write("bad.txt", line("a\\b"))));
        assertEquals("bad.txt line 1: case ID 'a?b' contains a control character",
                refusal(example, Set.of(), write("bad.txt", line("a\u0007b"))));
        assertEquals("bad.txt line 2: case ID 'Heating' is the name of a result table",
                refusal(example, Set.of("heating", "cooling"), write("bad.txt", line("a"), line("Heating"))));
        assertEquals("bad.txt line 1: case ID 'COOLING.csv' is the name of a result table",
                refusal(example, Set.of("heating", "cooling"), write("bad.txt", line("COOLING.csv"))));
        assertEquals("The job list empty.txt holds no cases",
                refusal(example, Set.of(), write("empty.txt", "# nothing", "")));
    }

    @Test
    void severalListsConcatenateWithIdsUniqueAcrossAll() throws IOException {
        Path one = write("one.txt", line("a"), line("b"));
        Path two = write("two.txt", line("c"));
        List<JeplusCase> cases = read(example, ShoeboxProject.FIXTURES, Set.of(), one, two);
        assertEquals(List.of("a", "b", "c"), cases.stream().map(JeplusCase::id).toList());
        Path clash = write("three.txt", "# header", line("b"));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> JobListFiles.open(example, List.of(one, clash), ShoeboxProject.FIXTURES, Set.of()));
        assertEquals("three.txt line 2: case ID 'b' repeats one.txt line 2", refused.getMessage());
    }

    @Test
    void pathsOutsideTheUploadDoNotCount() throws IOException {
        Path list = write("escape.txt", line("a").replace("shoebox.idf", "../../../../../../etc/passwd"));
        assertEquals("escape.txt line 1: model file '../../../../../../etc/passwd' not found",
                refusal(example, Set.of(), list));
        // a foreign absolute path falls back to its file name in the weather folder
        Path foreign = write("foreign.txt", line("a").replace("2050_Heathrow", "/home/someone/2050_Heathrow"),
                line("b").replace("2050_Heathrow", "C:\\Users\\someone\\2050_Heathrow"));
        List<JeplusCase> cases = read(example, ShoeboxProject.FIXTURES, Set.of(), foreign);
        assertEquals(example.weathers().get(2), cases.get(0).weather());
        assertEquals(example.weathers().get(2), cases.get(1).weather());
    }

    @Test
    void aLargeListStreamsWithoutHoldingItsCases() throws IOException {
        Path big = temp.resolve("big.txt");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int k = 0; k < 100_000; k++) {
                out.write(line("C-" + k));
                out.write("\r\n");
            }
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        CaseSource source = JobListFiles.open(example, List.of(big), ShoeboxProject.FIXTURES, Set.of());
        long checked = System.nanoTime();
        long[] count = new long[1];
        try (Stream<JeplusCase> cases = source.stream()) {
            cases.forEach(c -> count[0]++);
        }
        long streamed = System.nanoTime();
        System.gc();
        System.out.printf("List of 100000 lines: checked in %d ms, streamed in %d ms, retained after GC +%d KB%n",
                (checked - start) / 1_000_000, (streamed - checked) / 1_000_000,
                (runtime.totalMemory() - runtime.freeMemory() - before) >> 10);
        assertEquals(100_000, count[0]);
        assertEquals(BigInteger.valueOf(100_000), source.count());
    }

    private String refusal(Project project, Set<String> tables, Path list) {
        return assertThrows(InvalidRequestException.class,
                () -> read(project, ShoeboxProject.FIXTURES, tables, list)).getMessage();
    }

    private static String line(String id) {
        return id + FIRST_LINE.substring(FIRST_LINE.indexOf(','));
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(temp.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

}
