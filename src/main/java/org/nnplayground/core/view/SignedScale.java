package org.nnplayground.core.view;

import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.TrainingData;

/**
 * Maps neuron and network outputs onto the signed range [-1, 1] of {@link Colors#diverging}, so that
 * the colour's neutral middle sits at the value's natural midpoint: 0.5 for outputs in [0, 1]
 * (sigmoid, softmax), 0 for the rest.
 */
final class SignedScale {
    private SignedScale() {
    }

    /** Whether outputs of {@code a} lie in [0, 1] and centre on 0.5. */
    static boolean isUnitInterval(Activation a) {
        return a == Activation.SIGMOID || a == Activation.SOFTMAX;
    }

    /** A neuron's output on the signed scale. */
    static double neuron(Activation a, double v) {
        return isUnitInterval(a) ? 2 * v - 1 : v;
    }

    /**
     * Whether a network output is read on the [0, 1] scale: classification whose targets are 0 and 1
     * (see {@link TrainingData#lowTarget}); regression is always read as is.
     */
    static boolean outputIsUnit(Activation output, boolean classification) {
        return classification && TrainingData.lowTarget(output) == 0.0;
    }

    /** A network output on the signed scale: 0 at the decision threshold of a binary classifier. */
    static double output(Activation output, boolean classification, double v) {
        return outputIsUnit(output, classification) ? 2 * v - 1 : v;
    }
}
