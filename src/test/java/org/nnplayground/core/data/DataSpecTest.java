package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DataSpecTest {
    private final DataSpec base = DataSpec.of(DatasetKind.CIRCLE);

    @Test
    void defaultsAreSensible() {
        assertEquals(DatasetKind.CIRCLE, base.kind());
        assertEquals(500, base.points());
        assertEquals(0.0, base.noise());
        assertEquals(0.5, base.trainFraction());
        assertEquals(3, base.classes());
        assertEquals(1L, base.seed());
        assertEquals(10_000, DataSpec.MAX_POINTS);
    }

    @Test
    void withersChangeOneFieldOnly() {
        assertEquals(new DataSpec(DatasetKind.XOR, 500, 0.0, 0.5, 3, 1L), base.withKind(DatasetKind.XOR));
        assertEquals(new DataSpec(DatasetKind.CIRCLE, 42, 0.0, 0.5, 3, 1L), base.withPoints(42));
        assertEquals(new DataSpec(DatasetKind.CIRCLE, 500, 0.25, 0.5, 3, 1L), base.withNoise(0.25));
        assertEquals(new DataSpec(DatasetKind.CIRCLE, 500, 0.0, 0.8, 3, 1L), base.withTrainFraction(0.8));
        assertEquals(new DataSpec(DatasetKind.CIRCLE, 500, 0.0, 0.5, 7, 1L), base.withClasses(7));
        assertEquals(new DataSpec(DatasetKind.CIRCLE, 500, 0.0, 0.5, 3, -9L), base.withSeed(-9L));
    }

    @Test
    void boundaryValuesAreAccepted() {
        base.withPoints(1);
        base.withPoints(DataSpec.MAX_POINTS);
        base.withNoise(0.0);
        base.withNoise(1.0);
        base.withTrainFraction(0.05);
        base.withTrainFraction(1.0);
        base.withClasses(2);
        base.withClasses(8);
        base.withSeed(Long.MIN_VALUE);
    }

    @Test
    void rejectsNullKind() {
        assertRejected(() -> base.withKind(null), "kind");
    }

    @Test
    void rejectsPointCountsOutsideOneToTenThousand() {
        assertRejected(() -> base.withPoints(0), "points", "1", "10000", "was 0");
        assertRejected(() -> base.withPoints(10_001), "points", "1", "10000", "was 10001");
        assertRejected(() -> base.withPoints(-5), "points", "1", "10000");
    }

    @Test
    void rejectsNoiseOutsideZeroToOne() {
        assertRejected(() -> base.withNoise(Double.NaN), "noise", "0", "1", "NaN");
        assertRejected(() -> base.withNoise(-0.1), "noise", "0", "1", "-0.1");
        assertRejected(() -> base.withNoise(1.5), "noise", "0", "1");
        assertRejected(() -> base.withNoise(Double.POSITIVE_INFINITY), "noise");
    }

    @Test
    void rejectsTrainFractionOutsideAllowedRange() {
        assertRejected(() -> base.withTrainFraction(0.0), "trainFraction", "0.05", "1.0");
        assertRejected(() -> base.withTrainFraction(0.04), "trainFraction", "0.05", "1.0");
        assertRejected(() -> base.withTrainFraction(1.01), "trainFraction", "0.05", "1.0");
        assertRejected(() -> base.withTrainFraction(Double.NaN), "trainFraction");
    }

    @Test
    void rejectsClassesOutsideTwoToEight() {
        assertRejected(() -> base.withClasses(1), "classes", "2", "8", "was 1");
        assertRejected(() -> base.withClasses(9), "classes", "2", "8", "was 9");
    }

    private static void assertRejected(Executable action, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment),
                    "message '" + e.getMessage() + "' should mention '" + fragment + "'");
        }
    }
}
