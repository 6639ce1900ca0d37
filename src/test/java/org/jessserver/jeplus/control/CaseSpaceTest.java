package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CaseSpaceTest {

    private final Project shoebox = ShoeboxProject.example();
    private final CaseSpace space = new CaseSpace(shoebox);

    @Test
    void fixtureHoldsTheAltValuesOfTheSpec() {
        List<Parameter> p = shoebox.parameters();
        assertEquals(List.of("18", "18.5", "19.0", "19.5", "20.0", "20.5", "21.0", "21.5", "22.0", "22.5", "23.0"),
                p.get(10).values());
        assertEquals("345", p.get(2).values().get(23));
        assertEquals("1.0", p.get(6).values().get(4));
        assertEquals("3.6", p.get(6).values().get(17));
        assertEquals("5.0", p.get(9).values().get(9));
        assertEquals("1.2", p.get(8).values().get(11));
    }

    @Test
    void shoeboxRadicesAndAllCount() {
        assertArrayEquals(new int[] {4, 1, 1, 1, 24, 7, 7, 7, 18, 1, 12, 10, 11, 11}, space.radices());
        assertEquals(BigInteger.valueOf(8_606_062_080L), space.count());
    }

    @Test
    void decodesTheFourRowsOfTheSpec() {
        assertCase(space.decodeFullForm(BigInteger.ZERO),
                "EP_G-T_0-W_0-P0_1-P1_0-P2_0-P3_0-P4_0-P5_0-P6_0-P7_0-P8_0-P9_0-P10_0-P11_0", 0,
                "4", "FullExterior", "0", "0.01", "0.01", "Sgl Clr 6mm", "0.2", "?=2-@@ins2@@/2", "0.1", "0.5", "18",
                "24");
        assertCase(space.decodeFullForm(BigInteger.ONE),
                "EP_G-T_0-W_0-P0_1-P1_0-P2_0-P3_0-P4_0-P5_0-P6_0-P7_0-P8_0-P9_0-P10_0-P11_1", 0,
                "4", "FullExterior", "0", "0.01", "0.01", "Sgl Clr 6mm", "0.2", "?=2-@@ins2@@/2", "0.1", "0.5", "18",
                "24.5");
        assertCase(space.decodeFullForm(BigInteger.valueOf(1_000_000_000L)),
                "EP_G-T_0-W_0-P0_1-P1_0-P2_11-P3_1-P4_0-P5_4-P6_2-P7_0-P8_6-P9_2-P10_8-P11_10", 0,
                "4", "FullExterior", "165", "0.05", "0.01", "Trp Clr 3mm/13mm Arg", "0.6", "?=2-@@ins2@@/2", "0.7",
                "1.5", "22.0", "29.0");
        assertCase(space.decodeFullForm(space.count().subtract(BigInteger.ONE)),
                "EP_G-T_0-W_3-P0_1-P1_0-P2_23-P3_6-P4_6-P5_6-P6_17-P7_0-P8_11-P9_9-P10_10-P11_10", 3,
                "4", "FullExterior", "345", "0.30", "0.30", "Trp LoE (e2=e5=.1) Clr 3mm/13mm Arg", "3.6",
                "?=2-@@ins2@@/2", "1.2", "5.0", "23.0", "29.0");
    }

    @Test
    void allIdsOfMoreThanSixParametersArePaddedIndices() {
        assertEquals("EP_G000000000", space.decode(0).id());
        assertEquals("EP_G000000001", space.decode(1).id());
        assertEquals("EP_G1000000000", space.decode(1_000_000_000L).id());
        assertEquals("EP_G8606062079", space.decode(8_606_062_079L).id());
        assertEquals(space.decodeFullForm(BigInteger.valueOf(77)).tagValues(), space.decode(77).tagValues());
    }

    @Test
    void allIdsOfAtMostSixParametersAreFullForm() {
        Project small = withParameters(List.of(
                ShoeboxProject.parameter("P0", "@@a@@", ParamType.INTEGER, List.of("1", "2", "3", "4"), 0),
                ShoeboxProject.parameter("P1", "@@b@@", ParamType.INTEGER, List.of("x", "y", "z", "u", "v", "w",
                        "s", "t"), 0)));
        CaseSpace smallSpace = new CaseSpace(small);
        assertEquals(BigInteger.valueOf(4 * 4 * 8), smallSpace.count());
        JeplusCase c = smallSpace.decode(3 * 8 + 7);
        assertEquals("EP_G-T_0-W_0-P0_3-P1_7", c.id());
        assertEquals(List.of("4", "t"), c.tagValues());
        assertEquals("EP_G-T_0-W_1-P0_0-P1_0", smallSpace.decode(32).id());
        assertEquals(shoebox.weathers().get(1), smallSpace.decode(32).weather());
    }

    @Test
    void aFixedParameterShowsItsValueIndex() {
        Project fixed = withParameters(List.of(
                ShoeboxProject.parameter("P0", "@@a@@", ParamType.INTEGER, List.of("1", "2", "3"), 3)));
        assertEquals("EP_G-T_0-W_2-P0_2", new CaseSpace(fixed).decode(2).id());
        assertEquals(List.of("3"), new CaseSpace(fixed).decode(2).tagValues());
    }

    @Test
    void multiTagParametersSpreadTheirValue() {
        Parameter both = new Parameter("P0", List.of("@@ins@@", "@@ins2@@"), ParamType.DOUBLE,
                List.of("0.1|0.2", "0.3"), 0, null);
        CaseSpace multi = new CaseSpace(withParameters(List.of(both)));
        assertEquals(List.of("0.1", "0.2"), multi.decode(0).tagValues());
        assertEquals(List.of("0.3", "0.3"), multi.decode(1).tagValues());
    }

    @Test
    void noParametersGiveOneCasePerWeatherAndTemplate() {
        Project none = new Project(shoebox.folder(), "X", shoebox.weatherDir(), shoebox.weathers(), shoebox.idfDir(),
                List.of(Path.of("/a.idf"), Path.of("/b.idf")), List.of(), shoebox.exec(), shoebox.rvx());
        CaseSpace empty = new CaseSpace(none);
        assertEquals(BigInteger.valueOf(8), empty.count());
        try (Stream<JeplusCase> cases = Cases.all(empty).stream()) {
            assertEquals(List.of("EP_X-T_0-W_0", "EP_X-T_1-W_0", "EP_X-T_0-W_1", "EP_X-T_1-W_1", "EP_X-T_0-W_2",
                    "EP_X-T_1-W_2", "EP_X-T_0-W_3", "EP_X-T_1-W_3"), cases.map(JeplusCase::id).toList());
        }
        assertEquals(List.of(), empty.decode(5).tagValues());
        assertEquals(Path.of("/b.idf"), empty.decode(5).template());
    }

    @Test
    void countsBeyondLongStayExact() {
        List<Parameter> many = java.util.stream.IntStream.range(0, 20).mapToObj(i -> ShoeboxProject.parameter(
                "P" + i, "@@t" + i + "@@", ParamType.INTEGER, ShoeboxProject.range("0", "1", 10), 0)).toList();
        CaseSpace huge = new CaseSpace(withParameters(many));
        assertEquals(BigInteger.TEN.pow(20).multiply(BigInteger.valueOf(4)), huge.count());
        JeplusCase last = huge.decode(huge.count().subtract(BigInteger.ONE));
        assertEquals("EP_G399999999999999999999", last.id());
        assertEquals("9", last.tagValues().get(19));
        assertThrows(IndexOutOfBoundsException.class, () -> huge.decode(huge.count()));
    }

    private Project withParameters(List<Parameter> parameters) {
        return new Project(shoebox.folder(), "G", shoebox.weatherDir(), shoebox.weathers(), shoebox.idfDir(),
                shoebox.templates(), parameters, shoebox.exec(), shoebox.rvx());
    }

    private void assertCase(JeplusCase c, String id, int weather, String... values) {
        assertEquals(id, c.id());
        assertEquals(shoebox.weathers().get(weather), c.weather());
        assertEquals(shoebox.templates().get(0), c.template());
        assertEquals(List.of(values), c.tagValues());
    }
}
