package org.nnplayground.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Shape;

/**
 * The shape of a fully connected network: input width, hidden layers (width and activation of each),
 * output width and activation, whether hidden layers of equal width are joined by skip (residual)
 * connections, and how weights start. Immutable; the constructor rejects what cannot be built.
 *
 * <p>With {@code skip} on, every hidden layer whose input is another hidden layer of the same width
 * adds that input to its own output: a = f(W x + b) + x.
 */
public record NetworkSpec(int inputs, List<Integer> hiddenSizes, List<Activation> hiddenActivations,
                          int outputs, Activation outputActivation, boolean skip, Init init) {

    public NetworkSpec {
        hiddenSizes = List.copyOf(hiddenSizes);
        hiddenActivations = List.copyOf(hiddenActivations);
        checkWidth("inputs", inputs);
        checkWidth("outputs", outputs);
        if (hiddenSizes.size() > Limits.MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("hidden layers: " + hiddenSizes.size()
                    + " is too many; allowed are 0 to " + Limits.MAX_HIDDEN_LAYERS);
        }
        if (hiddenActivations.size() != hiddenSizes.size()) {
            throw new IllegalArgumentException("hidden activations: " + hiddenActivations.size()
                    + " given for " + hiddenSizes.size() + " hidden layers; give one per layer");
        }
        for (int i = 0; i < hiddenSizes.size(); i++) {
            checkWidth("hidden layer " + (i + 1), hiddenSizes.get(i));
            Activation a = hiddenActivations.get(i);
            if (a == null || !a.allowedInHiddenLayer()) {
                throw new IllegalArgumentException("hidden layer " + (i + 1) + ": activation " + a
                        + " is not allowed; softmax is for the output layer only");
            }
        }
        if (outputActivation == null) {
            throw new IllegalArgumentException("output activation: missing");
        }
        if (outputActivation == Activation.SOFTMAX && outputs < 2) {
            throw new IllegalArgumentException("output activation: softmax needs at least 2 outputs, got " + outputs);
        }
        if (init == null) {
            throw new IllegalArgumentException("initialisation: missing");
        }
    }

    /** A network with every hidden layer of the same activation. */
    public static NetworkSpec of(int inputs, int[] hidden, Activation hiddenActivation, int outputs,
                                 Activation outputActivation) {
        List<Integer> sizes = new ArrayList<>();
        List<Activation> activations = new ArrayList<>();
        for (int size : hidden) {
            sizes.add(size);
            activations.add(hiddenActivation);
        }
        return new NetworkSpec(inputs, sizes, activations, outputs, outputActivation, false, Init.UNIFORM);
    }

    public NetworkSpec withSkip(boolean on) {
        return new NetworkSpec(inputs, hiddenSizes, hiddenActivations, outputs, outputActivation, on, init);
    }

    public NetworkSpec withInit(Init value) {
        return new NetworkSpec(inputs, hiddenSizes, hiddenActivations, outputs, outputActivation, skip, value);
    }

    public NetworkSpec withHiddenActivation(int layer, Activation activation) {
        List<Activation> activations = new ArrayList<>(hiddenActivations);
        activations.set(layer, activation);
        return new NetworkSpec(inputs, hiddenSizes, activations, outputs, outputActivation, skip, init);
    }

    /** Number of weight layers: hidden layers plus the output layer. */
    public int layerCount() {
        return hiddenSizes.size() + 1;
    }

    /** Width of layer {@code l}: 0 is the input, {@link #layerCount()} the output. */
    public int width(int l) {
        if (l == 0) {
            return inputs;
        }
        return l <= hiddenSizes.size() ? hiddenSizes.get(l - 1) : outputs;
    }

    /** Activation of weight layer {@code l}, 1-based. */
    public Activation activation(int l) {
        return l <= hiddenSizes.size() ? hiddenActivations.get(l - 1) : outputActivation;
    }

    /** Whether weight layer {@code l} (1-based) adds its input to its output. */
    public boolean residual(int l) {
        return skip && l >= 2 && l <= hiddenSizes.size() && width(l - 1) == width(l);
    }

    /**
     * The layers this shape is made of: one dense layer per hidden layer (with its skip connection
     * where {@link #residual} says so), then a linear dense layer of {@link #outputs()} to which the
     * output head applies {@link #outputActivation()}.
     */
    public List<LayerSpec> layerSpecs() {
        List<LayerSpec> list = new ArrayList<>();
        for (int l = 1; l <= hiddenSizes.size(); l++) {
            list.add(new Dense.Spec(width(l), activation(l), residual(l)));
        }
        list.add(new Dense.Spec(outputs, Activation.IDENTITY, false));
        return list;
    }

    /** This shape as layers: {@link #layerSpecs()} on a vector of {@link #inputs()}, with the output activation and init. */
    public Architecture architecture() {
        return new Architecture(Shape.vector(inputs), layerSpecs(), outputActivation, init);
    }

    /** Whether every layer is linear, so that the network collapses to one affine map. */
    public boolean allLinear() {
        return outputActivation == Activation.IDENTITY
                && Collections.frequency(hiddenActivations, Activation.IDENTITY) == hiddenActivations.size();
    }

    /** Total number of weights and biases. */
    public int parameterCount() {
        int count = 0;
        for (int l = 1; l <= layerCount(); l++) {
            count += width(l) * (width(l - 1) + 1);
        }
        return count;
    }

    private static void checkWidth(String what, int width) {
        if (width < 1 || width > Limits.MAX_LAYER_WIDTH) {
            throw new IllegalArgumentException(what + ": " + width + " neurons; allowed are 1 to "
                    + Limits.MAX_LAYER_WIDTH);
        }
    }
}
