package org.nnplayground.core.train;

import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Shape;

/**
 * Free-running generation of a one-value sequence (sine continuation): a network trained to predict
 * the next value from a window of the last {@code steps} values is given a true start window, and
 * then its own predictions in place of the data, one step at a time. Errors feed back into the
 * inputs, so the generated curve drifts away from the true one: the difference between predicting
 * one step and generating many.
 */
public final class FreeRunning {
    private FreeRunning() {
    }

    /**
     * {@code length} values generated after {@code start}, whose last {@code steps} values (the
     * network's window) are the first input; each new value is the network's output at the last
     * step of the window, and the window then moves on by one.
     *
     * @throws IllegalArgumentException when the network does not take steps x 1 and give one value per
     *     step or one at the end, or {@code start} is shorter than its window
     */
    public static double[] generate(Network network, double[] start, int length) {
        Shape in = network.layer(1).inputShape();
        int outputs = network.output().length;
        if (in.rank() != 2 || in.dim(1) != 1 || (outputs != in.dim(0) && outputs != 1)) {
            throw new IllegalArgumentException("free running needs a network from steps x 1 to one value per step or one at"
                    + " the end, not from " + in + " to " + outputs);
        }
        int steps = in.dim(0);
        if (start.length < steps) {
            throw new IllegalArgumentException("free running needs a start of at least " + steps + " values, not " + start.length);
        }
        double[] series = new double[steps + length];
        System.arraycopy(start, start.length - steps, series, 0, steps);
        double[] result = new double[length];
        for (int n = 0; n < length; n++) {
            double[] out = network.forward(series, n);
            double next = out[outputs - 1];
            series[steps + n] = next;
            result[n] = next;
        }
        return result;
    }
}
