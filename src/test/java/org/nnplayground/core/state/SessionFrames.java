package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.train.Trainer;

/**
 * What the session tests of both playgrounds drive their runs with over frames: a clock that moves
 * on every reading, the large runs whose initial loss and epochs outlast a frame, and the loop that
 * trains a waiting step over frames.
 */
public final class SessionFrames {
    /** The most frames a loop here runs before it gives up. */
    private static final int MOST_FRAMES = 100_000;

    private SessionFrames() {
    }

    /** One frame of a session (points or lab) within {@code budgetMs} by {@code clock}. */
    public interface Frame {
        void frame(DoubleSupplier clock, double budgetMs);
    }

    /** A clock that moves {@code step} ms on every reading. */
    public static DoubleSupplier ticking(double step) {
        double[] now = {0};
        return () -> now[0] += step;
    }

    /**
     * Sixteen hidden layers of 256 ReLU neurons on 2,400 points (an epoch of 120 batches, billions of
     * multiply-adds): the training set's forward pass alone is beyond the billion multiply-adds
     * computed at once.
     */
    public static PlaygroundState deepPoints() {
        String h = String.join(",", Collections.nCopies(16, "256"));
        String act = String.join(",", Collections.nCopies(16, "relu"));
        return LinkCodec.decode("n=2400&h=" + h + "&act=" + act).link().state();
    }

    /**
     * 600 shapes of 16 x 16 through 32 filters of 3 x 3 and two dense layers of 256, one image per
     * batch: the training set's forward pass alone is beyond the billion multiply-adds computed at once.
     */
    public static LabState largeImages() {
        return LabLinks.decode("lab=shapes&side=16&n=600&noise=0&train=0.8&shift=0&layers=c32k3s1-relu"
                + "&dense=256,256&dact=relu&seed=1&lr=0.01&batch=1&opt=sgd&clip=0").state();
    }

    /**
     * Runs frames of 25 ms by {@code clock} while {@code stepping} says a step waits, checking that
     * no frame trained before {@code trainer}'s initial loss was known and that the step ended;
     * returns the frames that trained.
     */
    public static int trainStepOverFrames(Trainer trainer, BooleanSupplier stepping, Frame frame, DoubleSupplier clock) {
        int frames = 0;
        int framesTraining = 0;
        while (stepping.getAsBoolean() && frames < MOST_FRAMES) {
            long before = trainer.sampleUpdates();
            boolean lossKnown = !trainer.needsInitialLoss();
            frame.frame(clock, 25);
            frames++;
            if (trainer.sampleUpdates() > before) {
                framesTraining++;
                assertTrue(lossKnown, "a frame trained only once the initial loss was known, frame " + frames);
            }
        }
        assertFalse(stepping.getAsBoolean(), "the step ended within " + MOST_FRAMES + " frames");
        return framesTraining;
    }
}
