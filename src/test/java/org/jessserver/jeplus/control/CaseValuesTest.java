package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseValuesTest {

    /** The Shoebox parameters P0..P7 as far as formulas care: P7 = @calc(2-P4/2). */
    private static final List<Parameter> SHOEBOX = List.of(
            parameter("P0", "@@ts@@"), parameter("P1", "@@sd@@"), parameter("P2", "@@ori@@"),
            parameter("P3", "@@ins@@"), parameter("P4", "@@ins2@@"), parameter("P5", "@@win_constr@@"),
            parameter("P6", "@@win_w@@"), new Parameter("P7", List.of("@@win_x@@"), ParamType.INTEGER,
                    List.of("?=2-@@ins2@@/2"), 0, null));

    private static Parameter parameter(String id, String... tags) {
        return new Parameter(id, List.of(tags), ParamType.DOUBLE, List.of("0"), 0, null);
    }

    private static String windowPosition(String ins2) throws CasePreparationException {
        List<String> raw = List.of("4", "FullExterior", "0", "0.01", ins2, "Sgl Clr 6mm", "0.2", "?=2-@@ins2@@/2");
        return CaseValues.evaluate(SHOEBOX, raw).get(7);
    }

    @Test
    void shoeboxWindowPositionFollowsTheSecondInsulation() throws CasePreparationException {
        assertEquals("1.875", windowPosition("0.25"));
        assertEquals("1.9", windowPosition("0.20"));
        assertEquals("1.995", windowPosition("0.01"));
    }

    @Test
    void otherValuesPassUnchanged() throws CasePreparationException {
        List<String> raw = List.of("4", "FullExterior", "0", "0.01", "0.25", " Dbl Clr", "0.2", "?=2-@@ins2@@/2");
        assertEquals(List.of("4", "FullExterior", "0", "0.01", "0.25", " Dbl Clr", "0.2", "1.875"),
                CaseValues.evaluate(SHOEBOX, raw));
    }

    @Test
    void textValuesBindAsStringsAndMathIsCapitalised() throws CasePreparationException {
        List<Parameter> ps = List.of(parameter("A", "@@name@@"), parameter("B", "@@n@@"), parameter("C", "@@out@@"));
        assertEquals("Sgl-3", CaseValues.evaluate(ps, List.of("Sgl", "2.6", "?=@@name@@ + '-' + math.ceil(@@n@@)"))
                .get(2));
    }

    @Test
    void longerTagsAreReplacedBeforeTheirPrefixes() throws CasePreparationException {
        List<Parameter> ps = List.of(parameter("A", "@x"), parameter("B", "@x1"), parameter("C", "@out"));
        assertEquals("12.0", CaseValues.evaluate(ps, List.of("2", "10", "?=@x1+@x")).get(2));
    }

    @Test
    void multiTagParametersCountEveryTag() throws CasePreparationException {
        List<Parameter> ps = List.of(parameter("A", "@a1", "@a2"), parameter("B", "@b"));
        assertEquals("7.0", CaseValues.evaluate(ps, List.of("3", "4", "?=@a1+@a2")).get(2));
    }

    @Test
    void aFailingFormulaNamesItsTagAndText() {
        List<Parameter> ps = List.of(parameter("A", "@a"), parameter("B", "@b"), parameter("C", "@c"));
        CasePreparationException e = assertThrows(CasePreparationException.class,
                () -> CaseValues.evaluate(ps, List.of("1", "?=@c*2", "5")));
        assertTrue(e.getMessage().contains("Tag @b: formula ?=@c*2 fails"), e.getMessage());
    }

    @Test
    void multiTagPartsGoInOrderAndTheLastRepeatsBeforeFormulasAreEvaluated() throws CasePreparationException {
        List<Parameter> ps = List.of(parameter("A", "@a1", "@a2", "@a3"), parameter("B", "@b1", "@b2"),
                parameter("C", "@c"));
        List<String> spread = TagValues.spread(ps, List.of("1 | 2", "x|y|z", "?=@a1+@a2+@a3"));
        assertEquals(List.of("1", "2", "2", "x", "y", "?=@a1+@a2+@a3"), spread);
        assertEquals("5.0", CaseValues.evaluate(ps, spread).get(5));
    }
}
