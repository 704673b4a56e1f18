package org.nnplayground.core.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.math.Fingerprint;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Shape;

/**
 * A network: an input shape, an ordered list of {@link Layer}s and an output head (the output
 * activation; the loss is given to {@link #loss} and {@link #backward}, see {@link OutputHead}).
 *
 * <p>Layers are numbered 1 to {@link #layerCount()}; "layer 0" is the input. The last layer computes
 * the pre-activations of the output and the head applies the output activation, so that softmax and
 * the fused cross-entropy gradient live in the head alone. Softmax runs over the last dimension of
 * the output: over the whole output when it is a vector, over each step's values when it is steps x
 * classes (a sequence-to-sequence network, whose loss is then the sum over the steps). The arrays between the layers are
 * allocated once, here, and each layer allocates its own buffers once: {@link #forward},
 * {@link #backward} and the optimizers allocate nothing. Not thread-safe: one network serves one
 * trainer.
 */
public final class Network {
    private final NetworkSpec spec;
    private final Architecture architecture;
    private final Activation outputActivation;
    private final Layer[] layers;
    private final List<Layer> layerList;
    /** a[0] is the input, a[l] the output of layer l; a[L] holds the output's pre-activations. */
    private final double[][] a;
    /** grad[l] is dLoss/d(a[l]) during {@link #backward}; grad[L] is dLoss/dz from the head. */
    private final double[][] grad;
    /** The head's output, activation(a[L]). */
    private final double[] out;
    /** dLoss/d(out) when the head does not fuse its gradient. */
    private final double[] outGrad;
    /**
     * Values per softmax of the head: the last dimension of the output shape, so the whole output for
     * a vector and each step's classes for a steps x classes output.
     */
    private final int softmaxGroup;
    /** Every layer's blocks, layer 1 first: the order of {@link #parameters()}. */
    private final List<ParamBlock> parameters;
    private final ParamBlock[] blocks;
    private final int parameterCount;

    /** Builds a fully connected network of {@code spec}'s shape and draws its initial weights from {@code rng}. */
    public Network(NetworkSpec spec, Rng rng) {
        this(spec, spec.architecture(), rng);
    }

    /** Builds a network of {@code architecture}, drawing its initial parameters from {@code rng}. */
    public Network(Architecture architecture, Rng rng) {
        this(null, architecture, rng);
    }

    /**
     * Builds a network of any layers: each spec is built for the shape the one before gives, drawing
     * its initial parameters from {@code rng} in order. The last layer's output size is the number of
     * outputs, to which the head applies {@code outputActivation}.
     *
     * @throws IllegalArgumentException when there are no layers or a layer does not fit its input
     */
    public Network(Shape input, List<LayerSpec> layerSpecs, Activation outputActivation, Init init, Rng rng) {
        this(null, new Architecture(input, layerSpecs, outputActivation, init), rng);
    }

    private Network(NetworkSpec spec, Architecture architecture, Rng rng) {
        this.spec = spec;
        this.architecture = architecture;
        Shape input = architecture.input();
        List<LayerSpec> layerSpecs = architecture.layers();
        Activation outputActivation = architecture.outputActivation();
        Init init = architecture.init();
        this.outputActivation = outputActivation;
        int count = layerSpecs.size();
        this.layers = new Layer[count];
        this.a = new double[count + 1][];
        this.grad = new double[count + 1][];
        a[0] = new double[input.size()];
        grad[0] = new double[input.size()];
        Shape shape = input;
        List<ParamBlock> all = new ArrayList<>();
        for (int l = 1; l <= count; l++) {
            Layer layer = layerSpecs.get(l - 1).build(shape, init, rng);
            layers[l - 1] = layer;
            shape = layer.outputShape();
            a[l] = new double[shape.size()];
            grad[l] = new double[shape.size()];
            all.addAll(layer.parameters());
        }
        this.softmaxGroup = shape.dim(shape.rank() - 1);
        if (outputActivation == Activation.SOFTMAX && softmaxGroup < 2) {
            throw new IllegalArgumentException(shape.rank() == 1
                    ? "output activation: softmax needs at least 2 outputs, got " + shape.size()
                    : "output activation: softmax needs at least 2 outputs per step, got " + softmaxGroup);
        }
        this.out = new double[shape.size()];
        this.outGrad = new double[shape.size()];
        this.layerList = Collections.unmodifiableList(Arrays.asList(layers));
        this.blocks = all.toArray(new ParamBlock[0]);
        this.parameters = List.of(blocks);
        int n = 0;
        for (ParamBlock block : blocks) {
            n += block.size();
        }
        this.parameterCount = n;
    }

    /**
     * Every parameter block in a fixed order: layer 1's blocks, then layer 2's, and so on (for a
     * dense layer, its weights then its biases). The fingerprint and the link's weights follow this order.
     */
    public List<ParamBlock> parameters() {
        return parameters;
    }

    /** How many parameter blocks {@link #parameters()} holds. */
    public int parameterBlockCount() {
        return blocks.length;
    }

    /**
     * Block {@code i} of {@link #parameters()}, live: for the loops that run once per batch (the
     * optimizers), which read the blocks without going through the list's interface.
     */
    public ParamBlock parameterBlock(int i) {
        return blocks[i];
    }

    /** The layers, layer 1 first. */
    public List<Layer> layers() {
        return layerList;
    }

    /** Layer {@code l}, 1-based. */
    public Layer layer(int l) {
        return layers[l - 1];
    }

    /** The weight block of dense layer {@code l} (1-based), live. */
    public ParamBlock weightBlock(int l) {
        return dense(l).weights();
    }

    /** The bias block of dense layer {@code l} (1-based), live. */
    public ParamBlock biasBlock(int l) {
        return dense(l).biases();
    }

    private Dense dense(int l) {
        Layer layer = layer(l);
        if (!(layer instanceof Dense)) {
            throw new IllegalArgumentException("layer " + l + " is not a dense layer");
        }
        return (Dense) layer;
    }

    /** The shape this network was built from as a fully connected network; null for one built from layer specs. */
    public NetworkSpec spec() {
        return spec;
    }

    /** What this network was built from. */
    public Architecture architecture() {
        return architecture;
    }

    /** The activation the output head applies. */
    public Activation outputActivation() {
        return outputActivation;
    }

    /** Number of layers (for a fully connected network: hidden layers + 1). */
    public int layerCount() {
        return layers.length;
    }

    /** Number of values layer {@code l} gives, 0 = the input. */
    public int width(int l) {
        return a[l].length;
    }

    /**
     * Outputs of layer {@code l} after the last {@link #forward} (0 = the input; the last layer's are
     * the network's outputs, after the head's activation), live.
     */
    public double[] layerOutput(int l) {
        return l == layers.length ? out : a[l];
    }

    /** Outputs of the network after the last {@link #forward}, live. */
    public double[] output() {
        return out;
    }

    /** Runs one sample {@code input[offset .. offset + inputs)} forward; the result is in {@link #output()}. */
    public double[] forward(double[] input, int offset) {
        double[][] a = this.a;
        Layer[] layers = this.layers;
        double[] x = a[0];
        // a plain loop: a sample's inputs are few, and System.arraycopy costs a library call per sample
        for (int i = 0; i < x.length; i++) {
            x[i] = input[offset + i];
        }
        for (int l = 1; l <= layers.length; l++) {
            Layer layer = layers[l - 1];
            // a dense layer (the playground's every layer) is called directly: an interface call
            // per layer and sample is a measurable share of a small network's time in the browser
            if (layer instanceof Dense) {
                ((Dense) layer).forward(a[l - 1], a[l]);
            } else {
                layer.forward(a[l - 1], a[l]);
            }
        }
        OutputHead.activate(outputActivation, a[layers.length], out, out.length, softmaxGroup);
        return out;
    }

    /** Copies one sample's inputs into the first activations: the start of a forward in pieces. */
    void loadInput(double[] input, int offset) {
        double[] x = a[0];
        for (int i = 0; i < x.length; i++) {
            x[i] = input[offset + i];
        }
    }

    /** Layer {@code l}'s input and output buffers (l from 1), as {@link #forward} uses them. */
    double[] activations(int l) {
        return a[l];
    }

    /** The output head over the last layer's values: the end of a forward in pieces. */
    double[] applyHead() {
        OutputHead.activate(outputActivation, a[layers.length], out, out.length, softmaxGroup);
        return out;
    }

    /**
     * The loss of the sample last run {@link #forward}, against {@code target[offset ..]}; see
     * {@link Loss} for the convention.
     */
    public double loss(Loss loss, double[] target, int offset) {
        double[] out = this.out;
        double sum = 0.0;
        for (int i = 0; i < out.length; i++) {
            sum += loss.value(out[i], target[offset + i]);
        }
        return sum;
    }

    /**
     * Backpropagates the sample last run {@link #forward} and adds {@code scale} times its gradient
     * to the accumulated gradients (see {@link #zeroGradients()}).
     */
    public void backward(Loss loss, double[] target, int offset, double scale) {
        Layer[] layers = this.layers;
        double[][] a = this.a;
        double[][] grad = this.grad;
        int top = layers.length;
        headGradient(loss, target, offset, scale);
        for (int l = top; l >= 1; l--) {
            Layer layer = layers[l - 1];
            double[] gradIn = l > 1 ? grad[l - 1] : null;
            if (layer instanceof Dense) { // called directly, as in forward
                ((Dense) layer).backward(a[l - 1], a[l], grad[l], gradIn);
            } else {
                layer.backward(a[l - 1], a[l], grad[l], gradIn);
            }
        }
    }

    /** dLoss/d(the last layer's values) of the sample last run forward, times {@code scale}: the start of a backward pass. */
    void headGradient(Loss loss, double[] target, int offset, double scale) {
        int top = layers.length;
        OutputHead.gradient(outputActivation, loss, a[top], out, target, offset, scale, outGrad, grad[top], out.length,
                softmaxGroup);
    }

    /** dLoss/d(layer {@code l}'s output) during a backward pass (l from 1), as {@link #backward} uses it. */
    double[] gradients(int l) {
        return grad[l];
    }

    /** Multiply-adds of one sample's forward pass through every layer (see {@link Layer#forwardCost}); at least 1. */
    public long forwardCost() {
        long cost = 0;
        for (Layer layer : layers) {
            cost += layer.forwardCost();
        }
        return Math.max(1, cost);
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
            for (double v : block.values()) {
                if (!Doubles.isFinite(v)) {
                    return false;
                }
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

    /** Total number of parameters. */
    public int parameterCount() {
        return parameterCount;
    }

    /** A network of the same architecture with these weights and biases, its buffers its own. */
    public Network copy() {
        Network c = new Network(architecture(), new Rng(0));
        double[] p = parameterBuffer();
        copyParametersTo(p);
        c.copyParametersFrom(p);
        return c;
    }

    /** A new array large enough for all parameters. */
    public double[] parameterBuffer() {
        return new double[parameterCount];
    }

    /** Sets all accumulated gradients to zero. */
    public void zeroGradients() {
        for (ParamBlock block : blocks) {
            Arrays.fill(block.grads(), 0.0);
        }
    }
}
