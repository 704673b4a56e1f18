package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeatureTest {
    @Test
    void valuesAtAPoint() {
        double a = 1.5;
        double b = -2.0;
        assertEquals(1.5, Feature.X1.value(a, b));
        assertEquals(-2.0, Feature.X2.value(a, b));
        assertEquals(2.25, Feature.X1_SQUARED.value(a, b));
        assertEquals(4.0, Feature.X2_SQUARED.value(a, b));
        assertEquals(-3.0, Feature.X1_TIMES_X2.value(a, b));
        assertEquals(Math.sin(1.5), Feature.SIN_X1.value(a, b), 1e-12);
        assertEquals(Math.sin(-2.0), Feature.SIN_X2.value(a, b), 1e-12);
    }

    @Test
    void idsAndLabels() {
        String[] ids = {"x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"};
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], Feature.values()[i].id());
        }
        assertEquals("x₁²", Feature.X1_SQUARED.label());
        assertEquals("sin(x₂)", Feature.SIN_X2.label());
    }

    @ParameterizedTest
    @EnumSource(Feature.class)
    void byIdRoundTrips(Feature f) {
        assertSame(f, Feature.byId(f.id()));
    }

    @Test
    void unknownIdGivesNull() {
        assertNull(Feature.byId("x3"));
        assertNull(Feature.byId(null));
    }
}
