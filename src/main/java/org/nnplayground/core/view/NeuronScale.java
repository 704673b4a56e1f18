package org.nnplayground.core.view;

import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.NetworkSpec;

/**
 * How one neuron's output over the view grid is put on the signed colour scale of
 * {@link Colors#diverging}: {@code value * gain + shift}. The same rule as the network graph's
 * thumbnails, so that a neuron shown large in the output view has the colours of its thumbnail:
 * an input feature is divided by its largest magnitude over the grid, an output in [0, 1] (sigmoid,
 * softmax) is centred on 0.5, any other output is read as it is.
 *
 * @param gain the factor
 * @param shift added after the factor
 * @param low the value drawn in the full negative colour (for the legend)
 * @param high the value drawn in the full positive colour
 */
record NeuronScale(double gain, double shift, double low, double high) {
    /** The scale of neuron {@code neuron} of layer {@code layer} (0 = inputs), read from {@code evaluator}'s values. */
    static NeuronScale of(GridEvaluator evaluator, int layer, int neuron) {
        NetworkSpec spec = evaluator.spec();
        if (layer == 0) {
            double max = NodeThumbnails.maxAbs(evaluator.values(0), neuron * evaluator.capacity(), evaluator.points(), 1, 0);
            double m = max > 0 ? max : 1;
            return new NeuronScale(1 / m, 0, -m, m);
        }
        if (SignedScale.isUnitInterval(spec.activation(layer))) {
            return new NeuronScale(2, -1, 0, 1);
        }
        return new NeuronScale(1, 0, -1, 1);
    }
}
