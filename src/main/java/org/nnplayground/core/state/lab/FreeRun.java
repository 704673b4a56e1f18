package org.nnplayground.core.state.lab;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.train.FreeRunning;

/**
 * A sine sequence continued beyond its end in two ways: by the network fed its own predictions
 * ({@link FreeRunning}), and by the true sine. The network's window is the sequence's clean values
 * (its targets: the values of steps 1 to L); both continuations start at step L + 1. The true one
 * follows from the last two clean values alone, since a sine of period P obeys
 * {@code x(t+1) = 2 cos(2 pi / P) x(t) - x(t-1)}.
 *
 * @param generated the network's values of steps L + 1 to L + n
 * @param truth the sine's values of the same steps
 */
public record FreeRun(double[] generated, double[] truth) {
    /**
     * Sequence {@code index} of the session's test set (its training set when the test set is empty),
     * continued for {@code length} steps.
     *
     * @throws IllegalArgumentException when the run is not a sine continuation or has no such sequence
     */
    public static FreeRun of(LabSession session, int index, int length) {
        if (!(session.state().model() instanceof SequenceModel)
                || !((SequenceModel) session.state().model()).data().problem().hasPeriod()) {
            throw new IllegalArgumentException("free running continues a sine; this run is not one");
        }
        boolean test = session.sets().sequences().test().count() > 0;
        SequenceTrace trace = SequenceTrace.of(session, test, index);
        double period = ((SequenceModel) session.state().model()).data().period();
        double[] start = new double[trace.targetSteps()];
        for (int t = 0; t < start.length; t++) {
            start[t] = trace.target(t, 0);
        }
        Network network = session.trainer().network();
        double[] generated = FreeRunning.generate(network, start, length);
        return new FreeRun(generated, sine(start, period, length));
    }

    /** The next {@code length} values of the sine of period {@code period} whose last values are {@code values}. */
    static double[] sine(double[] values, double period, int length) {
        double c = 2 * DetMath.cos(2 * Math.PI / period);
        double before = values.length > 1 ? values[values.length - 2] : 0;
        double last = values[values.length - 1];
        double[] out = new double[length];
        for (int n = 0; n < length; n++) {
            double next = c * last - before;
            out[n] = next;
            before = last;
            last = next;
        }
        return out;
    }

    /** The largest gap between the generated and the true values over the first {@code steps} steps. */
    public double drift(int steps) {
        double max = 0;
        for (int n = 0; n < Math.min(steps, generated.length); n++) {
            max = Math.max(max, Math.abs(generated[n] - truth[n]));
        }
        return max;
    }
}
