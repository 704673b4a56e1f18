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
