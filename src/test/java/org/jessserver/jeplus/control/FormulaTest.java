package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaTest {

    private static String eval(String text, Map<String, ?> vars) throws FormulaException {
        return Formula.evaluate(text, vars);
    }

    private static String eval(String text) throws FormulaException {
        return eval(text, Map.of());
    }

    @Test
    void shoeboxWindowPositionPrintsAsJavaDouble() throws FormulaException {
        assertEquals("1.875", eval("2-p4/2", Map.of("p4", 0.25)));
        assertEquals("1.9", eval("2-p4/2", Map.of("p4", 0.2)));
        assertEquals("1.995", eval("2-p4/2", Map.of("p4", 0.01)));
    }

    @Test
    void numbersPrintAsNashornPrintsThem() throws FormulaException {
        assertEquals("8.0", eval("p0*2", Map.of("p0", 4)));
        assertEquals("0.30000000000000004", eval("0.1+0.2"));
        assertEquals("1.0E22", eval("1e22"));
        assertEquals("2", eval("4/2"));
        assertEquals("3.5", eval("7/2"));
        assertEquals("-2", eval("-(4/2)"));
        assertEquals("2.0", eval("4.0/2"));
        assertEquals("2.0", eval("Math.floor(2.5)"));
        assertEquals("4.294967296E9", eval("65536*65536"));
        assertEquals("NaN", eval("0/0"));
        assertEquals("Infinity", eval("1/0"));
    }

    @Test
    void literalsIncludeExponentsAndHex() throws FormulaException {
        assertEquals("1500.0", eval("1.5e3"));
        assertEquals("0.015", eval("1.5E-2"));
        assertEquals("0.5", eval(".5"));
        assertEquals("255", eval("0xff"));
    }

    @Test
    void plusConcatenatesWhenEitherSideIsAString() throws FormulaException {
        assertEquals("Sgl Clr 6mm", eval("p5 + ' 6mm'", Map.of("p5", "Sgl Clr")));
        assertEquals("a1", eval("'a' + 1"));
        assertEquals("a0.5", eval("\"a\" + 0.5"));
        assertEquals("12", eval("1 + '2'"));
        assertEquals("3a", eval("1 + 2 + 'a'"));
        assertEquals("a1e+21", eval("'a' + 1e21"));
        assertEquals("x1e-7", eval("'x' + 0.0000001"));
        assertEquals("-1.0", eval("'1' - 2"));
        assertEquals("it's", eval("'it\\'s'"));
    }

    @Test
    void remainderFollowsJavaScript() throws FormulaException {
        assertEquals("-1", eval("-7 % 3"));
        assertEquals("1.5", eval("5.5 % 2"));
    }

    @Test
    void comparisonsAndLogicReturnJavaScriptValues() throws FormulaException {
        assertEquals("true", eval("1 < 2"));
        assertEquals("false", eval("2 <= 1"));
        assertEquals("true", eval("'b' > 'a'"));
        assertEquals("false", eval("'10' < '9' == false"));
        assertEquals("true", eval("'1' == 1"));
        assertEquals("false", eval("'1' === 1"));
        assertEquals("true", eval("'1' !== 1"));
        assertEquals("false", eval("0/0 == 0/0"));
        assertEquals("b", eval("0 || 'b'"));
        assertEquals("0.0", eval("0 && undefinedName"));
        assertEquals("true", eval("!0"));
        assertEquals("true", eval("1 != 2"));
    }

    @Test
    void ternaryNestsToTheRightAndEvaluatesOneBranch() throws FormulaException {
        assertEquals("small", eval("p0 < 1 ? 'small' : p0 < 10 ? 'medium' : nope", Map.of("p0", 0.5)));
        assertEquals("medium", eval("p0 < 1 ? 'small' : p0 < 10 ? 'medium' : nope", Map.of("p0", 5)));
    }

    @Test
    void mathFunctionsAndConstants() throws FormulaException {
        assertEquals("3.0", eval("Math.max(1, 3, 2)"));
        assertEquals("-Infinity", eval("Math.max()"));
        assertEquals("1.0", eval("Math.min(p0, 2, 7)", Map.of("p0", 1)));
        assertEquals("-2.0", eval("Math.round(-2.5)"));
        assertEquals("3.0", eval("Math.round(2.5)"));
        assertEquals("0.0", eval("Math.round(0.49999999999999994)"));
        assertEquals("8.0", eval("Math.pow(2, 3)"));
        assertEquals("NaN", eval("Math.pow(1, 1/0)"));
        assertEquals("3.141592653589793", eval("Math.PI"));
        assertEquals("0.7071067811865476", eval("Math.SQRT1_2"));
        assertEquals("1.0", eval("Math.log(Math.E)"));
        assertEquals("NaN", eval("Math.sqrt()"));
        assertEquals("0.7853981633974483", eval("Math.atan2(1, 1)"));
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertTrue(assertThrows(FormulaException.class, () -> eval("p9 + 1")).getMessage()
                .contains("Unknown variable p9"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("Math.random()")).getMessage()
                .contains("Unknown function Math.random"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("java.lang.System.exit(1)")).getMessage()
                .contains("only Math. functions"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("Math.TAU")).getMessage()
                .contains("Unknown constant Math.TAU"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("(1 + 2")).getMessage()
                .contains("Expected ')'"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("1 +")).getMessage()
                .contains("ends where a value is expected"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("x = 1", Map.of("x", 1))).getMessage()
                .contains("Unexpected '='"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("'abc")).getMessage()
                .contains("Unterminated string"));
        assertThrows(FormulaException.class, () -> eval(""));
        assertThrows(FormulaException.class, () -> eval("1 2"));
        assertThrows(FormulaException.class, () -> eval("while(true){}"));
    }

    @Test
    void workIsBounded() throws FormulaException {
        assertTrue(assertThrows(FormulaException.class, () -> eval("1".repeat(Formula.MAX_LENGTH + 1))).getMessage()
                .contains("longer than"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("(".repeat(3000) + "1" + ")".repeat(3000)))
                .getMessage().contains("nested"));
        assertTrue(assertThrows(FormulaException.class, () -> eval("-".repeat(5000) + "1")).getMessage()
                .contains("nested"));
        assertEquals("5000", eval("1" + "+1".repeat(4999)));
        assertEquals("a" + "b".repeat(2000), eval("'a'" + "+'b'".repeat(2000)));
    }

    @Test
    void numericTextIsRecognisedAsJavaScriptReadsIt() {
        assertTrue(Formula.isNumeric("0.25"));
        assertTrue(Formula.isNumeric("1E+1"));
        assertTrue(Formula.isNumeric("-3"));
        assertTrue(!Formula.isNumeric("Sgl Clr 6mm"));
        assertTrue(!Formula.isNumeric(""));
        assertTrue(!Formula.isNumeric("1d"));
    }
}
