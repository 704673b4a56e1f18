package org.nnplayground.core.data.sequence;

/**
 * Sequences ready for a recurrent network: {@code count} samples, each an input of
 * {@code steps x inputFeatures} values and a target of {@code targetSteps x targetFeatures} values,
 * both flat and row-major (step after step, the features of a step side by side), samples one after
 * another. {@code targetSteps} is {@code steps} when every step has a target (sequence to sequence)
 * and 1 when only the end of the sequence has one (sequence to one). Immutable.
 */
public final class SequenceData {
    private final int count;
    private final int steps;
    private final int inputFeatures;
    private final int targetSteps;
    private final int targetFeatures;
    private final double[] inputs;
    private final double[] targets;

    /**
     * @throws IllegalArgumentException when the arrays do not hold {@code count} samples of these sizes
     */
    public SequenceData(int count, int steps, int inputFeatures, int targetSteps, int targetFeatures,
                        double[] inputs, double[] targets) {
        if (count < 0 || steps < 1 || inputFeatures < 1 || targetFeatures < 1 || (targetSteps != steps && targetSteps != 1)) {
            throw new IllegalArgumentException("sequences of " + steps + " steps of " + inputFeatures
                    + " values need targets at every step or at the last, of at least 1 value");
        }
        if (inputs.length != count * steps * inputFeatures || targets.length != count * targetSteps * targetFeatures) {
            throw new IllegalArgumentException("inputs and targets must hold " + count + " sequences");
        }
        this.count = count;
        this.steps = steps;
        this.inputFeatures = inputFeatures;
        this.targetSteps = targetSteps;
        this.targetFeatures = targetFeatures;
        this.inputs = inputs.clone();
        this.targets = targets.clone();
    }

    /** Number of sequences. */
    public int count() {
        return count;
    }

    /** Steps per sequence. */
    public int steps() {
        return steps;
    }

    /** Values per step of the input. */
    public int inputFeatures() {
        return inputFeatures;
    }

    /** Steps that have a target: {@link #steps()} or 1 (the last). */
    public int targetSteps() {
        return targetSteps;
    }

    /** Values per target step. */
    public int targetFeatures() {
        return targetFeatures;
    }

    /** Whether every step has a target (sequence to sequence) rather than the last only; for one step, both. */
    public boolean targetsEveryStep() {
        return targetSteps == steps;
    }

    /** Values of one sample's input. */
    public int inputSize() {
        return steps * inputFeatures;
    }

    /** Values of one sample's target. */
    public int targetSize() {
        return targetSteps * targetFeatures;
    }

    /** Input value {@code feature} of step {@code step} of sequence {@code sample}. */
    public double input(int sample, int step, int feature) {
        return inputs[(sample * steps + step) * inputFeatures + feature];
    }

    /** Target value {@code feature} of target step {@code step} (0 for a sequence-to-one target). */
    public double target(int sample, int step, int feature) {
        return targets[(sample * targetSteps + step) * targetFeatures + feature];
    }

    /** A copy of all inputs, sample after sample. */
    public double[] inputs() {
        return inputs.clone();
    }

    /** A copy of all targets, sample after sample. */
    public double[] targets() {
        return targets.clone();
    }

    /** The sequences [from, to) as data of their own. */
    public SequenceData slice(int from, int to) {
        if (from < 0 || to > count || from > to) {
            throw new IllegalArgumentException("no sequences " + from + " to " + to + " in " + count);
        }
        double[] x = new double[(to - from) * inputSize()];
        double[] y = new double[(to - from) * targetSize()];
        System.arraycopy(inputs, from * inputSize(), x, 0, x.length);
        System.arraycopy(targets, from * targetSize(), y, 0, y.length);
        return new SequenceData(to - from, steps, inputFeatures, targetSteps, targetFeatures, x, y);
    }
}
