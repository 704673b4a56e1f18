package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.math.Rng;

/**
 * A confusion matrix counted over several calls is the one counted at once, for the weights as they
 * were when it began, whatever the slices and whatever training did meanwhile.
 */
class ConfusionInSlicesTest {
    private static void assertSame(Confusion expected, Confusion actual, String what) {
        assertEquals(expected.classes(), actual.classes(), what);
        assertEquals(expected.total(), actual.total(), what);
        for (int a = 0; a < expected.classes(); a++) {
            for (int b = 0; b < expected.classes(); b++) {
                assertEquals(expected.count(a, b), actual.count(a, b), what + ": cell " + a + ", " + b);
            }
        }
        for (int i = 0; i < expected.total(); i++) {
            assertEquals(expected.predicted(i), actual.predicted(i), what + ": image " + i);
        }
    }

    @Test
    void slicesOfAnySizeGiveTheMatrixOfTheWeightsAsTheyWereWhenItBegan() {
        Rng sizes = new Rng(17);
        for (String id : new String[] {"shapes", "digits", "bars"}) {
            for (long seed = 1; seed <= 3; seed++) {
                LabSession session = new LabSession(LabState.defaultFor(id, seed));
                session.stepEpochs(1); // answers that are not all one class
                ImageSet images = session.sets().images().test();
                Confusion atOnce = Confusion.of(session.trainer().network(), images);
                ConfusionInSlices slices = new ConfusionInSlices();
                slices.begin(session.trainer().network(), images);
                session.stepEpochs(2); // training goes on: the copy counts the weights of the beginning
                int calls = 0;
                boolean done;
                do {
                    assertTrue(slices.active());
                    assertNull(slices.result(), "nothing before it is finished");
                    done = slices.advance(1 + sizes.nextInt(7));
                    calls++;
                } while (!done);
                String what = id + ", seed " + seed;
                assertTrue(calls > 1, what + ": over several calls");
                assertFalse(slices.active());
                assertSame(atOnce, slices.result(), what);
                assertTrue(atOnce.total() > 0);
            }
        }
    }

    @Test
    void slicesOfAPartOfAnImageGiveTheSameMatrix() {
        for (String id : new String[] {"shapes", "digits"}) {
            LabSession session = new LabSession(LabState.defaultFor(id, 4));
            session.stepEpochs(1);
            ImageSet images = session.sets().images().test();
            Confusion atOnce = Confusion.of(session.trainer().network(), images);
            long perImage = session.trainer().network().forwardCost();
            for (long work : new long[] {1, perImage / 3, perImage, 5 * perImage / 2}) {
                ConfusionInSlices slices = new ConfusionInSlices();
                slices.begin(session.trainer().network(), images);
                int calls = 1;
                while (!slices.advanceWork(work)) {
                    calls++;
                }
                assertSame(atOnce, slices.result(), id + " in pieces of " + work);
                if (work < perImage) {
                    assertTrue(calls > images.size(), "an image took several calls: " + calls);
                }
            }
        }
    }

    @Test
    void aCancelledMatrixIsNoLongerActiveAndTheNextBeginsAfresh() {
        LabSession session = new LabSession(LabState.defaultFor("shapes", 2));
        ImageSet images = session.sets().images().test();
        ConfusionInSlices slices = new ConfusionInSlices();
        slices.begin(session.trainer().network(), images);
        slices.advance(3);
        slices.cancel();
        assertFalse(slices.active());
        session.stepEpochs(1);
        slices.begin(session.trainer().network(), images);
        while (!slices.advance(5)) {
            assertTrue(slices.active());
        }
        assertSame(Confusion.of(session.trainer().network(), images), slices.result(), "after a cancel");
    }
}
