package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final Domain UNIT = new Domain(-1, 1, -1, 1);

    @Test
    void copiesItsInputs() {
        double[] x1 = {0.1, 0.2};
        double[] x2 = {0.3, 0.4};
        int[] labels = {0, 2};
        Dataset d = Dataset.ofClasses(ProblemType.MULTICLASS, 3, x1, x2, labels, UNIT);
        x1[0] = 9;
        x2[0] = 9;
        labels[0] = 1;
        assertEquals(0.1, d.x1(0));
        assertEquals(0.3, d.x2(0));
        assertEquals(0, d.label(0));
        assertEquals(2, d.dimension());
        assertEquals(3, d.numClasses());
    }

    @Test
    void regressionDataHasTargetsButNoLabels() {
        Dataset curve = Dataset.ofCurve(new double[] {0.5}, new double[] {0.25}, UNIT);
        assertEquals(1, curve.dimension());
        assertEquals(0, curve.numClasses());
        assertEquals(0.0, curve.x2(0));
        assertEquals(0.25, curve.target(0));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> curve.label(0));
        assertTrue(e.getMessage().contains("classification"), e.getMessage());

        Dataset surface = Dataset.ofSurface(new double[] {0.5}, new double[] {-0.5}, new double[] {1}, UNIT);
        assertEquals(ProblemType.REGRESSION_2D, surface.problem());
        assertEquals(-0.5, surface.x2(0));
        assertEquals(1.0, surface.target(0));
    }

    @Test
    void classificationDataHasNoTargets() {
        Dataset d = Dataset.ofClasses(ProblemType.CLASSIFICATION, 2, new double[1], new double[1], new int[1], UNIT);
        assertThrows(IllegalStateException.class, () -> d.target(0));
    }

    @Test
    void indicesAreChecked() {
        Dataset d = Dataset.ofCurve(new double[] {0.5}, new double[] {0.25}, UNIT);
        assertThrows(IndexOutOfBoundsException.class, () -> d.x1(1));
        assertThrows(IndexOutOfBoundsException.class, () -> d.x2(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> d.target(1));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Dataset.ofClasses(ProblemType.CLASSIFICATION, 2,
                new double[1], new double[1], new int[] {2}, UNIT));
        assertThrows(IllegalArgumentException.class, () -> Dataset.ofClasses(ProblemType.CLASSIFICATION, 3,
                new double[1], new double[1], new int[1], UNIT));
        assertThrows(IllegalArgumentException.class, () -> Dataset.ofClasses(ProblemType.REGRESSION_2D, 2,
                new double[1], new double[1], new int[1], UNIT));
        assertThrows(IllegalArgumentException.class, () -> Dataset.ofClasses(ProblemType.MULTICLASS, 3,
                new double[2], new double[1], new int[1], UNIT));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.ofCurve(new double[] {Double.NaN}, new double[1], UNIT));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.ofSurface(new double[1], new double[1], new double[] {Double.POSITIVE_INFINITY}, UNIT));
        assertThrows(IllegalArgumentException.class, () -> Dataset.ofCurve(new double[1], new double[1], null));
    }

    @Test
    void domainRejectsEmptyOrNonFiniteRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Domain(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Domain(0, 1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Domain(Double.NaN, 1, 0, 1));
        assertTrue(UNIT.contains(1, -1));
        assertEquals(12.0, Domain.INPUT_SQUARE.width());
    }
}
