package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CasesTest {

    private final Project shoebox = ShoeboxProject.example();

    private List<JeplusCase> cases(CaseSubset subset) {
        try (Stream<JeplusCase> cases = Cases.of(shoebox, subset, ShoeboxProject.FIXTURES, Set.of()).stream()) {
            return cases.toList();
        }
    }

    @Test
    void shoeboxCounts() {
        assertEquals(BigInteger.valueOf(8_606_062_080L), count(CaseSubset.all()));
        assertEquals(BigInteger.TEN, count(CaseSubset.ofProject(shoebox, ShoeboxProject.FIXTURES)));
        assertEquals(BigInteger.ONE, count(CaseSubset.chains()));
        assertEquals(BigInteger.TEN, count(CaseSubset.lhs(10, 12345)));
        assertEquals(10, cases(CaseSubset.lhs(10, 12345)).size());
    }

    private BigInteger count(CaseSubset subset) {
        return Cases.of(shoebox, subset, ShoeboxProject.FIXTURES, Set.of()).count();
    }

    @Test
    void shuffleDrawsTheGoldenIndicesOfTheSpec() {
        Random rng = new Random(12345);
        assertArrayEquals(new long[] {1362051696L, 2026932363L, 2809670625L, 3004508432L, 3113700000L, 3856183923L,
            5491983850L, 6617098378L, 7169635867L, 8029399854L},
                ShuffleSample.indices(8_606_062_080L, 10, rng));
    }

    @Test
    void defaultShuffleGivesTheGoldenCases() {
        List<JeplusCase> cases = cases(CaseSubset.ofProject(shoebox, ShoeboxProject.FIXTURES));
        assertEquals(10, cases.size());
        JeplusCase first = cases.get(0);
        assertEquals("EP_G-T_0-W_0-P0_1-P1_0-P2_15-P3_1-P4_2-P5_3-P6_7-P7_0-P8_2-P9_5-P10_6-P11_5", first.id());
        assertEquals(List.of("4", "FullExterior", "225", "0.05", "0.10", "Dbl LoE (e2=.4) Clr 3mm/13mm Arg", "1.6",
                "?=2-@@ins2@@/2", "0.3", "3.0", "21.0", "26.5"), first.tagValues());
        assertEquals(shoebox.weathers().get(0), first.weather());
        assertEquals("EP_G-T_0-W_3-P0_1-P1_0-P2_17-P3_3-P4_6-P5_5-P6_10-P7_0-P8_11-P9_6-P10_5-P11_3",
                cases.get(9).id());
        assertEquals(cases.stream().map(JeplusCase::id).toList(),
                cases(CaseSubset.shuffle(10, 12345)).stream().map(JeplusCase::id).toList());
    }

    @Test
    void shuffleOfASmallSpaceShufflesTheWholeListAndCapsTheSize() {
        long[] all = ShuffleSample.indices(20, 50 > 20 ? 20 : 50, new Random(1));
        assertEquals(20, all.length);
        for (int g = 0; g < 20; g++) {
            assertEquals(g, all[g]);
        }
        long[] some = ShuffleSample.indices(1000, 30, new Random(7));
        assertEquals(30, java.util.Arrays.stream(some).distinct().count());
        assertArrayEquals(some, ShuffleSample.indices(1000, 30, new Random(7)));
        for (int k = 1; k < some.length; k++) {
            assertTrue(some[k - 1] < some[k]);
        }
        Project tiny = new Project(shoebox.folder(), "G", shoebox.weatherDir(), shoebox.weathers(), shoebox.idfDir(),
                shoebox.templates(), List.of(), shoebox.exec(), shoebox.rvx());
        assertEquals(BigInteger.valueOf(4),
                Cases.of(tiny, CaseSubset.shuffle(10, 1), ShoeboxProject.FIXTURES, Set.of()).count());
    }

    @Test
    void chainsTakesEveryFirstValueIgnoringFixedOnes() {
        List<JeplusCase> cases = cases(CaseSubset.chains());
        assertEquals(1, cases.size());
        JeplusCase only = cases.get(0);
        assertEquals("EP_G-T_0-W_0-P0_0-P1_0-P2_0-P3_0-P4_0-P5_0-P6_0-P7_0-P8_0-P9_0-P10_0-P11_0", only.id());
        assertEquals("2", only.tagValues().get(0));
        assertEquals(shoebox.weathers().get(0), only.weather());
    }

    @Test
    void lhsIdsRunInOrderAndTheSeedRepeatsTheSample() {
        List<JeplusCase> sample = cases(CaseSubset.lhs(10, 12345));
        for (int s = 0; s < 10; s++) {
            assertEquals(String.format("LHS-%06d", s), sample.get(s).id());
        }
        assertEquals(sample, cases(CaseSubset.lhs(10, 12345)));
        assertTrue(!sample.equals(cases(CaseSubset.lhs(10, 54321))));
    }

    @Test
    void lhsStratifiesEveryColumnAndIgnoresFixedValues() {
        for (int n : new int[] {5, 10, 24, 50, 101}) {
            List<JeplusCase> sample = cases(CaseSubset.lhs(n, n * 31L));
            assertEquals(n, sample.size());
            for (int p = 0; p < shoebox.parameters().size(); p++) {
                Parameter parameter = shoebox.parameters().get(p);
                int column = p;
                List<String> drawn = sample.stream().map(c -> c.tagValues().get(column)).toList();
                if (parameter.isFormula()) {
                    assertEquals(Set.of("?=2-@@ins2@@/2"), Set.copyOf(drawn), "a @calc column is constant");
                    continue;
                }
                assertBalanced(parameter.values(), drawn, n, parameter.id());
            }
            assertBalanced(shoebox.weathers(), sample.stream().map(JeplusCase::weather).toList(), n, "weather");
        }
    }

    private static <T> void assertBalanced(List<T> options, List<T> drawn, int n, String column) {
        int k = options.size();
        for (T option : options) {
            long times = drawn.stream().filter(option::equals).count();
            long low = Math.max(0, n / k - 1);
            long high = n <= k ? 2 : (n + k - 1) / k + 1;
            assertTrue(times >= low && times <= high, column + " option " + option + " drawn " + times
                    + " times in " + n + " (allowed " + low + ".." + high + ")");
        }
        assertTrue(options.containsAll(drawn), column + " drew a value that is not an option");
    }

    @Test
    void lhsCanHonourFixedValuesBehindASetting() {
        List<JeplusCase> ignoring = cases(CaseSubset.lhs(30, 5));
        assertEquals(Set.of("2", "4", "6"), Set.copyOf(ignoring.stream().map(c -> c.tagValues().get(0)).toList()));
        List<JeplusCase> honouring = cases(CaseSubset.lhs(30, 5).withLhsHonouringFixedValues());
        assertEquals(Set.of("4"), Set.copyOf(honouring.stream().map(c -> c.tagValues().get(0)).toList()));
        assertEquals(Set.of("FullExterior"),
                Set.copyOf(honouring.stream().map(c -> c.tagValues().get(1)).toList()));
        assertBalanced(shoebox.parameters().get(2).values(),
                honouring.stream().map(c -> c.tagValues().get(2)).toList(), 30, "P2");
    }

    @Test
    void aSeedNotSetIsTheCallersToReplace() {
        assertTrue(CaseSubset.lhs(5, 0).needsSeed());
        assertTrue(CaseSubset.shuffle(5, -3).needsSeed());
        assertTrue(!CaseSubset.all().needsSeed());
        assertEquals(CaseSubset.lhs(5, 99), CaseSubset.lhs(5, 0).withSeed(99));
    }

    @Test
    void lhsSampleColumnsDrawOnePerStratum() {
        Distribution uniform = new Distribution() {
            @Override
            public String draw(Random rng) {
                return String.valueOf(rng.nextDouble());
            }

            @Override
            public String drawInStratum(int s, int n, Random rng) {
                return String.valueOf((s + rng.nextDouble()) / n);
            }
        };
        Parameter sampled = new Parameter("P0", List.of("@@u@@"), ParamType.DOUBLE, List.of("0.5", "0.7"), 1,
                uniform);
        Project project = new Project(shoebox.folder(), "G", shoebox.weatherDir(), shoebox.weathers(),
                shoebox.idfDir(), shoebox.templates(), List.of(sampled), shoebox.exec(), shoebox.rvx());
        int n = 40;
        CaseSource source = Cases.of(project, CaseSubset.lhs(n, 3), ShoeboxProject.FIXTURES, Set.of());
        List<Double> values = source.stream().map(c -> Double.parseDouble(c.tagValues().get(0))).toList();
        int[] perStratum = new int[n];
        values.forEach(v -> perStratum[(int) (v * n)]++);
        for (int s = 0; s < n; s++) {
            assertEquals(1, perStratum[s], "stratum " + s);
        }
        assertEquals(values, source.stream().map(c -> Double.parseDouble(c.tagValues().get(0))).toList());
    }

    @Test
    void aLargeLhsStreamsWithoutHoldingItsCases() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        CaseSource source = Cases.of(shoebox, CaseSubset.lhs(100_000, 99), ShoeboxProject.FIXTURES, Set.of());
        long[] seen = new long[1];
        long[] peak = new long[] {before};
        source.stream().forEach(c -> {
            if (++seen[0] % 10_000 == 0) {
                peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long retained = runtime.totalMemory() - runtime.freeMemory() - before;
        // peak includes garbage not yet collected; retained is what the source keeps (its int columns)
        System.out.printf("LHS 100000 cases: %d ms, heap peak +%d MB, retained after GC +%d KB%n", millis,
                (peak[0] - before) >> 20, retained >> 10);
        assertEquals(BigInteger.valueOf(100_000), source.count());
        assertEquals(100_000, seen[0]);
    }

    @Test
    void refusals() {
        assertEquals("Sample option SOBOL is not supported; use LHS", assertThrows(InvalidRequestException.class,
                () -> Cases.of(shoebox, new CaseSubset(CaseSubset.Mode.SOBOL, 5, 1, List.of()), Path.of("/"),
                        Set.of())).getMessage());
        assertThrows(InvalidRequestException.class, () -> Cases.of(shoebox, CaseSubset.lhs(0, 1), Path.of("/"),
                Set.of()));
        assertThrows(InvalidRequestException.class, () -> Cases.of(shoebox, CaseSubset.shuffle(-1, 1), Path.of("/"),
                Set.of()));
    }

    @Test
    void theCapRefusesWithTheCountAndTheLimit() {
        assertEquals(10, CaseCap.check(BigInteger.TEN, 100_000));
        assertEquals(100_000, CaseCap.check(BigInteger.valueOf(100_000), 100_000));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> CaseCap.check(count(CaseSubset.all()), 100_000));
        assertEquals("Project expands to 8606062080 cases, more than the limit of 100000; use subset LHS to sample it",
                refused.getMessage());
        assertTrue(assertThrows(InvalidRequestException.class, () -> CaseCap.check(BigInteger.TEN.pow(30), 5))
                .getMessage().startsWith("Project expands to 1000000000000000000000000000000 cases"));
    }

    @Test
    void hugeSamplesAreCountedBeforeAnythingIsDrawn() {
        CaseSource lhs = Cases.of(shoebox, CaseSubset.lhs(Integer.MAX_VALUE, 1), ShoeboxProject.FIXTURES, Set.of());
        CaseSource shuffle = Cases.of(shoebox, CaseSubset.shuffle(Integer.MAX_VALUE, 1), ShoeboxProject.FIXTURES,
                Set.of());
        assertEquals(BigInteger.valueOf(Integer.MAX_VALUE), lhs.count());
        assertEquals(BigInteger.valueOf(Integer.MAX_VALUE), shuffle.count());
        assertEquals("Project expands to 2147483647 cases, more than the limit of 100000; use subset LHS to sample it",
                assertThrows(InvalidRequestException.class, () -> CaseCap.check(lhs.count(), 100_000)).getMessage());
    }

    @Test
    void jobSubsetNamesTheEffectiveMode() {
        assertEquals("ALL", CaseSubset.all().jobSubset());
        assertEquals("CHAINS", CaseSubset.chains().jobSubset());
        assertEquals("LIST_FILE", CaseSubset.listFiles(List.of()).jobSubset());
        assertEquals("LHS_RANDOM", CaseSubset.lhs(3, 1).jobSubset());
        assertEquals("SHUFFLE_RANDOM", CaseSubset.shuffle(3, 1).jobSubset());
        assertEquals("SHUFFLE_RANDOM", CaseSubset.ofProject(shoebox, ShoeboxProject.FIXTURES).jobSubset());
    }

    @Test
    void requestsMapToSubsets() {
        Path root = ShoeboxProject.FIXTURES;
        assertEquals(CaseSubset.shuffle(10, 12345), CaseSubset.ofRequest(null, List.of(), shoebox, root));
        assertEquals(CaseSubset.shuffle(10, 12345), CaseSubset.ofRequest("default", List.of("7"), shoebox, root));
        assertEquals(CaseSubset.all(), CaseSubset.ofRequest("All", List.of(), shoebox, root));
        assertEquals(CaseSubset.lhs(7, 12345), CaseSubset.ofRequest("lhs", List.of("7"), shoebox, root));
        assertEquals(CaseSubset.lhs(10, 12345), CaseSubset.ofRequest("LHS", List.of(), shoebox, root));
        assertEquals(CaseSubset.listFiles(List.of(ShoeboxProject.EXAMPLE.resolve("jobs.txt"))),
                CaseSubset.ofRequest("LIST_FILE", List.of("jobs.txt"), shoebox, root));
        assertEquals(CaseSubset.listFiles(List.of(ShoeboxProject.EXAMPLE.resolve("jobs.txt"))),
                CaseSubset.ofRequest("LIST_FILE", List.of("jeplus_example/jobs.txt"), shoebox, root));
        assertThrows(InvalidRequestException.class, () -> CaseSubset.ofRequest("LHS", List.of("0"), shoebox, root));
        assertThrows(InvalidRequestException.class, () -> CaseSubset.ofRequest("LHS", List.of("x"), shoebox, root));
        assertEquals("subset 'SOME' is not one of DEFAULT, ALL, LHS, LIST_FILE", assertThrows(
                InvalidRequestException.class, () -> CaseSubset.ofRequest("SOME", List.of(), shoebox, root))
                .getMessage());
        assertThrows(InvalidRequestException.class,
                () -> CaseSubset.ofRequest("LIST_FILE", List.of(), shoebox, root), "the GUI placeholder is unset");
        assertThrows(InvalidRequestException.class,
                () -> CaseSubset.ofRequest("LIST_FILE", List.of("../../../etc/passwd"), shoebox, root));
    }
}
