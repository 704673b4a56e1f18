package org.nnplayground.web.bench;

import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.Padding;
import org.nnplayground.core.nn.layer.Recurrent;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/**
 * A network of layers as a JSON array, one object per layer with its kind and sizes: what the
 * hand-written reference needs to build the same layers (their parameters arrive separately, in
 * {@link Network#copyParametersTo} order). Only the layer kinds of the benchmark's workloads are
 * described; any other is refused, so that the reference never guesses.
 */
final class LayerJson {
    private LayerJson() {
    }

    static String layers(Network network) {
        StringBuilder json = new StringBuilder("[");
        for (int l = 1; l <= network.layerCount(); l++) {
            json.append(l == 1 ? "" : ",").append(layer(network.layer(l)));
        }
        return json.append(']').toString();
    }

    private static String layer(Layer layer) {
        Shape in = layer.inputShape();
        Shape out = layer.outputShape();
        if (layer instanceof Embedding e) {
            if (!e.takesIndices()) {
                throw new IllegalArgumentException("the reference takes an embedding of symbol indices only");
            }
            return "{\"kind\":\"embedding\",\"steps\":" + in.dim(0) + ",\"vocabulary\":" + e.table().fanIn()
                    + ",\"dim\":" + e.table().fanOut() + "}";
        }
        if (layer instanceof Lstm || layer instanceof Elman) {
            boolean lstm = layer instanceof Lstm;
            Recurrent r = (Recurrent) layer;
            if (r.truncation() != 0 || r.stepOutput() != StepOutput.EVERY_STEP) {
                throw new IllegalArgumentException("the reference takes recurrent layers with every step's output and full BPTT");
            }
            String activation = lstm ? "" : ",\"activation\":\"" + ((Elman) layer).activation().id() + "\"";
            return "{\"kind\":\"" + (lstm ? "lstm" : "elman") + "\",\"steps\":" + in.dim(0) + ",\"features\":" + in.dim(1)
                    + ",\"hidden\":" + r.hiddenSize() + activation + "}";
        }
        if (layer instanceof StepDense d) {
            return "{\"kind\":\"stepdense\",\"steps\":" + in.dim(0) + ",\"features\":" + in.dim(1) + ",\"width\":" + out.dim(1)
                    + ",\"activation\":\"" + d.activation().id() + "\"}";
        }
        if (layer instanceof Conv2d c) {
            int h = in.dim(1);
            int w = in.dim(2);
            int padTop = Padding.SAME.outputExtent(h, c.kernel(), c.stride()) == out.dim(1)
                    ? Padding.SAME.before(h, c.kernel(), c.stride()) : 0;
            int padLeft = Padding.SAME.outputExtent(w, c.kernel(), c.stride()) == out.dim(2)
                    ? Padding.SAME.before(w, c.kernel(), c.stride()) : 0;
            return "{\"kind\":\"conv2d\",\"channels\":" + in.dim(0) + ",\"height\":" + h + ",\"width\":" + w
                    + ",\"filters\":" + c.filters() + ",\"kernel\":" + c.kernel() + ",\"stride\":" + c.stride()
                    + ",\"outHeight\":" + out.dim(1) + ",\"outWidth\":" + out.dim(2) + ",\"padTop\":" + padTop
                    + ",\"padLeft\":" + padLeft + ",\"activation\":\"" + c.activation().id() + "\"}";
        }
        if (layer instanceof MaxPool2d) {
            return "{\"kind\":\"maxpool2d\",\"channels\":" + in.dim(0) + ",\"height\":" + in.dim(1) + ",\"width\":" + in.dim(2) + "}";
        }
        if (layer instanceof Dense d) {
            if (d.residual()) {
                throw new IllegalArgumentException("the reference takes dense layers without a skip connection");
            }
            return "{\"kind\":\"dense\",\"fanIn\":" + in.size() + ",\"width\":" + out.size()
                    + ",\"activation\":\"" + d.activation().id() + "\"}";
        }
        throw new IllegalArgumentException("the reference has no layer " + layer.getClass().getSimpleName());
    }
}
