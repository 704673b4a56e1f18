package org.nnplayground.core.nn.layer;

/**
 * One block of a layer's parameters: its values and accumulated gradients (both live arrays of the
 * layer), its fan-in and fan-out, and whether the L1/L2 penalty applies to it.
 *
 * <p>A weight block is a {@code fanOut x fanIn} matrix stored row-major; a bias block has fan-in 1
 * and one value per output. {@link #index} is the one place outside a layer's own loops that knows
 * this layout: optimizers, the penalty, the fingerprint, the link's weights and the views walk
 * blocks and ask a block for an entry instead of computing its position.
 *
 * @param values the parameters, live: writing to them changes the network
 * @param grads the accumulated gradients, live, as long as {@code values}
 * @param fanIn inputs per output (1 for biases)
 * @param fanOut outputs
 * @param regularized whether the L1/L2 penalty applies (weights: yes, biases: no)
 * @param bias whether this block holds biases (an optimizer may leave them fixed)
 */
public record ParamBlock(double[] values, double[] grads, int fanIn, int fanOut, boolean regularized, boolean bias) {
    public ParamBlock {
        if (fanIn < 1 || fanOut < 1 || values.length != fanIn * fanOut || grads.length != values.length) {
            throw new IllegalArgumentException("a block of " + fanOut + " x " + fanIn + " needs "
                    + fanIn * fanOut + " values and gradients, not " + values.length + " and " + grads.length);
        }
    }

    /** A weight block of a layer mapping {@code fanIn} inputs to {@code fanOut} outputs. */
    public static ParamBlock weights(double[] values, double[] grads, int fanIn, int fanOut) {
        return new ParamBlock(values, grads, fanIn, fanOut, true, false);
    }

    /** A bias block with one value per output. */
    public static ParamBlock biases(double[] values, double[] grads) {
        return new ParamBlock(values, grads, 1, values.length, false, true);
    }

    /** Number of parameters in the block. */
    public int size() {
        return values.length;
    }

    /** Position of the entry that connects input {@code from} to output {@code to}. */
    public int index(int to, int from) {
        if (to < 0 || to >= fanOut || from < 0 || from >= fanIn) {
            throw new IllegalArgumentException("no entry " + to + " <- " + from + " in a block of "
                    + fanOut + " x " + fanIn);
        }
        return to * fanIn + from;
    }

    /** The value connecting input {@code from} to output {@code to} (for biases, {@code from} is 0). */
    public double get(int to, int from) {
        return values[index(to, from)];
    }

    /** Sets the value connecting input {@code from} to output {@code to}, as given. */
    public void set(int to, int from, double value) {
        values[index(to, from)] = value;
    }

    /** The accumulated gradient of the entry connecting {@code from} to {@code to}. */
    public double gradient(int to, int from) {
        return grads[index(to, from)];
    }
}
