package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValuesStringTest {

    @TempDir
    Path root;

    private ValuesString.Context context(List<Parameter> earlier, List<String> later) {
        return new ValuesString.Context(root, root, new Random(1), earlier, later);
    }

    private List<String> values(ParamType type, String text) {
        return ValuesString.parse("P9", type, text, context(List.of(), List.of("P9"))).values();
    }

    private String refusal(ParamType type, String text) {
        return assertThrows(InvalidRequestException.class, () -> values(type, text)).getMessage();
    }

    private static Parameter param(String id, String tag) {
        return new Parameter(id, List.of(tag), ParamType.DOUBLE, List.of("1"), 0, null);
    }

    @Test
    void listsSplitOnCommasSemicolonsAndWhitespace() {
        assertEquals(List.of("a", "b", "c", "d"), values(ParamType.INTEGER, "{a b;c,,d}"));
    }

    @Test
    void quotedItemsKeepSpacesAndCommasAndLoseEveryQuote() {
        List<String> p5 = values(ParamType.DISCRETE, "{\"Sgl Clr 6mm\", \"Dbl Clr 3mm/6mm Air\", "
                + "\" Dbl Clr 3mm/13mm Arg\", \"Dbl LoE (e2=.4) Clr 3mm/13mm Arg\", \"Trp Clr 3mm/13mm Arg\", "
                + "\"Trp LoE (e5=.1) Clr 3mm/13mm Arg\", \"Trp LoE (e2=e5=.1) Clr 3mm/13mm Arg\"}");
        assertEquals(7, p5.size());
        assertEquals(" Dbl Clr 3mm/13mm Arg", p5.get(2));
        assertEquals(List.of("a,b; c", "x"), values(ParamType.DISCRETE, "{\"a,b; c\" x}"));
        assertEquals(List.of("abc de"), values(ParamType.DISCRETE, "{ab\"c d\"e}"));
    }

    @Test
    void listValuesAreVerbatimForAnyType() {
        assertEquals(List.of("FullExterior", "FullInteriorAndExterior"),
                values(ParamType.INTEGER, "{FullExterior, FullInteriorAndExterior}"));
    }

    @Test
    void doubleRangesKeepTheExactDecimalsOfStartAndStep() {
        assertEquals(List.of("18", "18.5", "19.0", "19.5", "20.0", "20.5", "21.0", "21.5", "22.0", "22.5", "23.0"),
                values(ParamType.DOUBLE, "[18:.5:23]"));
        assertEquals(List.of("0.01", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30"),
                values(ParamType.DOUBLE, "{0.01}&[0.05:0.05:0.3]"));
        assertEquals(List.of("1E+1", "15", "20"), values(ParamType.DOUBLE, "[1e1:5:20]"));
        List<String> ach = values(ParamType.DOUBLE, "[0.5:0.5:5]");
        assertEquals(10, ach.size());
        assertEquals("5.0", ach.get(9));
        List<String> width = values(ParamType.DOUBLE, "[0.2:0.2:3.6]");
        assertEquals(18, width.size());
        assertEquals("1.0", width.get(4));
    }

    @Test
    void rangesIncludeTheEndWhenHitAndNeverPassIt() {
        List<String> ori = values(ParamType.INTEGER, "[0:15:350]");
        assertEquals(24, ori.size());
        assertEquals("345", ori.get(23));
    }

    @Test
    void rangesMayDescendAndStartEqualToEndGivesOneValue() {
        assertEquals(List.of("10", "8", "6", "4", "2"), values(ParamType.INTEGER, "[10:-2:1]"));
        assertEquals(List.of("5"), values(ParamType.INTEGER, "[5:1:5]"));
        assertEquals(List.of("5", "6"), values(ParamType.INTEGER, "[ 5 : 1 : 6 ]"));
    }

    @Test
    void integerRangesRoundHalfUpAndDropDuplicates() {
        assertEquals(List.of("0", "1", "2"), values(ParamType.INTEGER, "[0:0.5:2]"));
        assertEquals(List.of("-1", "-2"), values(ParamType.INTEGER, "[-0.5:-0.5:-1.5]"));
    }

    @Test
    void unionIsFirstWinsAndExclusionRemovesExactStringsAfterAllUnions() {
        assertEquals(List.of("0", "90", "180", "225", "270", "315", "101"),
                values(ParamType.INTEGER, "[0:45:359] & {101} ^ {45, 135}"));
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0"), values(ParamType.DOUBLE, "[0.0:0.5:2] ^ {1}"));
        assertEquals(List.of("2", "3"), values(ParamType.INTEGER, "{1} ^ {1} & {2,3}"));
        assertEquals(List.of("1", "2"), values(ParamType.INTEGER, "&{1,2,1}"));
    }

    @Test
    void theWholeStringIsTrimmed() {
        assertEquals(List.of("1", "2"), values(ParamType.INTEGER, "  {1,2} "));
    }

    @Test
    void rangesRefuseZeroOrWrongSignStepsAndOtherTypes() {
        assertTrue(refusal(ParamType.INTEGER, "[0:0:5]").contains("step of [0:0:5] is 0"));
        assertTrue(refusal(ParamType.INTEGER, "[0:-1:5]").contains("goes away from the end"));
        assertTrue(refusal(ParamType.DISCRETE, "[0:1:5]").contains("needs type INTEGER or DOUBLE"));
        assertTrue(refusal(ParamType.DOUBLE, "[0:1]").contains("[start:step:end]"));
        assertTrue(refusal(ParamType.DOUBLE, "[0:x:1]").contains("'x' in [0:x:1] is not a number"));
    }

    @Test
    void malformedStringsAndNoValuesAreRefusedNamingTheParameter() {
        assertEquals("Parameter P9: valuesString must start with {, [, @, & or ^ (a single value is written {5}): '5'",
                refusal(ParamType.INTEGER, "5"));
        assertTrue(refusal(ParamType.INTEGER, "{1,2").startsWith("Parameter P9: malformed section"));
        assertTrue(refusal(ParamType.INTEGER, "{1}&").startsWith("Parameter P9: malformed section"));
        assertTrue(refusal(ParamType.INTEGER, "{1} {2}").startsWith("Parameter P9: malformed section"));
        assertTrue(refusal(ParamType.INTEGER, "{}").contains("gives no values"));
        assertTrue(refusal(ParamType.INTEGER, "{1}^{1}").contains("gives no values"));
        assertTrue(refusal(ParamType.INTEGER, "{\"a}").contains("unclosed quote"));
        assertTrue(refusal(ParamType.INTEGER, "@foo(1)").contains("unknown section '@foo'"));
    }

    @Test
    void scriptParametersAreRefused() {
        for (String kind : List.of("script", "jython", "python2", "python3")) {
            assertEquals("Parameter P9: script parameters are not supported",
                    refusal(ParamType.DOUBLE, "@" + kind + "(a.py, P1)"));
        }
    }

    @Test
    void calcReplacesEarlierIdsByTagsAsWholeIdentifiers() {
        List<Parameter> earlier = List.of(param("P1", "@@one@@"), param("P4", "@@ins2@@"), param("P10", "@@ten@@"));
        ValuesString.Parsed p7 = ValuesString.parse("P11", ParamType.INTEGER, "@calc(2-P4/2)",
                context(earlier, List.of("P11")));
        assertEquals(List.of("?=2-@@ins2@@/2"), p7.values());
        assertNull(p7.sample());
        assertEquals(List.of("?=@@ten@@+@@one@@*Math.max(P1x,1)"), ValuesString.parse("P11", ParamType.DOUBLE,
                "@calc(P10+P1*math.max(P1x,1))", context(earlier, List.of("P11"))).values());
        Parameter withTags = new Parameter("P2", List.of("@@a@@", "@@b@@"), ParamType.DOUBLE, List.of("1"), 0, null);
        assertEquals(List.of("?=(@@a@@)"), ValuesString.parse("P3", ParamType.DOUBLE, "@calc((P2))",
                context(List.of(withTags), List.of("P3"))).values());
    }

    @Test
    void calcRefusesTheSameOrALaterParameter() {
        List<Parameter> earlier = List.of(param("P0", "@@zero@@"));
        assertEquals("Parameter P1: @calc may use only earlier parameters, not P2",
                assertThrows(InvalidRequestException.class, () -> ValuesString.parse("P1", ParamType.DOUBLE,
                        "@calc(P0+P2)", context(earlier, List.of("P1", "P2")))).getMessage());
        assertThrows(InvalidRequestException.class, () -> ValuesString.parse("P1", ParamType.DOUBLE,
                "@calc(P1*2)", context(earlier, List.of("P1", "P2"))));
    }

    @Test
    void calcIsIgnoredInAnExclusion() {
        assertEquals(List.of("1"), values(ParamType.DOUBLE, "{1} ^ @calc(3)"));
    }

    @Test
    void fileValuesHaveCommentsListSplittingAndDuplicates() throws IOException {
        Files.writeString(root.resolve("v.txt"), "! heading\na, b ! note\n\"c d\" a\n");
        assertEquals(List.of("a", "b", "c d", "a"), values(ParamType.DOUBLE, "@file(v.txt)"));
        assertEquals(List.of("b"), values(ParamType.DOUBLE, "@file(v.txt, 2)"));
        assertEquals(List.of("c d"), values(ParamType.DOUBLE, "@file(v.txt; 3)"));
        assertEquals(List.of("x", "a", "a", "b", "c d", "a"), values(ParamType.DOUBLE, "{x,a} & @file(v.txt)"));
        assertEquals("Parameter P9: @file(v.txt, 5) asks for value 5 of 4",
                refusal(ParamType.DOUBLE, "@file(v.txt, 5)"));
        assertTrue(refusal(ParamType.DOUBLE, "@file(v.txt, 0)").contains("asks for value 0"));
        assertEquals("Parameter P9 @file: file not found: missing.txt", refusal(ParamType.DOUBLE, "@file(missing.txt)"));
        assertTrue(refusal(ParamType.DOUBLE, "@file(../x.txt)").contains("leaves the uploaded project"));
    }

    @Test
    void sampleDrawsNValuesFromTheGivenGeneratorAndKeepsTheDistribution() {
        ValuesString.Parsed a = ValuesString.parse("P9", ParamType.DOUBLE, "@sample(uniform, 0, 1, 5)",
                new ValuesString.Context(root, root, new Random(42), List.of(), List.of("P9")));
        ValuesString.Parsed b = ValuesString.parse("P9", ParamType.DOUBLE, "@sample(U; 0; 1; 5)",
                new ValuesString.Context(root, root, new Random(42), List.of(), List.of("P9")));
        assertEquals(5, a.values().size());
        assertEquals(a.values(), b.values());
        assertNotNull(a.sample());
        assertNull(ValuesString.parse("P9", ParamType.DOUBLE, "{1} & @sample(u, 0, 1, 2)",
                context(List.of(), List.of("P9"))).sample());
    }
}
