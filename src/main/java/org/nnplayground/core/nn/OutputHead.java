package org.nnplayground.core.nn;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.nn.layer.Activation;

/**
 * The end of a network: its output activation and the loss it is trained with. The head holds the
 * one rule of which loss fits which output (a cross-entropy loss needs the activation it is defined
 * for) and the special case that follows from it: with a fitting cross-entropy, dLoss/dz is simply
 * o - t (see {@link #fusesGradient}).
 *
 * <p>The trainer's check, the loss menu and the link reader all ask this class, so they cannot
 * disagree.
 *
 * @param activation the output layer's activation
 * @param loss the loss
 */
public record OutputHead(Activation activation, Loss loss) {
    /** The order in which the losses are offered: the fitting cross-entropy of a softmax first. */
    private static final Loss[] MENU_ORDER = {Loss.SOFTMAX_CROSS_ENTROPY, Loss.SQUARED_ERROR, Loss.BINARY_CROSS_ENTROPY};

    public OutputHead {
        if (activation == null || loss == null) {
            throw new IllegalArgumentException("an output head needs an activation and a loss");
        }
    }

    /**
     * The only output activation {@code loss} is defined for, or null when it fits any: softmax for
     * softmax cross-entropy, sigmoid for binary cross-entropy.
     */
    private static Activation requiredActivation(Loss loss) {
        // comparisons rather than a switch: this runs for every sample's backward pass, and a switch
        // on an enum reads its ordinal through a lookup table of a helper class
        if (loss == Loss.SOFTMAX_CROSS_ENTROPY) {
            return Activation.SOFTMAX;
        }
        return loss == Loss.BINARY_CROSS_ENTROPY ? Activation.SIGMOID : null;
    }

    /** Whether {@code loss} fits an output of {@code activation}. */
    public static boolean fits(Activation activation, Loss loss) {
        Activation required = requiredActivation(loss);
        return required == null || required == activation;
    }

    /** Whether this head's loss fits its output. */
    public boolean fits() {
        return fits(activation, loss);
    }

    /**
     * Refuses a head whose loss does not fit its output, saying which output the loss needs.
     *
     * @throws IllegalArgumentException when the loss does not fit
     */
    public OutputHead check() {
        if (!fits()) {
            String needs = loss == Loss.SOFTMAX_CROSS_ENTROPY ? "softmax cross-entropy needs a softmax output"
                    : "binary cross-entropy needs a sigmoid output";
            throw new IllegalArgumentException(needs + ", not " + activation.label());
        }
        return this;
    }

    /**
     * Whether, for this output and loss, dL/dz simplifies to (o - t): a cross-entropy loss on the
     * output it is defined for. The network then uses that form, which stays exact where the
     * probabilities saturate. Static so that the backward pass asks it without building a head.
     */
    public static boolean fusesGradient(Activation activation, Loss loss) {
        return requiredActivation(loss) == activation;
    }

    /** {@link #fusesGradient(Activation, Loss)} for this head. */
    public boolean fusesGradient() {
        return fusesGradient(activation, loss);
    }

    /**
     * The head's forward pass for one sample: {@code out = activation(z)} over the first {@code n}
     * values; softmax as a whole, the others value by value.
     */
    public static void activate(Activation activation, double[] z, double[] out, int n) {
        activate(activation, z, out, n, n);
    }

    /**
     * {@link #activate(Activation, double[], double[], int)} with softmax over each group of
     * {@code group} consecutive values (one step of a steps x classes output) rather than over all n;
     * n is a multiple of {@code group}. With {@code group == n} it is the same, bit for bit.
     */
    public static void activate(Activation activation, double[] z, double[] out, int n, int group) {
        if (activation == Activation.SOFTMAX) {
            for (int from = 0; from < n; from += group) {
                Softmax.applyInPlace(z, out, from, group);
            }
        } else {
            activation.applyAll(z, out, 0, n);
        }
    }

    /**
     * {@link #activate} in place for the points [from, to) of a value-major batch (value {@code i} of
     * point {@code p} at {@code i * stride + p}), bit for bit as for each point alone;
     * {@code column} holds {@code n} values for softmax.
     */
    public static void activateBatch(Activation activation, double[] values, int n, int stride, int from, int to,
                                     double[] column) {
        if (activation != Activation.SOFTMAX) {
            for (int i = 0; i < n; i++) {
                activation.applyAll(values, values, i * stride + from, i * stride + to);
            }
            return;
        }
        for (int p = from; p < to; p++) {
            for (int i = 0; i < n; i++) {
                column[i] = values[i * stride + p];
            }
            Softmax.applyInPlace(column, column, n);
            for (int i = 0; i < n; i++) {
                values[i * stride + p] = column[i];
            }
        }
    }

    /**
     * The head's backward pass for one sample: {@code d = scale * dLoss/dz}, from the pre-activations
     * {@code z}, the outputs {@code out = activation(z)} and the targets {@code target[offset ..]}. With a
     * fitting cross-entropy it is {@code scale * (out - target)} (see {@link #fusesGradient}); otherwise
     * the loss's gradient goes through the activation, using {@code g} for dLoss/d(out).
     */
    public static void gradient(Activation activation, Loss loss, double[] z, double[] out, double[] target,
                                int offset, double scale, double[] g, double[] d, int n) {
        gradient(activation, loss, z, out, target, offset, scale, g, d, n, n);
    }

    /**
     * {@link #gradient(Activation, Loss, double[], double[], double[], int, double, double[], double[], int)}
     * for an output whose softmax runs over groups of {@code group} values (see
     * {@link #activate(Activation, double[], double[], int, int)}).
     */
    public static void gradient(Activation activation, Loss loss, double[] z, double[] out, double[] target,
                                int offset, double scale, double[] g, double[] d, int n, int group) {
        if (fusesGradient(activation, loss)) {
            for (int i = 0; i < n; i++) {
                d[i] = scale * (out[i] - target[offset + i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            g[i] = scale * loss.gradient(out[i], target[offset + i]);
        }
        if (activation == Activation.SOFTMAX) {
            for (int from = 0; from < n; from += group) {
                Softmax.backward(out, g, d, from, group);
            }
        } else {
            activation.backpropagate(g, z, out, d, n);
        }
    }

    /** The losses that fit an output of {@code activation}, in the order a menu offers them. */
    public static List<Loss> lossesFor(Activation activation) {
        List<Loss> list = new ArrayList<>();
        for (Loss l : MENU_ORDER) {
            if (fits(activation, l)) {
                list.add(l);
            }
        }
        return list;
    }
}
