package org.nnplayground.core.train;

import java.util.List;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * Applies a network's accumulated gradients to its parameters. An optimizer keeps per-parameter
 * state (velocities, moments) sized for one network; a new optimizer starts from zero state.
 */
public abstract class Optimizer {
    /**
     * Updates every weight (and every bias when {@code updateBiases}) of {@code network} in place from
     * its accumulated gradients.
     */
    public final void applyGradientsInPlace(Network network, double learningRate, boolean updateBiases) {
        applyGradientsInPlace(network, learningRate, updateBiases, 0.0);
    }

    /**
     * {@link #applyGradientsInPlace(Network, double, boolean)} after clipping the gradients of the
     * parameters it updates to global norm {@code clipNorm} (0: no clipping), which scales the
     * network's accumulated gradients in place (see {@link GradientClipping}).
     */
    public final void applyGradientsInPlace(Network network, double learningRate, boolean updateBiases, double clipNorm) {
        GradientClipping.clipInPlace(network, clipNorm, updateBiases);
        beginStep();
        int count = network.parameterBlockCount();
        for (int i = 0; i < count; i++) {
            ParamBlock block = network.parameterBlock(i);
            if (updateBiases || !block.bias()) {
                updateInPlace(block.values(), block.grads(), i, learningRate);
            }
        }
    }

    /** Called once per step before the blocks are updated. */
    void beginStep() {
    }

    /** Updates one block of parameters; {@code block} is its position in {@link Network#parameters()}, which keys its state. */
    abstract void updateInPlace(double[] params, double[] grads, int block, double learningRate);

    /** How many numbers {@link #writeState} writes: the state carried by a trainer's snapshot. */
    int stateSize() {
        return 0;
    }

    /** Writes this optimizer's state (velocities, moments, step powers) into {@code out} from {@code at}. */
    void writeState(double[] out, int at) {
    }

    /** Puts back a state {@link #writeState} wrote into {@code in} at {@code at}, replacing this one's. */
    void readState(double[] in, int at) {
    }

    /** The total length of {@code blocks}. */
    static int sizeOf(double[][] blocks) {
        int n = 0;
        for (double[] b : blocks) {
            n += b.length;
        }
        return n;
    }

    /** Copies {@code blocks} one after the other into {@code out} from {@code at}; returns the position after them. */
    static int write(double[][] blocks, double[] out, int at) {
        for (double[] b : blocks) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        return at;
    }

    /** Fills {@code blocks} one after the other from {@code in} at {@code at}; returns the position after them. */
    static int read(double[][] blocks, double[] in, int at) {
        for (double[] b : blocks) {
            System.arraycopy(in, at, b, 0, b.length);
            at += b.length;
        }
        return at;
    }

    /** One zeroed state array per parameter block, in {@link Network#parameters()} order. */
    static double[][] stateLike(Network network) {
        List<ParamBlock> blocks = network.parameters();
        double[][] state = new double[blocks.size()][];
        for (int i = 0; i < blocks.size(); i++) {
            state[i] = new double[blocks.get(i).size()];
        }
        return state;
    }
}
