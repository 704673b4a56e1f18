package org.nnplayground.core.train;

import org.nnplayground.core.nn.ForwardInPieces;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.WeightsCopy;

/**
 * {@link Trainer#status()} spread over several calls, for networks whose metrics take longer than
 * a frame: {@link #begin} copies the weights, each {@link #advance} evaluates a few more samples of
 * that copy (the training set, then the test set), and {@link #result} is then bit for bit what
 * {@code status()} returned at the moment of the copy (the same sums in the same order). Training
 * may go on meanwhile; the copy is not touched by it. The copy's buffers are kept for the next one.
 */
public final class StatusInSlices {
    private final WeightsCopy copies = new WeightsCopy();
    private Network copy;
    private Trainer trainer;
    private int epoch;
    private long updates;
    private Divergence divergence;
    private int index;
    private double sum;
    private int right;
    private Metrics trainMetrics;
    private StepResult result;
    private boolean active;
    /** Whether only the training set is measured (see {@link #beginInitialLoss}). */
    private boolean trainOnly;
    /** The copy's forward pass of one sample in pieces (see {@link #advanceWork}). */
    private ForwardInPieces pieces;
    /** Whether {@link #pieces} holds a sample begun and not through. */
    private boolean midSample;

    /** Starts the metrics of {@code t}'s weights as they are now. */
    public void begin(Trainer t) {
        begin(t, t.network(), false);
    }

    /**
     * Starts the training loss of the weights {@code t}'s reset makes ({@link Trainer#initialNetwork}),
     * whatever its weights are now: the training set only, so the result's train loss is what
     * {@link Trainer#knowInitialLoss} wants, bit for bit (its test metrics are those of no samples).
     */
    public void beginInitialLoss(Trainer t) {
        begin(t, t.initialNetwork(), true);
    }

    private void begin(Trainer t, Network weights, boolean onlyTraining) {
        copy = copies.take(weights);
        pieces = copies.pieces();
        midSample = false;
        trainOnly = onlyTraining;
        trainer = t;
        epoch = t.epoch();
        updates = t.sampleUpdates();
        divergence = t.divergence();
        index = 0;
        sum = 0;
        right = 0;
        trainMetrics = null;
        result = null;
        active = true;
    }

    /** Whether metrics were begun and are not finished. */
    public boolean active() {
        return active;
    }

    /** Forgets the metrics begun (e.g. the trainer was replaced). */
    public void cancel() {
        active = false;
        trainer = null;
    }

    /** The trainer whose weights are being measured, or null. */
    public Trainer trainer() {
        return active ? trainer : null;
    }

    /** The sample updates of the copied weights. */
    public long sampleUpdates() {
        return updates;
    }

    /** Evaluates up to {@code samples} more samples (at least one); returns whether the metrics are finished. */
    public boolean advance(int samples) {
        if (!active) {
            return true;
        }
        TrainingData data = trainMetrics == null ? trainer.trainData() : trainer.testData();
        int end = Math.min(data.size(), index + Math.max(1, samples));
        double[] inputs = data.inputMatrix();
        double[] targets = data.targetMatrix();
        int in = data.inputSize();
        int out = data.outputSize();
        boolean classify = data.isClassification();
        for (int i = index; i < end; i++) {
            double[] output = copy.forward(inputs, i * in);
            sum += copy.loss(trainer.config().loss(), targets, i * out);
            if (classify && data.predictedClass(output) == data.label(i)) {
                right++;
            }
        }
        index = end;
        return finishedSet(data);
    }

    /**
     * Evaluates samples worth about {@code work} multiply-adds (see {@link Network#forwardCost}): as
     * many whole samples as fit, at least one; a sample beyond that work is run in pieces of it over
     * several calls ({@link ForwardInPieces}), so that no call takes much longer than its work,
     * however long one sample is. The same sums in the same order as {@link #advance}. Returns
     * whether the metrics are finished.
     */
    public boolean advanceWork(long work) {
        if (!active) {
            return true;
        }
        long perSample = copy.forwardCost();
        if (!midSample && perSample <= work) {
            return advance((int) Math.min(Integer.MAX_VALUE, work / perSample));
        }
        TrainingData data = trainMetrics == null ? trainer.trainData() : trainer.testData();
        if (index >= data.size()) {
            return advance(1); // an empty set: nothing to run, only to finish
        }
        if (!midSample) {
            pieces.begin(data.inputMatrix(), index * data.inputSize());
            midSample = true;
        }
        if (!pieces.advance(work)) {
            return false;
        }
        midSample = false;
        sum += copy.loss(trainer.config().loss(), data.targetMatrix(), index * data.outputSize());
        if (data.isClassification() && data.predictedClass(pieces.output()) == data.label(index)) {
            right++;
        }
        index++;
        return finishedSet(data);
    }

    /** After samples of {@code data}: whether the metrics are finished, moving to the test set when the training set is. */
    private boolean finishedSet(TrainingData data) {
        if (index < data.size()) {
            return false;
        }
        Metrics m = metrics(data);
        if (trainMetrics == null) {
            trainMetrics = m;
            index = 0;
            sum = 0;
            right = 0;
            if (trainOnly) {
                m = new Metrics(0.0, -1.0, 0);
            } else if (trainer.testData().size() > 0) {
                return false;
            } else {
                m = metrics(trainer.testData());
            }
        }
        result = new StepResult(epoch, updates, trainMetrics, m, divergence);
        active = false;
        return true;
    }

    /** As {@link Objective#evaluate} ends: the mean loss, the accuracy (or -1), the count. */
    private Metrics metrics(TrainingData data) {
        int n = data.size();
        if (n == 0) {
            return new Metrics(0.0, data.isClassification() ? 0.0 : -1.0, 0);
        }
        return new Metrics(sum / n, data.isClassification() ? (double) right / n : -1.0, n);
    }

    /** The finished metrics (null until finished). */
    public StepResult result() {
        return result;
    }
}
