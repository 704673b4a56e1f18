package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureSetTest {
    @Test
    void defaultsAreX1AndX2() {
        FeatureSet fs = FeatureSet.defaults();
        assertEquals(2, fs.count());
        assertEquals(Feature.X1, fs.get(0));
        assertEquals(Feature.X2, fs.get(1));
        assertTrue(fs.contains(Feature.X1));
        assertFalse(fs.contains(Feature.SIN_X1));
    }

    @Test
    void featuresAreKeptInDeclarationOrderWithoutDuplicates() {
        FeatureSet fs = FeatureSet.of(Feature.SIN_X2, Feature.X1_SQUARED, Feature.X1, Feature.SIN_X2);
        assertEquals(3, fs.count());
        assertEquals(List.of(Feature.X1, Feature.X1_SQUARED, Feature.SIN_X2), fs.features());
        assertThrows(IndexOutOfBoundsException.class, () -> fs.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> fs.get(-1));
    }

    @Test
    void withAddsAndRemoves() {
        FeatureSet fs = FeatureSet.defaults().with(Feature.X1_TIMES_X2, true);
        assertEquals(3, fs.count());
        assertTrue(fs.contains(Feature.X1_TIMES_X2));
        FeatureSet fewer = fs.with(Feature.X1, false);
        assertEquals(List.of(Feature.X2, Feature.X1_TIMES_X2), fewer.features());
        assertEquals(fewer, fewer.with(Feature.X1, false));
        assertEquals(fs, fs.with(Feature.X1, true));
    }

    @Test
    void emptySetsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, FeatureSet::of);
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FeatureSet(0));
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.of(Feature.X1).with(Feature.X1, false));
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.parse(""));
        assertThrows(IllegalArgumentException.class, () -> new FeatureSet(1 << 7));
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.of(Feature.X1, null));
    }

    @Test
    void idsRoundTrip() {
        for (int mask = 1; mask < (1 << Feature.values().length); mask++) {
            FeatureSet fs = new FeatureSet(mask);
            assertEquals(fs, FeatureSet.parse(fs.ids()));
        }
        assertEquals("x1,x2", FeatureSet.defaults().ids());
        assertEquals("x1sq,sinx2", FeatureSet.of(Feature.SIN_X2, Feature.X1_SQUARED).ids());
        assertEquals(7, FeatureSet.all().count());
    }

    @Test
    void parseRejectsUnknownIdsNamingTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureSet.parse("x1,x9"));
        assertTrue(e.getMessage().contains("x9") && e.getMessage().contains("sinx1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.parse("x1,"));
    }

    @Test
    void writesOnePointAtAnOffset() {
        FeatureSet fs = FeatureSet.of(Feature.X1, Feature.X2_SQUARED, Feature.X1_TIMES_X2);
        double[] out = new double[5];
        fs.writeInputs(2.0, 3.0, out, 1);
        assertArrayEquals(new double[] {0.0, 2.0, 9.0, 6.0, 0.0}, out);
        assertThrows(IllegalArgumentException.class, () -> fs.writeInputs(2.0, 3.0, out, 3));
        assertThrows(IllegalArgumentException.class, () -> fs.writeInputs(2.0, 3.0, out, -1));
    }

    @Test
    void writesADatasetRowMajor() {
        Dataset d = Dataset.ofClasses(ProblemType.CLASSIFICATION, 2,
                new double[] {1, 2, 3}, new double[] {-1, 0.5, 4}, new int[] {0, 1, 1}, Domain.INPUT_SQUARE);
        FeatureSet fs = FeatureSet.of(Feature.X1, Feature.X2, Feature.X1_SQUARED);
        assertEquals(3, FeatureSet.inputCount(fs, d));
        double[] out = new double[9];
        fs.writeInputs(d, out);
        assertArrayEquals(new double[] {1, -1, 1, 2, 0.5, 4, 3, 4, 9}, out);
        assertThrows(IllegalArgumentException.class, () -> fs.writeInputs(d, new double[8]));
    }

    @Test
    void oneDimensionalDataWritesJustX() {
        Dataset d = Dataset.ofCurve(new double[] {0.5, -1}, new double[] {1, 2}, new Domain(-2, 2, 0, 3));
        FeatureSet fs = FeatureSet.of(Feature.X1, Feature.X2, Feature.SIN_X1);
        assertEquals(1, FeatureSet.inputCount(fs, d));
        double[] out = new double[2];
        fs.writeInputs(d, out);
        assertArrayEquals(new double[] {0.5, -1}, out);
    }
}
