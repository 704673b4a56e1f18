package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;

/**
 * The image page's Step on a run whose initial loss is not known yet and whose epoch is billions of
 * multiply-adds: the click trains nothing, the frames bring the initial loss and then the epoch, and
 * the weights are bit for bit those of the epoch trained at once.
 */
class LabHandStepTest {
    /** 600 shapes of 16 x 16 through 32 filters of 3 x 3 and two dense layers of 256, one image per batch. */
    private static LabState large() {
        return LabLinks.decode("lab=shapes&side=16&n=600&noise=0&train=0.8&shift=0&layers=c32k3s1-relu"
                + "&dense=256,256&dact=relu&seed=1&lr=0.01&batch=1&opt=sgd&clip=0").state();
    }

    @Test
    void stepBeforeTheInitialLossIsKnownTrainsItsEpochOverFramesAndGivesTheSameWeights() {
        LabSession session = new LabSession(large());
        assertTrue(session.trainer().needsInitialLoss(), "the initial loss waits for the frames");
        session.askEpoch();
        assertEquals(0, session.trainer().sampleUpdates(), "nothing trained in the click");
        assertTrue(session.stepping());
        double[] now = {0};
        DoubleSupplier clock = () -> now[0] += 4;
        int frames = 0;
        int framesTraining = 0;
        while (session.stepping() && frames < 100_000) {
            long before = session.trainer().sampleUpdates();
            boolean lossKnown = !session.trainer().needsInitialLoss();
            session.frame(clock, 25);
            frames++;
            if (session.trainer().sampleUpdates() > before) {
                framesTraining++;
                assertTrue(lossKnown, "a frame trained only once the initial loss was known, frame " + frames);
            }
        }
        assertTrue(framesTraining > 1, "the epoch went over several frames: " + framesTraining);
        assertEquals(1, session.trainer().epoch());
        LabSession direct = new LabSession(large());
        direct.stepEpochs(1);
        assertEquals(direct.trainer().sampleUpdates(), session.trainer().sampleUpdates());
        assertEquals(direct.trainer().network().fingerprint().hex(), session.trainer().network().fingerprint().hex());
        assertFalse(session.playing());
    }
}
