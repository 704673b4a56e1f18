package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * The model file of a sequence or image run: the input (its shape and meaning, the vocabulary of a
 * text), every layer with its kind, shapes, settings and parameter blocks, the output head, the
 * training settings, the epoch, the problem and the link, as JSON of the schema README documents
 * ("The model as JSON"); {@link LabModelReader} reads it back. Blocks are written as
 * {@link ModelJson} writes them: rows of numbers for people and exact {@code bits} for the page.
 */
public final class LabModelJson {
    private LabModelJson() {
    }

    /** The model file of {@code snapshot}. */
    public static String write(LabSnapshot snapshot) {
        return JsonWriter.write(tree(snapshot));
    }

    static Map<String, Object> tree(LabSnapshot snapshot) {
        Network network = snapshot.network();
        Architecture a = network.architecture();
        Map<String, Object> root = ModelJson.header(network, snapshot.problem(), snapshot.link(), snapshot.epoch());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("shape", ModelJson.shape(a.input()));
        input.put("meaning", snapshot.inputMeaning());
        if (!snapshot.vocabulary().isEmpty()) {
            input.put("vocabulary", snapshot.vocabulary());
        }
        root.put("input", input);
        List<Object> layers = new ArrayList<>();
        for (int i = 0; i < a.layers().size(); i++) {
            layers.add(layer(a.layers().get(i), network.layer(i + 1)));
        }
        root.put("layers", layers);
        root.put("output", ModelJson.output(network, snapshot.training(), a.outputShape()));
        root.put("training", ModelJson.training(snapshot.training(), true, a.init()));
        root.put("fingerprint", network.fingerprint().hex());
        return root;
    }

    private static Map<String, Object> layer(LayerSpec spec, Layer layer) {
        String kind = LabLayerJson.kind(spec);
        Map<String, Object> m = LabLayerJson.start(kind, ModelJson.shape(layer.inputShape()), ModelJson.shape(layer.outputShape()));
        LabLayerJson.writeSettings(spec, m);
        List<String> names = LabLayerJson.blockNames(kind);
        List<ParamBlock> blocks = layer.parameters();
        for (int i = 0; i < names.size(); i++) {
            ParamBlock b = blocks.get(i);
            m.put(names.get(i), ModelJson.block(b, !b.bias()));
        }
        return m;
    }
}
