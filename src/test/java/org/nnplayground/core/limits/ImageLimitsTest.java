package org.nnplayground.core.limits;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The image limits speak the words of every other limit: a value cut by the controls or the link
 * says "... is above the limit of N; using N.", one refused by a layer's description says the same
 * without what it uses instead.
 */
class ImageLimitsTest {
    @Test
    void cutNoticesForTheImageSettingsUseTheUsualSentence() {
        assertEquals("Filters in convolution layer 2: 40 is above the limit of 32; using 32.",
                Limits.cutNotice(Limits.filtersIn(2), 40, 1, Limits.MAX_FILTERS));
        assertEquals("Kernel in convolution layer 1: 0 is below the minimum of 1; using 1.",
                Limits.cutNotice(Limits.kernelIn(1), 0, 1, Limits.MAX_KERNEL));
        assertEquals("Image side: 64 is above the limit of 32; using 32.",
                Limits.cutNotice(Limits.IMAGE_SIDE, 64, 1, Limits.MAX_IMAGE_SIDE));
        assertEquals("Channels: 99 is above the limit of 32; using 32.",
                Limits.cutNotice(Limits.CHANNELS, 99, 1, Limits.MAX_CHANNELS));
    }

    @Test
    void aRefusalSaysTheSameWithoutWhatItWouldUse() {
        assertEquals("Kernel: 8 is above the limit of 7.", Limits.refusal(Limits.KERNEL, 8, 1, Limits.MAX_KERNEL));
        assertEquals("Filters: 0 is below the minimum of 1.", Limits.refusal(Limits.FILTERS, 0, 1, Limits.MAX_FILTERS));
        assertNull(Limits.refusal(Limits.KERNEL, 7, 1, Limits.MAX_KERNEL));
        assertNull(Limits.refusal(Limits.KERNEL, 1, 1, Limits.MAX_KERNEL));
        assertEquals("Image side: 33 is above the limit of 32.", assertThrows(IllegalArgumentException.class,
                () -> Limits.requireWithin(Limits.IMAGE_SIDE, 33, 1, Limits.MAX_IMAGE_SIDE)).getMessage());
        assertDoesNotThrow(() -> Limits.requireWithin(Limits.CHANNELS, 32, 1, Limits.MAX_CHANNELS));
    }
}
