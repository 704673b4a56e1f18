package org.nnplayground.core.state.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.AvgPool2d;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.GlobalAvgPool;
import org.nnplayground.core.nn.layer.GlobalMaxPool;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.Padding;

/**
 * An image network as the page edits it: the image layers in order (convolutions and poolings, see
 * {@link #isImageLayer}), then hidden dense layers of one activation, then the dense layer of one
 * output per class that the softmax head reads. With no image layers it is a plain dense network on
 * the pixels: the comparison that shows what convolution buys.
 *
 * @param imageLayers convolutions, 2x2 poolings and global poolings, input side first (at most {@link #MAX_LAYERS})
 * @param dense widths of the hidden dense layers after them (at most {@link #MAX_LAYERS})
 * @param denseActivation their activation
 */
public record ConvNet(List<LayerSpec> imageLayers, List<Integer> dense, Activation denseActivation) {
    /** Most image layers, and most hidden dense layers. */
    public static final int MAX_LAYERS = 8;

    public ConvNet {
        imageLayers = List.copyOf(imageLayers);
        dense = List.copyOf(dense);
        Limits.requireWithin("Image layers", imageLayers.size(), 0, MAX_LAYERS);
        Limits.requireWithin("Dense layers", dense.size(), 0, MAX_LAYERS);
        for (LayerSpec s : imageLayers) {
            if (!isImageLayer(s)) {
                throw new IllegalArgumentException("an image layer is a convolution or a pooling, not " + s);
            }
        }
        for (int w : dense) {
            Limits.requireWithin("Neurons", w, 1, Limits.MAX_LAYER_WIDTH);
        }
        if (denseActivation == null || denseActivation == Activation.SOFTMAX) {
            throw new IllegalArgumentException("the dense layers need a per-neuron activation");
        }
    }

    /** Whether {@code s} is a layer kind this network can hold before its dense layers. */
    public static boolean isImageLayer(LayerSpec s) {
        return s instanceof Conv2d.Spec || s instanceof MaxPool2d.Spec || s instanceof AvgPool2d.Spec
                || s instanceof GlobalMaxPool.Spec || s instanceof GlobalAvgPool.Spec;
    }

    /** A 3x3 "same" convolution of {@code filters} filters with {@code activation}, stride 1. */
    public static Conv2d.Spec conv(int filters, Activation activation) {
        return new Conv2d.Spec(filters, 3, 1, Padding.SAME, activation);
    }

    /** All layers, the output layer of {@code classes} linear outputs last. */
    public List<LayerSpec> layers(int classes) {
        List<LayerSpec> all = new ArrayList<>(imageLayers);
        for (int w : dense) {
            all.add(new Dense.Spec(w, denseActivation, false));
        }
        all.add(new Dense.Spec(classes, Activation.IDENTITY, false));
        return all;
    }

    public ConvNet withImageLayers(List<LayerSpec> value) {
        return new ConvNet(value, dense, denseActivation);
    }

    public ConvNet withDense(List<Integer> value) {
        return new ConvNet(imageLayers, value, denseActivation);
    }

    public ConvNet withDenseActivation(Activation value) {
        return new ConvNet(imageLayers, dense, value);
    }
}
