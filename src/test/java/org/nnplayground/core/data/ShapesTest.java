package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that each 2-D classification generator draws the shape it claims to, not just that it runs. */
class ShapesTest {
    private static List<SplitPoints.Point> points(DatasetKind kind, int n, double noise) {
        return SplitPoints.generate(DataSpec.of(kind).withPoints(n).withNoise(noise).withSeed(99)).points();
    }

    @Test
    void circleLabelsAgreeWithRadius() {
        for (SplitPoints.Point p : points(DatasetKind.CIRCLE, 1000, 0.0)) {
            double r = Math.hypot(p.x1(), p.x2());
            if (p.label() == 1) {
                assertTrue(r <= 2.5 + 1e-9, p.toString());
            } else {
                assertTrue(r >= 3.5 - 1e-9 && r <= 5.0 + 1e-9, p.toString());
            }
        }
    }

    @Test
    void circleNoiseMovesPointsAcrossTheGap() {
        int inGap = 0;
        for (SplitPoints.Point p : points(DatasetKind.CIRCLE, 1000, 1.0)) {
            double r = Math.hypot(p.x1(), p.x2());
            if (r > 2.5 && r < 3.5) {
                inGap++;
            }
        }
        assertTrue(inGap > 50, "points in the gap: " + inGap);
    }

    @Test
    void xorLabelsAgreeWithSignOfProduct() {
        for (SplitPoints.Point p : points(DatasetKind.XOR, 1000, 0.0)) {
            assertEquals(p.x1() * p.x2() > 0 ? 1 : 0, p.label(), p.toString());
            assertTrue(Math.abs(p.x1()) >= 0.3 && Math.abs(p.x1()) <= 5.3, p.toString());
            assertTrue(Math.abs(p.x2()) >= 0.3 && Math.abs(p.x2()) <= 5.3, p.toString());
        }
    }

    @Test
    void xorCoversAllFourQuadrants() {
        int[] quadrant = new int[4];
        for (SplitPoints.Point p : points(DatasetKind.XOR, 1000, 0.0)) {
            quadrant[(p.x1() > 0 ? 1 : 0) + (p.x2() > 0 ? 2 : 0)]++;
        }
        for (int q : quadrant) {
            assertTrue(q > 200, "quadrant counts " + q);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5})
    void gaussianClassMeansSitAtPlusMinusTwo(double noise) {
        double[] sumX = new double[2];
        double[] sumY = new double[2];
        int[] count = new int[2];
        for (SplitPoints.Point p : points(DatasetKind.GAUSSIAN, 2000, noise)) {
            sumX[p.label()] += p.x1();
            sumY[p.label()] += p.x2();
            count[p.label()]++;
        }
        assertEquals(2.0, sumX[1] / count[1], 0.15);
        assertEquals(2.0, sumY[1] / count[1], 0.15);
        assertEquals(-2.0, sumX[0] / count[0], 0.15);
        assertEquals(-2.0, sumY[0] / count[0], 0.15);
    }

    @Test
    void gaussianSpreadGrowsWithNoise() {
        assertTrue(spread(points(DatasetKind.GAUSSIAN, 2000, 1.0)) > 2 * spread(points(DatasetKind.GAUSSIAN, 2000, 0.0)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void spiralPointsLieOnTheirArm(int arms) {
        DatasetKind kind = arms == 2 ? DatasetKind.SPIRAL : DatasetKind.SPIRAL3;
        int[] count = new int[arms];
        for (SplitPoints.Point p : points(kind, 900, 0.0)) {
            double r = Math.hypot(p.x1(), p.x2());
            assertTrue(r <= 5.0 + 1e-9);
            double t = 1.75 * 2 * Math.PI * r / 5.0 + 2 * Math.PI * p.label() / arms;
            assertEquals(r * Math.sin(t), p.x1(), 1e-9, p.toString());
            assertEquals(r * Math.cos(t), p.x2(), 1e-9, p.toString());
            count[p.label()]++;
        }
        for (int c : count) {
            assertEquals(900 / arms, c);
        }
    }

    @Test
    void moonsLieOnTheirHalfCircles() {
        for (SplitPoints.Point p : points(DatasetKind.MOONS, 1000, 0.0)) {
            double u = p.x1() / 3.3 + 0.5;
            double v = p.x2() / 3.3 + 0.25;
            if (p.label() == 1) {
                assertEquals(1.0, Math.hypot(u, v), 1e-9, p.toString());
                assertTrue(v >= -1e-9, p.toString());
            } else {
                assertEquals(1.0, Math.hypot(1.0 - u, 0.5 - v), 1e-9, p.toString());
                assertTrue(0.5 - v >= -1e-9, p.toString());
            }
        }
    }

    @Test
    void checkerboardLabelsFollowCellParity() {
        int[][] cellCount = new int[4][4];
        for (SplitPoints.Point p : points(DatasetKind.CHECKERBOARD, 2000, 0.0)) {
            int column = (int) Math.floor((p.x1() + 5.0) / 2.5);
            int row = (int) Math.floor((p.x2() + 5.0) / 2.5);
            assertTrue(column >= 0 && column < 4 && row >= 0 && row < 4, p.toString());
            assertEquals((column + row) % 2 == 0 ? 1 : 0, p.label(), p.toString());
            cellCount[column][row]++;
        }
        for (int[] col : cellCount) {
            for (int c : col) {
                assertTrue(c > 60, "every cell is used, one had " + c);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8})
    void blobPointsAreNearestTheirOwnCentre(int k) {
        List<SplitPoints.Point> pts = SplitPoints.generate(
                DataSpec.of(DatasetKind.BLOBS).withClasses(k).withPoints(2000).withSeed(5)).points();
        int nearestOwn = 0;
        double[] meanX = new double[k];
        double[] meanY = new double[k];
        for (SplitPoints.Point p : pts) {
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                double angle = Math.PI / 2 + 2 * Math.PI * c / k;
                double d = Math.hypot(p.x1() - 4 * Math.cos(angle), p.x2() - 4 * Math.sin(angle));
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            nearestOwn += best == p.label() ? 1 : 0;
            meanX[p.label()] += p.x1() / (2000.0 / k);
            meanY[p.label()] += p.x2() / (2000.0 / k);
        }
        assertTrue(nearestOwn >= 0.98 * pts.size(), "nearest own centre: " + nearestOwn);
        for (int c = 0; c < k; c++) {
            double angle = Math.PI / 2 + 2 * Math.PI * c / k;
            assertEquals(4 * Math.cos(angle), meanX[c], 0.15);
            assertEquals(4 * Math.sin(angle), meanY[c], 0.15);
        }
    }

    private static double spread(List<SplitPoints.Point> pts) {
        double sum = 0;
        for (SplitPoints.Point p : pts) {
            double c = p.label() == 1 ? 2.0 : -2.0;
            sum += (p.x1() - c) * (p.x1() - c);
        }
        return Math.sqrt(sum / pts.size());
    }
}
