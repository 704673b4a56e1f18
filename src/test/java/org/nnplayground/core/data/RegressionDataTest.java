package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the 1-D curves, the article data and the 2-D surfaces against their formulas. */
class RegressionDataTest {
    @Test
    void articleIsExactlyXZeroToNinetyNineWithYEqualX() {
        DataSplit split = Datasets.generate(DataSpec.of(DatasetKind.ARTICLE).withTrainFraction(1.0));
        Dataset d = split.train();
        assertEquals(100, d.size());
        assertEquals(0, split.test().size());
        for (int i = 0; i < 100; i++) {
            assertEquals((double) i, d.x1(i));
            assertEquals((double) i, d.target(i));
            assertEquals(0.0, d.x2(i));
        }
    }

    @Test
    void scaledArticleIsTheSameDataOverOneHundred() {
        Dataset d = Datasets.generate(DataSpec.of(DatasetKind.ARTICLE_SCALED).withTrainFraction(1.0)).train();
        assertEquals(100, d.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i * 0.01, d.x1(i));
            assertEquals(d.x1(i), d.target(i));
        }
        assertTrue(d.domain().xMax() < 1.1, "domain " + d.domain());
    }

    @Test
    void articleIgnoresPointsNoiseAndSeed() {
        DataSpec plain = DataSpec.of(DatasetKind.ARTICLE).withTrainFraction(1.0);
        String expected = DatasetsDeterminismTest.fingerprint(Datasets.generate(plain));
        DataSpec other = plain.withPoints(7).withNoise(1.0).withSeed(-42);
        assertEquals(expected, DatasetsDeterminismTest.fingerprint(Datasets.generate(other)));
    }

    @Test
    void articleSplitKeepsOrderAndSpreadsTrainingPointsEvenly() {
        DataSplit split = Datasets.generate(DataSpec.of(DatasetKind.ARTICLE).withTrainFraction(0.5));
        assertEquals(50, split.train().size());
        assertEquals(50, split.test().size());
        boolean[] seen = new boolean[100];
        for (Dataset d : new Dataset[] {split.train(), split.test()}) {
            for (int i = 0; i < d.size(); i++) {
                int x = (int) d.x1(i);
                assertEquals(d.target(i), d.x1(i));
                assertTrue(i == 0 || d.x1(i) > d.x1(i - 1), "increasing order");
                seen[x] = true;
            }
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        assertTrue(split.train().x1(0) <= 1 && split.train().x1(49) >= 98, "training spans the whole range");
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = {"IDENTITY", "LINEAR", "SQUARE", "CUBIC", "SINE", "ABS", "STEP"})
    void curvesMatchTheirFormulaWithoutNoise(DatasetKind kind) {
        DoubleUnaryOperator f = formula(kind);
        List<SplitPoints.Point> pts = SplitPoints.generate(DataSpec.of(kind).withPoints(500)).points();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (SplitPoints.Point p : pts) {
            assertTrue(p.x1() >= -1.5 && p.x1() <= 1.5, p.toString());
            assertEquals(f.applyAsDouble(p.x1()), p.target(), 1e-9, p.toString());
            min = Math.min(min, p.x1());
            max = Math.max(max, p.x1());
        }
        assertTrue(min < -1.4 && max > 1.4, "x covers [-1.5, 1.5]");
    }

    @Test
    void cubicTargetsAreExactlyXCubedMinusX() {
        for (SplitPoints.Point p : SplitPoints.generate(DataSpec.of(DatasetKind.CUBIC)).points()) {
            double x = p.x1();
            assertEquals(x * x * x - x, p.target());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = {"IDENTITY", "SQUARE", "SINE", "STEP"})
    void noiseAddsGaussianNoiseScaledToTheCurvesRange(DatasetKind kind) {
        DoubleUnaryOperator f = formula(kind);
        double range = Curves.cleanMax(kind) - Curves.cleanMin(kind);
        List<SplitPoints.Point> pts = SplitPoints.generate(DataSpec.of(kind).withPoints(4000).withNoise(1.0)).points();
        double sum = 0;
        double sumSq = 0;
        for (SplitPoints.Point p : pts) {
            double r = p.target() - f.applyAsDouble(p.x1());
            sum += r;
            sumSq += r * r;
        }
        double mean = sum / pts.size();
        double sd = Math.sqrt(sumSq / pts.size() - mean * mean);
        assertEquals(0.0, mean, 0.05 * range);
        assertEquals(0.25 * range, sd, 0.025 * range);
    }

    @Test
    void planeTargetIsSumOverTen() {
        for (SplitPoints.Point p : SplitPoints.generate(DataSpec.of(DatasetKind.PLANE)).points()) {
            assertTrue(Math.abs(p.x1()) <= 5 && Math.abs(p.x2()) <= 5, p.toString());
            assertEquals((p.x1() + p.x2()) / 10.0, p.target());
            assertTrue(Math.abs(p.target()) <= 1.0);
        }
    }

    @Test
    void multiGaussianIsASumOfSignedBumps() {
        double[][] bumps = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        List<SplitPoints.Point> pts = SplitPoints.generate(DataSpec.of(DatasetKind.MULTI_GAUSSIAN).withPoints(2000))
                .points();
        double min = 0;
        double max = 0;
        for (SplitPoints.Point p : pts) {
            double expected = 0;
            for (double[] b : bumps) {
                double d2 = (p.x1() - b[0]) * (p.x1() - b[0]) + (p.x2() - b[1]) * (p.x2() - b[1]);
                expected += b[2] * Math.exp(-d2 / (2 * 1.25 * 1.25));
            }
            assertEquals(expected, p.target(), 1e-9, p.toString());
            min = Math.min(min, p.target());
            max = Math.max(max, p.target());
        }
        assertTrue(min < -0.8 && min >= -1.05, "min " + min);
        assertTrue(max > 0.8 && max <= 1.05, "max " + max);
    }

    @Test
    void twoDimensionalRegressionNoiseIsOnTheTarget() {
        List<SplitPoints.Point> pts = SplitPoints.generate(
                DataSpec.of(DatasetKind.PLANE).withPoints(4000).withNoise(1.0)).points();
        double sumSq = 0;
        for (SplitPoints.Point p : pts) {
            double r = p.target() - (p.x1() + p.x2()) / 10.0;
            sumSq += r * r;
        }
        assertEquals(0.5, Math.sqrt(sumSq / pts.size()), 0.05);
    }

    private static DoubleUnaryOperator formula(DatasetKind kind) {
        switch (kind) {
            case IDENTITY:
                return x -> x;
            case LINEAR:
                return x -> 2 * x + 1;
            case SQUARE:
                return x -> x * x;
            case CUBIC:
                return x -> x * x * x - x;
            case SINE:
                return x -> Math.sin(Math.PI * x);
            case ABS:
                return Math::abs;
            case STEP:
                return x -> x < 0 ? -1 : 1;
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }
}
