package org.nnplayground.core.state;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * The worker's side of {@link WorkerHandOver}: a session of the same state as the page's (either
 * kind, see {@link HandedOverRun}), resumed from the page's snapshot, playing, trained in slices of frames (each frame as the page's own
 * would train it, so where the run stands after N batches is the same), with its status, weights and
 * snapshot to send back. Holds no clock (the caller passes one) and no browser.
 */
public final class WorkerRun {
    /** The budget of one of a slice's frames, as the page's frames have. */
    static final double FRAME_MS = 25;

    private final HandedOverRun session;
    private final double[] weights;
    private long sentVersion = -1;
    /** The epochs completed since {@link #completedEpochs} was last called: number and batch loss, in pairs. */
    private double[] epochs = new double[16];
    private int epochNumbers;

    /**
     * Takes up the run handed over in {@code snapshot} ({@link HandedOverRun#snapshot}; its weights
     * are the reset ones when {@code resetWeights}) in {@code session}, a new session of the page's
     * state, speed and stop conditions, and plays it.
     *
     * @throws IllegalArgumentException when the snapshot is not of this state
     */
    public WorkerRun(HandedOverRun session, double[] snapshot, boolean resetWeights) {
        this.session = session;
        session.resumeHandedOver(snapshot, resetWeights);
        session.play();
        session.onEpoch(this::epochCompleted);
        weights = session.trainer().network().parameterBuffer();
    }

    private void epochCompleted(int epoch, double batchLoss) {
        if (epochNumbers + 2 > epochs.length) {
            epochs = Arrays.copyOf(epochs, epochs.length * 2);
        }
        epochs[epochNumbers++] = epoch;
        epochs[epochNumbers++] = batchLoss;
    }

    /**
     * The epochs completed since the last call, as pairs of number and batch loss (what {@link
     * org.nnplayground.core.train.EpochObserver} is told), for the page's observer.
     */
    public double[] completedEpochs() {
        double[] out = Arrays.copyOf(epochs, epochNumbers);
        epochNumbers = 0;
        return out;
    }

    /**
     * Trains frames for about {@code sliceMs} by {@code clock}, at least one, and fewer once it stops
     * playing (it diverged); without a clock, one frame with its metrics at once. Returns the status
     * ({@link StatusNumbers}).
     */
    public double[] slice(DoubleSupplier clock, double sliceMs) {
        if (clock == null) {
            session.frame(null, 0);
        } else {
            double start = clock.getAsDouble();
            do {
                session.frame(clock, Math.min(FRAME_MS, Math.max(1, sliceMs)));
            } while (session.playing() && clock.getAsDouble() - start < sliceMs);
        }
        return status();
    }

    /** Where the run stands ({@link StatusNumbers}). */
    public double[] status() {
        return StatusNumbers.write(session.last(), session.playing());
    }

    /** The weights now when they changed since the last call, else null. */
    public double[] changedWeights() {
        if (session.weightsVersion() == sentVersion) {
            return null;
        }
        sentVersion = session.weightsVersion();
        session.trainer().network().copyParametersTo(weights);
        return weights;
    }

    /** The run's whole state, to hand it back ({@link HandedOverRun#handBack}). */
    public double[] snapshot() {
        return session.snapshot();
    }

    /** The session trained here. */
    public HandedOverRun session() {
        return session;
    }
}
