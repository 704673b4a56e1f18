package org.nnplayground.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.lab.ImageTrace;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;

/**
 * A view's image trace: at once when small, for a new image or another network; for a large
 * network whose weights changed, the trace the view has stays until the new one is worked out over
 * the paints, and then it is the trace of the weights it began with, bit for bit.
 */
class ImageTracesTest {
    private final LabSession session = new LabSession(LabState.defaultFor("shapes", 3));
    private final double[] now = {0};
    private int repaints;

    private double[] image(int index) {
        ImageSet images = session.sets().images().test();
        double[] pixels = new double[images.pixelsPerImage()];
        images.copyImage(index, pixels, 0);
        return pixels;
    }

    private int side() {
        return session.sets().images().test().side();
    }

    private static void assertSameTrace(ImageTrace expected, ImageTrace actual) {
        assertArrayEquals(expected.probabilities(), actual.probabilities());
        for (int l = 0; l < expected.layers().size(); l++) {
            assertArrayEquals(expected.layers().get(l).values(), actual.layers().get(l).values(), "layer " + l);
        }
    }

    @Test
    void aSmallTraceIsMadeAtOnceAndKeptUntilTheWeightsChange() {
        ImageTraces traces = new ImageTraces(() -> repaints++, () -> now[0]++, Long.MAX_VALUE, 1);
        Network network = session.trainer().network();
        ImageTrace first = traces.of(network, session.weightsVersion(), image(0), side());
        assertSame(first, traces.of(network, session.weightsVersion(), image(0), side()), "once per change");
        session.stepEpochs(1);
        ImageTrace next = traces.of(network, session.weightsVersion(), image(0), side());
        assertNotSame(first, next);
        assertSameTrace(ImageTrace.of(network, image(0), side()), next);
        assertEquals(0, repaints);
    }

    @Test
    void aLargeTraceOfNewerWeightsIsWorkedOutOverPaintsWhileTheViewKeepsTheOneItHas() {
        // Every trace counts as large; a piece is one layer, and the clock moves past a paint's slice
        // at each look, so a paint works one layer.
        ImageTraces traces = new ImageTraces(() -> repaints++, () -> now[0] += 2 * ImageTraces.SLICE_MS, 0, 1);
        Network network = session.trainer().network();
        ImageTrace first = traces.of(network, session.weightsVersion(), image(2), side());
        assertSameTrace(ImageTrace.of(network, image(2), side()), first);
        assertEquals(0, repaints, "a new image is traced at once");

        session.stepEpochs(1);
        ImageTrace expected = ImageTrace.of(network, image(2), side());
        long version = session.weightsVersion();
        assertSame(first, traces.of(network, version, image(2), side()), "the trace the view has, meanwhile");
        assertEquals(1, repaints, "a repaint asked while the new one is under way");
        session.stepEpochs(1); // training goes on between paints; the trace is of the weights it began with
        ImageTrace shown = first;
        int paints = 1;
        while (shown == first) {
            shown = traces.of(network, version, image(2), side());
            paints++;
            assertTrue(paints < 1_000);
        }
        assertTrue(paints > 1, "over several paints: " + paints);
        assertSameTrace(expected, shown);
        assertSame(shown, traces.of(network, version, image(2), side()));

        ImageTrace other = traces.of(network, session.weightsVersion(), image(5), side());
        assertSameTrace(ImageTrace.of(network, image(5), side()), other);
    }
}
