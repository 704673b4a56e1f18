package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.nn.Network;

/**
 * An image traced over several calls is the trace made at once, bit for bit, for the weights as
 * they were when it began, whatever the pieces and whatever training did meanwhile.
 */
class ImageTraceInPiecesTest {
    static void assertSameTrace(ImageTrace expected, ImageTrace actual, String what) {
        assertArrayEquals(expected.pixels(), actual.pixels(), what + ": pixels");
        assertEquals(expected.side(), actual.side(), what);
        assertArrayEquals(expected.probabilities(), actual.probabilities(), what + ": probabilities");
        assertEquals(expected.layers().size(), actual.layers().size(), what);
        for (int l = 0; l < expected.layers().size(); l++) {
            ImageTrace.LayerOutput e = expected.layers().get(l);
            ImageTrace.LayerOutput a = actual.layers().get(l);
            assertEquals(e.kind(), a.kind(), what + ": layer " + l);
            assertEquals(e.shape(), a.shape(), what + ": layer " + l);
            assertArrayEquals(e.values(), a.values(), what + ": layer " + l);
        }
    }

    @Test
    void piecesOfAnySizeGiveTheTraceOfTheWeightsAsTheyWereWhenItBegan() {
        for (String id : new String[] {"shapes", "digits", "bars"}) {
            for (long seed = 1; seed <= 2; seed++) {
                LabSession session = new LabSession(LabState.defaultFor(id, seed));
                session.stepEpochs(1);
                Network network = session.trainer().network();
                ImageSet images = session.sets().images().test();
                long perImage = network.forwardCost();
                ImageTraceInPieces pieces = new ImageTraceInPieces();
                for (long work : new long[] {1, perImage / 3, perImage, 2 * perImage}) {
                    int index = (int) ((seed * 7 + work) % images.size());
                    ImageTrace atOnce = ImageTrace.of(network, images, index);
                    double[] pixels = new double[images.pixelsPerImage()];
                    images.copyImage(index, pixels, 0);
                    pieces.begin(network, pixels, images.side());
                    assertNull(pieces.result(), "nothing before it is through");
                    session.stepEpochs(1); // training goes on: the copy traces the weights of the beginning
                    int calls = 1;
                    while (!pieces.advanceWork(work)) {
                        assertTrue(pieces.active());
                        calls++;
                    }
                    String what = id + ", seed " + seed + ", pieces of " + work;
                    assertFalse(pieces.active());
                    assertSameTrace(atOnce, pieces.result(), what);
                    if (work < perImage) {
                        assertTrue(calls > 1, what + ": over several calls, " + calls);
                    } else {
                        assertEquals(1, calls, what);
                    }
                    assertFalse(java.util.Arrays.equals(atOnce.probabilities(),
                            ImageTrace.of(network, pixels, images.side()).probabilities()),
                            what + ": the network has trained on since, so its trace now differs");
                }
            }
        }
    }

    @Test
    void anImageOfAnotherSizeIsRefusedAndNothingBegunIsAdvanced() {
        LabSession session = new LabSession(LabState.defaultFor("shapes", 1));
        ImageTraceInPieces pieces = new ImageTraceInPieces();
        assertThrows(IllegalStateException.class, () -> pieces.advanceWork(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pieces.begin(session.trainer().network(), new double[9], 3));
        assertTrue(e.getMessage().contains("pixels"), e.getMessage());
        assertFalse(pieces.active());
    }
}
