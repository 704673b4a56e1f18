package org.nnplayground.core.nn;

import java.util.Arrays;
import java.util.List;
import org.nnplayground.core.math.Fingerprint;
import org.nnplayground.core.math.Rng;

/**
 * A fully connected network with its parameters, its forward and backward buffers and its
 * accumulated gradients.
 *
 * <p>Layers are numbered 0 (the input) to {@code L} (the output); weight layer {@code l} maps layer
 * {@code l - 1} to layer {@code l}. Its parameters are blocks ({@link #parameters()}); a weight's position
 * inside its block is {@link ParamBlock#index}, used only by the loops here and in the grid evaluator.
 * All buffers are allocated once, here; {@link #forward}, {@link #backward} and the optimizers
 * allocate nothing. Not thread-safe: one network serves one trainer.
 */
public final class Network {
    private final NetworkSpec spec;
    private final int layers;
    private final int[] width;
    private final Activation[] activation;
    private final boolean[] residual;
    private final double[][] weights;
    private final double[][] biases;
    private final double[][] weightGrads;
    private final double[][] biasGrads;
    /** Pre-activations z per layer (index 0 unused). */
    private final double[][] z;
    /** f(z) per layer (index 0 unused). */
    private final double[][] h;
    /** Layer outputs: the input for 0, h or h + previous output (residual) after. */
    private final double[][] a;
    /** dLoss/d(a) per layer. */
    private final double[][] outputGrad;
    /** dLoss/d(z) per layer. */
    private final double[][] delta;
    /** Every layer's weight block then its bias block, layer 1 first: the order of {@link #parameters()}. */
    private final List<ParamBlock> parameters;
    private final ParamBlock[] blocks;
    private final ParamBlock[] weightBlocks;
    private final ParamBlock[] biasBlocks;

    /** Builds the network and draws its initial weights from {@code rng}. */
    public Network(NetworkSpec spec, Rng rng) {
        this.spec = spec;
        this.layers = spec.layerCount();
        this.width = new int[layers + 1];
        this.activation = new Activation[layers + 1];
        this.residual = new boolean[layers + 1];
        this.weights = new double[layers + 1][];
        this.biases = new double[layers + 1][];
        this.weightGrads = new double[layers + 1][];
        this.biasGrads = new double[layers + 1][];
        this.z = new double[layers + 1][];
        this.h = new double[layers + 1][];
        this.a = new double[layers + 1][];
        this.outputGrad = new double[layers + 1][];
        this.delta = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            width[l] = spec.width(l);
            a[l] = new double[width[l]];
            outputGrad[l] = new double[width[l]];
            delta[l] = new double[width[l]];
        }
        for (int l = 1; l <= layers; l++) {
            activation[l] = spec.activation(l);
            residual[l] = spec.residual(l);
            weights[l] = new double[width[l] * width[l - 1]];
            biases[l] = new double[width[l]];
            weightGrads[l] = new double[weights[l].length];
            biasGrads[l] = new double[width[l]];
            z[l] = new double[width[l]];
            h[l] = residual[l] ? new double[width[l]] : a[l];
            spec.init().initializeInPlace(weights[l], biases[l], width[l - 1], width[l], rng);
        }
        this.weightBlocks = new ParamBlock[layers + 1];
        this.biasBlocks = new ParamBlock[layers + 1];
        ParamBlock[] all = new ParamBlock[2 * layers];
        for (int l = 1; l <= layers; l++) {
            weightBlocks[l] = ParamBlock.weights(weights[l], weightGrads[l], width[l - 1], width[l]);
            biasBlocks[l] = ParamBlock.biases(biases[l], biasGrads[l]);
            all[2 * (l - 1)] = weightBlocks[l];
            all[2 * (l - 1) + 1] = biasBlocks[l];
        }
        this.blocks = all;
        this.parameters = List.of(all);
    }

    /**
     * Every parameter block in a fixed order: layer 1's weights, layer 1's biases, layer 2's weights
     * and so on. The fingerprint and the link's weights follow this order.
     */
    public List<ParamBlock> parameters() {
        return parameters;
    }

    /** The weight block of layer {@code l} (1-based), live. */
    public ParamBlock weightBlock(int l) {
        return weightBlocks[l];
    }

    /** The bias block of layer {@code l} (1-based), live. */
    public ParamBlock biasBlock(int l) {
        return biasBlocks[l];
    }

    public NetworkSpec spec() {
        return spec;
    }

    /** Number of weight layers (hidden layers + 1). */
    public int layerCount() {
        return layers;
    }

    /** Width of layer {@code l}, 0 = input. */
    public int width(int l) {
        return width[l];
    }

    /** Weights of layer {@code l} (1-based), live: writing to them changes the network. */
    public double[] weights(int l) {
        return weights[l];
    }

    /** Biases of layer {@code l} (1-based), live. */
    public double[] biases(int l) {
        return biases[l];
    }

    /** Accumulated weight gradients of layer {@code l}, live. */
    public double[] weightGradients(int l) {
        return weightGrads[l];
    }

    /** Accumulated bias gradients of layer {@code l}, live. */
    public double[] biasGradients(int l) {
        return biasGrads[l];
    }

    /** Outputs of layer {@code l} after the last {@link #forward} (0 = the input), live. */
    public double[] layerOutput(int l) {
        return a[l];
    }

    /** Pre-activations z of layer {@code l} (1-based) after the last {@link #forward}, live. */
    public double[] preActivation(int l) {
        return z[l];
    }

    /** Outputs of the network after the last {@link #forward}, live. */
    public double[] output() {
        return a[layers];
    }

    /** Runs one sample {@code input[offset .. offset + inputs)} forward; the result is in {@link #output()}. */
    public double[] forward(double[] input, int offset) {
        System.arraycopy(input, offset, a[0], 0, width[0]);
        for (int l = 1; l <= layers; l++) {
            double[] in = a[l - 1];
            double[] w = weights[l];
            double[] b = biases[l];
            double[] zl = z[l];
            int fanIn = width[l - 1];
            int n = width[l];
            for (int to = 0; to < n; to++) {
                double sum = b[to];
                int base = to * fanIn;
                for (int from = 0; from < fanIn; from++) {
                    sum += w[base + from] * in[from];
                }
                zl[to] = sum;
            }
            activateInPlace(l);
        }
        return a[layers];
    }

    private void activateInPlace(int l) {
        double[] zl = z[l];
        double[] hl = h[l];
        int n = width[l];
        Activation f = activation[l];
        if (f == Activation.SOFTMAX) {
            Softmax.applyInPlace(zl, hl, n);
        } else {
            f.applyAll(zl, hl, 0, n);
        }
        if (residual[l]) {
            double[] out = a[l];
            double[] in = a[l - 1];
            for (int i = 0; i < n; i++) {
                out[i] = hl[i] + in[i];
            }
        }
    }

    /**
     * The loss of the sample last run {@link #forward}, against {@code target[offset ..]}; see
     * {@link Loss} for the convention.
     */
    public double loss(Loss loss, double[] target, int offset) {
        double[] out = a[layers];
        double sum = 0.0;
        for (int i = 0; i < width[layers]; i++) {
            sum += loss.value(out[i], target[offset + i]);
        }
        return sum;
    }

    /**
     * Backpropagates the sample last run {@link #forward} and adds {@code scale} times its gradient
     * to the accumulated gradients (see {@link #zeroGradients()}).
     */
    public void backward(Loss loss, double[] target, int offset, double scale) {
        int top = layers;
        double[] out = a[top];
        int n = width[top];
        if (OutputHead.fusesGradient(activation[top], loss)) {
            double[] d = delta[top];
            for (int i = 0; i < n; i++) {
                d[i] = scale * (out[i] - target[offset + i]);
            }
        } else {
            double[] g = outputGrad[top];
            for (int i = 0; i < n; i++) {
                g[i] = scale * loss.gradient(out[i], target[offset + i]);
            }
            formDelta(top);
        }
        for (int l = top; l > 1; l--) {
            accumulateAndPropagate(l);
            formDelta(l - 1);
        }
        accumulateLayer(1);
    }

    /** delta_l = dLoss/d(z_l) from dLoss/d(a_l) and the activation's derivative. */
    private void formDelta(int l) {
        double[] g = outputGrad[l];
        double[] d = delta[l];
        double[] zl = z[l];
        double[] hl = h[l];
        int n = width[l];
        Activation f = activation[l];
        if (f == Activation.SOFTMAX) {
            Softmax.backward(hl, g, d, n);
        } else {
            f.backpropagate(g, zl, hl, d, n);
        }
    }

    /**
     * Adds delta_l a_{l-1}^T to the weight gradients of layer l. A neuron whose delta is exactly
     * zero (a ReLU that is off for this sample) contributes nothing and is skipped.
     */
    private void accumulateLayer(int l) {
        double[] d = delta[l];
        double[] in = a[l - 1];
        double[] gw = weightGrads[l];
        double[] gb = biasGrads[l];
        int fanIn = width[l - 1];
        int n = width[l];
        for (int to = 0; to < n; to++) {
            double dt = d[to];
            if (dt == 0.0) {
                continue;
            }
            gb[to] += dt;
            int base = to * fanIn;
            for (int from = 0; from < fanIn; from++) {
                gw[base + from] += dt * in[from];
            }
        }
    }

    /**
     * {@link #accumulateLayer} and, in the same pass over the weights, dLoss/d(a_{l-1}) =
     * W_l^T delta_l (plus dLoss/d(a_l) itself through a residual connection).
     */
    private void accumulateAndPropagate(int l) {
        double[] d = delta[l];
        double[] in = a[l - 1];
        double[] gw = weightGrads[l];
        double[] gb = biasGrads[l];
        double[] prev = outputGrad[l - 1];
        double[] w = weights[l];
        int fanIn = width[l - 1];
        int n = width[l];
        if (residual[l]) {
            System.arraycopy(outputGrad[l], 0, prev, 0, fanIn);
        } else {
            for (int i = 0; i < fanIn; i++) {
                prev[i] = 0.0;
            }
        }
        for (int to = 0; to < n; to++) {
            double dt = d[to];
            if (dt == 0.0) {
                continue;
            }
            gb[to] += dt;
            int base = to * fanIn;
            for (int from = 0; from < fanIn; from++) {
                gw[base + from] += dt * in[from];
                prev[from] += w[base + from] * dt;
            }
        }
    }

    /** Hash over the bits of every parameter, block by block in {@link #parameters()} order (see {@link Fingerprint}). */
    public Fingerprint fingerprint() {
        Fingerprint f = new Fingerprint();
        for (ParamBlock block : blocks) {
            f.addAll(block.values());
        }
        return f;
    }

    /** Whether every weight and bias is a finite number. */
    public boolean parametersFinite() {
        for (ParamBlock block : blocks) {
            if (!allFinite(block.values())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (v - v != 0.0) { // NaN and infinities
                return false;
            }
        }
        return true;
    }

    /** Copies every parameter into {@code target}, which must come from {@link #parameterBuffer()}, block after block. */
    public void copyParametersTo(double[] target) {
        int at = 0;
        for (ParamBlock block : blocks) {
            System.arraycopy(block.values(), 0, target, at, block.size());
            at += block.size();
        }
    }

    /** Restores every parameter from {@code source}, as written by {@link #copyParametersTo}. */
    public void copyParametersFrom(double[] source) {
        int at = 0;
        for (ParamBlock block : blocks) {
            System.arraycopy(source, at, block.values(), 0, block.size());
            at += block.size();
        }
    }

    /** A new array large enough for all parameters. */
    public double[] parameterBuffer() {
        return new double[spec.parameterCount()];
    }

    /** Sets all accumulated gradients to zero. */
    public void zeroGradients() {
        for (ParamBlock block : blocks) {
            Arrays.fill(block.grads(), 0.0);
        }
    }
}
