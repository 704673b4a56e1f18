package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkCurveTest {
    @Test
    void parameterInvertsTheCurvesX() {
        for (int k = 0; k <= 100; k++) {
            double t = k / 100.0;
            assertEquals(t, LinkCurve.parameterAt(LinkCurve.xFraction(t)), 1e-12);
        }
    }

    @Test
    void distanceIsZeroOnSampledPointsOfTheBezier() {
        double x0 = 10, y0 = 30, x1 = 110, y1 = 200;
        double xm = (x0 + x1) / 2;
        for (int k = 0; k <= 50; k++) {
            double t = k / 50.0;
            double u = 1 - t;
            double x = u * u * u * x0 + 3 * u * u * t * xm + 3 * u * t * t * xm + t * t * t * x1;
            double y = u * u * u * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t * t * t * y1;
            assertEquals(0, LinkCurve.distance(x, y, x0, y0, x1, y1), 1e-6, "t = " + t);
            assertTrue(LinkCurve.distance(x, y + 10, x0, y0, x1, y1) > 2, "off the curve at t = " + t);
            assertTrue(LinkCurve.distance(x, y + 10, x0, y0, x1, y1) <= 10 + 1e-9);
        }
        assertEquals(5, LinkCurve.distance(x0 - 3, y0 + 4, x0, y0, x1, y1), 1e-12);
    }
}
