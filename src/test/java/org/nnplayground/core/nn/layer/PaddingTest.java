package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PaddingTest {
    @Test
    void sameKeepsTheSideAtStrideOneAndRoundsUpAtStrideTwo() {
        for (int in = 1; in <= 12; in++) {
            for (int k = 1; k <= 7; k++) {
                assertEquals(in, Padding.SAME.outputExtent(in, k, 1));
                assertEquals((in + 1) / 2, Padding.SAME.outputExtent(in, k, 2));
                assertNull(Padding.SAME.misfit("side", in, k, 2));
                int before = Padding.SAME.before(in, k, 1);
                assertEquals((k - 1) / 2, before, "zeros before: half, the odd one after");
            }
        }
        assertEquals(0, Padding.SAME.before(4, 3, 2)); // 2 outputs need 5 positions: one zero, after
        assertEquals(1, Padding.SAME.before(5, 3, 2)); // 3 outputs need 7: one zero on each side
    }

    @Test
    void validVisitsOnlyWholeWindows() {
        assertEquals(6, Padding.VALID.outputExtent(8, 3, 1));
        assertEquals(3, Padding.VALID.outputExtent(7, 3, 2));
        assertEquals(0, Padding.VALID.before(8, 3, 1));
        assertNull(Padding.VALID.misfit("side", 7, 3, 2));
        assertNull(Padding.VALID.misfit("side", 3, 3, 1));
        assertEquals("a kernel of 4 without padding needs a side of at least 4, not 3; use a kernel of at most 3"
                + " or same padding", Padding.VALID.misfit("side", 3, 4, 1));
        assertEquals("a kernel of 1 at stride 2 without padding fits a side of 3 or 5, not 4 (the side minus the"
                + " kernel must be even); use stride 1 or same padding", Padding.VALID.misfit("side", 4, 1, 2));
        assertEquals(Padding.SAME, Padding.byId("same"));
        assertEquals(Padding.VALID, Padding.byId("valid"));
        assertNull(Padding.byId("full"));
    }
}
