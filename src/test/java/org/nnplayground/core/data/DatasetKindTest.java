package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatasetKindTest {
    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void idIsShortLowercaseAndRoundTrips(DatasetKind kind) {
        assertTrue(kind.id().matches("[a-z0-9]{2,12}"), kind.id());
        assertFalse(kind.label().isBlank());
        assertSame(kind, DatasetKind.byId(kind.id()));
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (DatasetKind kind : DatasetKind.values()) {
            assertTrue(ids.add(kind.id()), "duplicate id " + kind.id());
        }
    }

    @Test
    void unknownIdGivesNull() {
        assertNull(DatasetKind.byId("nope"));
        assertNull(DatasetKind.byId(""));
        assertNull(DatasetKind.byId(null));
        assertNull(DatasetKind.byId("CIRCLE"));
    }

    @Test
    void idsAreTheStableOnesUsedInUrls() {
        assertEquals("circle", DatasetKind.CIRCLE.id());
        assertEquals("xor", DatasetKind.XOR.id());
        assertEquals("gauss", DatasetKind.GAUSSIAN.id());
        assertEquals("spiral", DatasetKind.SPIRAL.id());
        assertEquals("article", DatasetKind.ARTICLE.id());
        assertEquals("multigauss", DatasetKind.MULTI_GAUSSIAN.id());
    }

    @Test
    void problemTypesAndClassCounts() {
        assertEquals(ProblemType.REGRESSION_1D, DatasetKind.CUBIC.problem());
        assertEquals(ProblemType.CLASSIFICATION, DatasetKind.MOONS.problem());
        assertEquals(ProblemType.MULTICLASS, DatasetKind.SPIRAL3.problem());
        assertEquals(ProblemType.REGRESSION_2D, DatasetKind.PLANE.problem());
        assertEquals(5, DatasetKind.BLOBS.classCount(5));
        assertEquals(3, DatasetKind.SPIRAL3.classCount(5));
        assertEquals(2, DatasetKind.XOR.classCount(5));
        assertEquals(0, DatasetKind.SINE.classCount(5));
        assertTrue(DatasetKind.BLOBS.usesClassCount());
        assertFalse(DatasetKind.SPIRAL3.usesClassCount());
    }
}
