package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.formula.Formula;
import org.nnplayground.core.formula.FormulaException;
import org.nnplayground.core.formula.FormulaKind;

/** Data sets typed as formulas: the points follow the formula, replay exactly, and undefined points are counted. */
class FormulaDataTest {
    private static DataSpec spec(DatasetKind kind, String formula, int points, double noise) {
        return new DataSpec(kind, points, noise, 0.5, 2, 7L, formula);
    }

    @Test
    void aCurveFollowsItsFormulaOverTheCurveRange() {
        DataSplit s = Datasets.generate(spec(DatasetKind.FORMULA_CURVE, "x^3 - 2 * x", 400, 0));
        Formula f = Formula.parse("x^3 - 2 * x", FormulaKind.CURVE);
        assertEquals(400, s.size());
        assertEquals("", s.notice());
        for (Dataset d : new Dataset[] {s.train(), s.test()}) {
            for (int i = 0; i < d.size(); i++) {
                assertTrue(d.x1(i) >= -1.5 && d.x1(i) <= 1.5);
                assertEquals(f.valueAt(d.x1(i), 0), d.target(i));
                assertTrue(d.domain().contains(d.x1(i), d.target(i)));
            }
        }
        assertEquals(ProblemType.REGRESSION_1D, s.train().problem());
    }

    @Test
    void aSurfaceAndARuleFollowTheirFormulas() {
        DataSplit surface = Datasets.generate(spec(DatasetKind.FORMULA_SURFACE, "x1 * x2 / 25", 300, 0));
        for (int i = 0; i < surface.train().size(); i++) {
            Dataset d = surface.train();
            assertEquals(d.x1(i) * d.x2(i) / 25, d.target(i));
            assertTrue(Math.abs(d.x1(i)) <= 5 && Math.abs(d.x2(i)) <= 5);
        }
        DataSplit rule = Datasets.generate(spec(DatasetKind.FORMULA_RULE, "x1^2 + x2^2 < 9", 500, 0));
        int ones = 0;
        for (int i = 0; i < rule.train().size(); i++) {
            Dataset d = rule.train();
            int expected = d.x1(i) * d.x1(i) + d.x2(i) * d.x2(i) < 9 ? 1 : 0;
            assertEquals(expected, d.label(i));
            ones += d.label(i);
        }
        assertTrue(ones > 40 && ones < rule.train().size() - 40, "both classes: " + ones);
        assertEquals(2, rule.train().numClasses());
    }

    @Test
    void theSameSpecGivesTheSameBitsAndAnotherFormulaOtherData() {
        DataSpec a = spec(DatasetKind.FORMULA_SURFACE, "sin(x1) * x2 / 5", 200, 0.3);
        DataSplit one = Datasets.generate(a);
        DataSplit two = Datasets.generate(a);
        for (int i = 0; i < one.train().size(); i++) {
            assertEquals(Double.doubleToRawLongBits(one.train().target(i)), Double.doubleToRawLongBits(two.train().target(i)));
            assertEquals(one.train().x1(i), two.train().x1(i));
        }
        DataSplit other = Datasets.generate(a.withFormula("cos(x1) * x2 / 5"));
        assertEquals(one.train().x1(0), other.train().x1(0), "the same seed draws the same inputs");
        assertNotEquals(one.train().target(0), other.train().target(0));
    }

    @Test
    void noiseMovesTargetsAndRulePoints() {
        DataSplit clean = Datasets.generate(spec(DatasetKind.FORMULA_CURVE, "x", 200, 0));
        DataSplit noisy = Datasets.generate(spec(DatasetKind.FORMULA_CURVE, "x", 200, 0.5));
        double off = 0;
        for (int i = 0; i < noisy.train().size(); i++) {
            off = Math.max(off, Math.abs(noisy.train().target(i) - noisy.train().x1(i)));
        }
        assertTrue(off > 0.1, "noise 0.5 moves targets: " + off);
        assertEquals(clean.train().x1(0), noisy.train().x1(0));
        DataSplit rule = Datasets.generate(spec(DatasetKind.FORMULA_RULE, "x1 > 0", 400, 1));
        int wrongSide = 0;
        for (int i = 0; i < rule.train().size(); i++) {
            wrongSide += (rule.train().x1(i) > 0 ? 1 : 0) != rule.train().label(i) ? 1 : 0;
        }
        assertTrue(wrongSide > 0, "noise moves points across the rule's border");
    }

    @Test
    void undefinedPointsAreLeftOutAndCounted() {
        DataSplit s = Datasets.generate(spec(DatasetKind.FORMULA_CURVE, "log(x)", 1000, 0));
        int kept = s.size();
        assertTrue(kept > 400 && kept < 600, "about half of x in [-1.5, 1.5] is positive: " + kept);
        assertTrue(s.notice().startsWith((1000 - kept) + " of 1000 points were left out: the formula is undefined"),
                s.notice());
        for (int i = 0; i < s.train().size(); i++) {
            assertTrue(s.train().x1(i) > 0);
        }
        DataSplit division = Datasets.generate(spec(DatasetKind.FORMULA_SURFACE, "1 / floor(x1)", 500, 0));
        assertTrue(division.size() < 500 && division.notice().contains("left out"), division.notice());
        DataSplit huge = Datasets.generate(spec(DatasetKind.FORMULA_CURVE, "exp(100 * x)", 300, 0));
        assertTrue(huge.size() < 300 && huge.notice().contains("beyond 1,000,000"), huge.notice());
    }

    @Test
    void aFormulaUndefinedEverywhereGivesNoDataAndSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Datasets.generate(spec(DatasetKind.FORMULA_CURVE, "sqrt(-1 - x^2)", 100, 0)));
        assertTrue(e.getMessage().contains("undefined at every one of the 100 points"), e.getMessage());
    }

    @Test
    void theSpecChecksAndKeepsItsFormula() {
        FormulaException e = assertThrows(FormulaException.class,
                () -> spec(DatasetKind.FORMULA_RULE, "x1 * x2 >", 100, 0));
        assertEquals(10, e.position());
        assertEquals("x1 * x2 > 0", spec(DatasetKind.FORMULA_RULE, "", 100, 0).formula(), "empty: the default");
        assertEquals("sin(x)", spec(DatasetKind.FORMULA_CURVE, "  sin(x) ", 100, 0).formula());
        assertEquals("", spec(DatasetKind.CIRCLE, "x1 > 0", 100, 0).formula(), "built-in shapes have none");
        DataSpec curve = spec(DatasetKind.FORMULA_CURVE, "x^2", 100, 0);
        assertEquals("x^2", curve.withPoints(50).withNoise(0.1).withSeed(3).formula());
        assertEquals(DatasetKind.FORMULA_SURFACE.defaultFormula(), curve.withKind(DatasetKind.FORMULA_SURFACE).formula(),
                "a curve's formula does not go to a surface");
        assertThrows(IllegalArgumentException.class, () -> DataSpec.of(DatasetKind.CIRCLE).withFormula("x1 > 0"));
        assertNotEquals(curve, curve.withFormula("x^3"));
    }

    @Test
    void everyProblemButMulticlassHasOwnData() {
        assertEquals(DatasetKind.FORMULA_CURVE, DatasetKind.formulaFor(ProblemType.REGRESSION_1D));
        assertEquals(DatasetKind.FORMULA_SURFACE, DatasetKind.formulaFor(ProblemType.REGRESSION_2D));
        assertEquals(DatasetKind.FORMULA_RULE, DatasetKind.formulaFor(ProblemType.CLASSIFICATION));
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.formulaKind() != null) {
                assertTrue(Datasets.generate(DataSpec.of(kind)).size() > 0, kind + "'s default formula gives data");
            }
        }
    }
}
