package org.nnplayground.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.DetMath;

/** The formula language: values, precedence, undefined points, errors with positions and limits. */
class FormulaTest {
    private static double curve(String text, double x) {
        return Formula.parse(text, FormulaKind.CURVE).valueAt(x, 0.0);
    }

    private static double surface(String text, double x1, double x2) {
        return Formula.parse(text, FormulaKind.SURFACE).valueAt(x1, x2);
    }

    private static double rule(String text, double x1, double x2) {
        return Formula.parse(text, FormulaKind.RULE).valueAt(x1, x2);
    }

    private static FormulaException error(String text, FormulaKind kind) {
        return assertThrows(FormulaException.class, () -> Formula.parse(text, kind));
    }

    @Test
    void precedenceFollowsMathematics() {
        assertEquals(7.0, curve("1 + 2 * 3", 0));
        assertEquals(9.0, curve("(1 + 2) * 3", 0));
        assertEquals(512.0, curve("2^3^2", 0), "^ is right-associative");
        assertEquals(-4.0, curve("-2^2", 0), "the sign applies to the power");
        assertEquals(0.5, curve("2^-1", 0));
        assertEquals(2.0, curve("8 / 2 / 2", 0), "/ is left-associative");
        assertEquals(1.0, curve("4 - 2 - 1", 0));
        assertEquals(6.0, curve("--6", 0));
        assertEquals(-6.0, curve("+-+6", 0));
        assertEquals(1500.0, curve("1.5e3", 0));
        assertEquals(0.25, curve(".25", 0));
        assertEquals(0.003, curve("3E-3", 0));
    }

    @Test
    void variablesConstantsAndFunctionsUseTheDeterministicMaths() {
        double x = 0.7310585786300049;
        assertEquals(DetMath.sin(Math.PI * x), curve("sin(pi * x)", x));
        assertEquals(DetMath.cos(x) + DetMath.tan(x), curve("cos(x) + tan(x)", x));
        assertEquals(DetMath.exp(-x * x), curve("exp(-x^2)", x));
        assertEquals(DetMath.log(x), curve("log(x)", x));
        assertEquals(DetMath.tanh(3 * x), curve("tanh(3*x)", x));
        assertEquals(Math.sqrt(x), curve("sqrt(x)", x));
        assertEquals(Math.E, curve("e", x));
        assertEquals(DetMath.pow(x, 2.5), curve("x ^ 2.5", x));
        assertEquals(3.0, curve("abs(-3)", x));
        assertEquals(-2.0, curve("floor(-1.5)", x));
        assertEquals(-1.0, surface("min(x1, x2)", 2, -1));
        assertEquals(2.0, surface("max(x1, x2)", 2, -1));
        assertEquals(2.0 * 3.0 - 1.0, surface("x1 * x2 - 1", 2, 3));
        assertEquals(-0.5, curve("(x > 0) * x - 0.5", -1), "a comparison counts 1 or 0 in arithmetic");
    }

    @Test
    void rulesCompareAndJoin() {
        assertEquals(1.0, rule("x1 * x2 > 0", 1, 2));
        assertEquals(0.0, rule("x1 * x2 > 0", -1, 2));
        assertEquals(1.0, rule("x1 > 0 and x2 > 0 or x1 < -1", -2, -5), "and binds tighter than or");
        assertEquals(0.0, rule("x1 > 0 and (x2 > 0 or x1 < -1)", -2, -5));
        assertEquals(1.0, rule("x1 <= 1 and x1 >= 1 and x2 != 0", 1, 3));
        assertEquals(1.0, rule("x1 == 2", 2, 0));
        assertEquals(1.0, rule("x1 = 2", 2, 0));
        assertEquals(1.0, rule("x1^2 + x2^2 < 9", 1, 1));
    }

    @Test
    void undefinedPointsAreNaN() {
        assertTrue(Double.isNaN(curve("1 / x", 0)), "division by zero");
        assertTrue(Double.isNaN(curve("log(x)", -1)), "log of a negative");
        assertTrue(Double.isNaN(curve("log(x)", 0)), "log of zero");
        assertTrue(Double.isNaN(curve("sqrt(x)", -1)));
        assertTrue(Double.isNaN(curve("x ^ 0.5", -1)));
        assertTrue(Double.isNaN(curve("exp(1000) - exp(1000)", 0)), "overflow is undefined, never inf - inf");
        assertTrue(Double.isNaN(curve("0 * (1 / x)", 0)), "an undefined step stays undefined");
        assertTrue(Double.isNaN(rule("log(x1) > 0", -1, 0)), "a rule on an undefined value is undefined");
        assertTrue(Double.isNaN(rule("x1 > 0 or 1 / x2 > 0", 1, 0)));
        assertEquals(-1.0, curve("1 / x", -1));
    }

    @Test
    void errorsNameTheCharacter() {
        FormulaException e = error("x + 2 *", FormulaKind.CURVE);
        assertEquals(8, e.position());
        assertEquals("at 8: expected a number, a name or '(' after '*'", e.getMessage());
        e = error("x + 2 *)", FormulaKind.CURVE);
        assertEquals("at 8: expected a number, a name or '(' after '*', found ')'", e.getMessage());
        assertEquals(6, error("sin(x", FormulaKind.CURVE).position(), "one past the end");
        assertEquals(3, error("2 x", FormulaKind.CURVE).position());
        assertEquals(2, error("x)", FormulaKind.CURVE).position());
        assertEquals(5, error("1 + $", FormulaKind.CURVE).position());
        assertEquals(5, error("1 + \u00e9", FormulaKind.CURVE).position());
        assertEquals(1, error("sinn(x)", FormulaKind.CURVE).position());
        assertEquals(5, error("sin x", FormulaKind.CURVE).position());
        assertEquals(1, error("min(x)", FormulaKind.CURVE).position());
        assertEquals(1, error("", FormulaKind.CURVE).position());
        assertEquals(1, error("   ", FormulaKind.SURFACE).position());
        assertEquals(8, error("x1 > 0 & x2 > 0", FormulaKind.RULE).position());
        assertTrue(error("1e999", FormulaKind.CURVE).getMessage().contains("too large"));
    }

    @Test
    void eachKindHasItsVariables() {
        FormulaException e = error("2 * x1", FormulaKind.CURVE);
        assertEquals(5, e.position());
        assertEquals("at 5: y = f(x) uses x; there is no x1 here", e.getMessage());
        assertEquals(1, error("x + x2", FormulaKind.SURFACE).position());
        assertTrue(error("x1 * x2", FormulaKind.RULE).getMessage().contains("a rule compares"));
        e = error("0 < x1 < 1", FormulaKind.RULE);
        assertEquals(8, e.position());
        assertTrue(e.getMessage().contains("join two with 'and'"));
        assertEquals(1, error("x1 and x2 > 0", FormulaKind.RULE).position());
        assertEquals(12, error("x1 > 0 and x2", FormulaKind.RULE).position());
        assertEquals(1, error("and x1 > 0", FormulaKind.RULE).position());
    }

    @Test
    void deepNestingAndLongTextGetAMessage() {
        String deep = "(".repeat(10_000) + "x" + ")".repeat(10_000);
        FormulaException tooLong = error(deep, FormulaKind.CURVE);
        assertTrue(tooLong.getMessage().contains("longer than 1000"), tooLong.getMessage());
        String nested = "(".repeat(400) + "x" + ")".repeat(400);
        FormulaException e = error(nested, FormulaKind.CURVE);
        assertTrue(e.getMessage().contains("nested more than 100 levels"), e.getMessage());
        assertTrue(error("-".repeat(900) + "x", FormulaKind.CURVE).getMessage().contains("nested"));
        assertTrue(error("2^".repeat(400) + "2", FormulaKind.CURVE).getMessage().contains("nested"));
        assertTrue(error("sin(".repeat(150) + "x" + ")".repeat(150), FormulaKind.CURVE).getMessage().contains("nested"));
        assertEquals(Formula.MAX_DEPTH, nestingThatStillReads(), "exactly MAX_DEPTH levels read");
        String flat = "x" + "+x".repeat(499);
        assertEquals(500.0, curve(flat, 1.0), "a long flat chain is not nesting");
    }

    private static int nestingThatStillReads() {
        int levels = 0;
        for (int n = 1; n <= Formula.MAX_DEPTH + 5; n++) {
            try {
                Formula.parse("(".repeat(n - 1) + "x" + ")".repeat(n - 1), FormulaKind.CURVE);
                levels = n;
            } catch (FormulaException e) {
                break;
            }
        }
        return levels;
    }

    @Test
    void textIsKeptWithoutSurroundingSpaces() {
        Formula f = Formula.parse("  sin(x)\t ", FormulaKind.CURVE);
        assertEquals("sin(x)", f.text());
        assertEquals(f, Formula.parse("sin(x)", FormulaKind.CURVE));
    }
}
