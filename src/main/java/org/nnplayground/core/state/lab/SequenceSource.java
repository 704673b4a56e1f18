package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.sequence.AddingProblem;
import org.nnplayground.core.data.sequence.DefaultText;
import org.nnplayground.core.data.sequence.Echo;
import org.nnplayground.core.data.sequence.NextCharacter;
import org.nnplayground.core.data.sequence.Parity;
import org.nnplayground.core.data.sequence.RunningSum;
import org.nnplayground.core.data.sequence.SequenceSplit;
import org.nnplayground.core.data.sequence.SequenceTask;
import org.nnplayground.core.data.sequence.SineContinuation;
import org.nnplayground.core.limits.Limits;

/**
 * Everything that decides the sequences of a run; {@link #split} always draws the same sequences for
 * the same source. Immutable; the constructor refuses what cannot be made, with the task's own sentence.
 *
 * @param problem what the sequences are
 * @param length steps per sequence
 * @param delay echo only: how many steps later a bit comes back
 * @param period sine only: the period in steps
 * @param noise standard deviation of the noise on the inputs, 0 to 1 (not for text)
 * @param sequences how many sequences (windows of the text), train and test together
 * @param trainFraction share of them used for training
 * @param text the text of the next-character problem (null or empty: the default text); ignored otherwise
 * @param seed the seed of every draw (and of the initial weights)
 */
public record SequenceSource(SequenceProblem problem, int length, int delay, double period, double noise, int sequences,
                             double trainFraction, String text, long seed) {
    /** Smallest share of the sequences used for training. */
    public static final double MIN_TRAIN_FRACTION = 0.05;

    public SequenceSource {
        if (problem == null) {
            throw new IllegalArgumentException("a sequence problem is needed");
        }
        text = problem.isText() && text != null && !text.isEmpty() ? NextCharacter.fitText(text) : null;
        Limits.requireWithin("Sequences", sequences, 1, Limits.MAX_SEQUENCES);
        if (!(trainFraction >= MIN_TRAIN_FRACTION && trainFraction <= 1.0)) {
            throw new IllegalArgumentException("the training share must be between " + MIN_TRAIN_FRACTION
                    + " and 1, was " + trainFraction);
        }
        taskFor(problem, length, delay, period, noise, text, false); // validates
    }

    /** The problem's usual sizes: 10 steps (25 characters for text), 200 sequences, 80 % for training, no noise. */
    public static SequenceSource of(SequenceProblem problem, long seed) {
        int length = problem.isText() ? 25 : problem == SequenceProblem.SINE ? 20 : 10;
        return new SequenceSource(problem, length, 2, 10, 0.0, 200, 0.8, null, seed);
    }

    /** The text the network reads: the one given, or the default text. */
    public String textShown() {
        return text == null ? DefaultText.TEXT : text;
    }

    /** The task that draws the sequences; {@code indices}: a text's characters as symbol indices (for an embedding). */
    public SequenceTask task(boolean indices) {
        return taskFor(problem, length, delay, period, noise, text, indices);
    }

    private static SequenceTask taskFor(SequenceProblem problem, int length, int delay, double period, double noise,
                                        String text, boolean indices) {
        switch (problem) {
            case ECHO:
                return new Echo(length, delay, noise);
            case PARITY:
                return new Parity(length, false, noise);
            case PARITY_END:
                return new Parity(length, true, noise);
            case SUM:
                return new RunningSum(length, false, noise);
            case COUNT:
                return new RunningSum(length, true, noise);
            case ADDING:
                return new AddingProblem(length, noise);
            case SINE:
                return new SineContinuation(length, period, noise);
            default:
                return new NextCharacter(text == null ? DefaultText.TEXT : text, length, indices);
        }
    }

    /** The sequences, split for training and testing. */
    public SequenceSplit split(boolean indices) {
        return task(indices).split(sequences, trainFraction, seed);
    }

    public SequenceSource withProblem(SequenceProblem value) {
        SequenceSource d = of(value, seed);
        return new SequenceSource(value, d.length, delay, period, noise, sequences, trainFraction, text, seed);
    }

    public SequenceSource withLength(int value) {
        return new SequenceSource(problem, value, delay, period, noise, sequences, trainFraction, text, seed);
    }

    public SequenceSource withDelay(int value) {
        return new SequenceSource(problem, length, value, period, noise, sequences, trainFraction, text, seed);
    }

    public SequenceSource withPeriod(double value) {
        return new SequenceSource(problem, length, delay, value, noise, sequences, trainFraction, text, seed);
    }

    public SequenceSource withNoise(double value) {
        return new SequenceSource(problem, length, delay, period, value, sequences, trainFraction, text, seed);
    }

    public SequenceSource withSequences(int value) {
        return new SequenceSource(problem, length, delay, period, noise, value, trainFraction, text, seed);
    }

    public SequenceSource withTrainFraction(double value) {
        return new SequenceSource(problem, length, delay, period, noise, sequences, value, text, seed);
    }

    public SequenceSource withText(String value) {
        return new SequenceSource(problem, length, delay, period, noise, sequences, trainFraction, value, seed);
    }

    public SequenceSource withSeed(long value) {
        return new SequenceSource(problem, length, delay, period, noise, sequences, trainFraction, text, value);
    }
}
