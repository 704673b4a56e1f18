package org.nnplayground.core.state.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.Shape;

/**
 * One image run through the network as it is now: what every layer made of it (the feature maps of
 * the convolutions and poolings, the neurons of the dense layers) and the class probabilities. For
 * an image of the data or one the reader drew. The weights are untouched.
 */
public final class ImageTrace {
    /** One layer's output for the image: {@code shape} is channels x height x width for image layers, a vector otherwise. */
    public record LayerOutput(String kind, Shape shape, double[] values) {
        /** Whether the output is a stack of feature maps (rank 3). */
        public boolean isMaps() {
            return shape.rank() == 3;
        }
    }

    private final double[] pixels;
    private final int side;
    private final List<LayerOutput> layers;
    private final double[] probabilities;

    private ImageTrace(double[] pixels, int side, List<LayerOutput> layers, double[] probabilities) {
        this.pixels = pixels;
        this.side = side;
        this.layers = List.copyOf(layers);
        this.probabilities = probabilities;
    }

    /** Image {@code index} of {@code images} through {@code network}. */
    public static ImageTrace of(Network network, ImageSet images, int index) {
        if (index < 0 || index >= images.size()) {
            throw new IllegalArgumentException("Image: " + (index + 1) + " is not allowed; use 1 to " + images.size());
        }
        double[] pixels = new double[images.pixelsPerImage()];
        images.copyImage(index, pixels, 0);
        return of(network, pixels, images.side());
    }

    /**
     * {@code pixels} (side x side, row by row) through {@code network}.
     *
     * @throws IllegalArgumentException when the network does not take an image of that size
     */
    public static ImageTrace of(Network network, double[] pixels, int side) {
        checkFits(network, pixels, side);
        network.forward(pixels, 0);
        return ofForwarded(network, pixels, side);
    }

    /** Refuses {@code pixels} (side x side) when {@code network} does not take an image of that size. */
    static void checkFits(Network network, double[] pixels, int side) {
        if (pixels.length != side * side || network.architecture().inputs() != pixels.length) {
            throw new IllegalArgumentException("the network takes " + network.architecture().inputs() + " pixels, not "
                    + pixels.length);
        }
    }

    /** The trace of {@code pixels} read off {@code network}, which has just run them forward (at once or in pieces). */
    static ImageTrace ofForwarded(Network network, double[] pixels, int side) {
        double[] probabilities = network.output().clone();
        List<LayerOutput> outputs = new ArrayList<>();
        List<Layer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            outputs.add(new LayerOutput(kindOf(layer), layer.outputShape(), network.layerOutput(l + 1).clone()));
        }
        return new ImageTrace(pixels.clone(), side, outputs, probabilities);
    }

    /** A short name of a layer's kind: "Conv2d", "MaxPool2d", "Dense", ... */
    static String kindOf(Layer layer) {
        String name = layer.getClass().getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The convolution layers of {@code network}, input side first: whose filters a view draws. */
    public static List<Conv2d> convolutions(Network network) {
        List<Conv2d> list = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof Conv2d) {
                list.add((Conv2d) layer);
            }
        }
        return list;
    }

    public double[] pixels() {
        return pixels.clone();
    }

    public int side() {
        return side;
    }

    /** Every layer's output, input side first; the last is the output layer before the softmax. */
    public List<LayerOutput> layers() {
        return layers;
    }

    /** The class probabilities. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The likeliest class (the first of equals). */
    public int predicted() {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }
}
