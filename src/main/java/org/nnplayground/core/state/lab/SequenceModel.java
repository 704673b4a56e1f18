package org.nnplayground.core.state.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.sequence.CharVocabulary;
import org.nnplayground.core.data.sequence.SequenceSplit;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.train.TrainingSets;

/**
 * A recurrent network on sequences: an optional embedding (texts), the recurrent stack, and a dense
 * head at every step or at the last one. Numbers are learned with a linear output and the squared
 * error, summed over the steps; characters with a softmax over the vocabulary at every step and the
 * cross-entropy (in nats per sequence; per character divide by the length).
 */
public record SequenceModel(SequenceSource data, RecurrentNet net) implements LabModel {
    public SequenceModel {
        if (data == null || net == null) {
            throw new IllegalArgumentException("a sequence model needs its data and its network");
        }
        if (net.embedding() > 0 && !data.problem().isText()) {
            throw new IllegalArgumentException("an embedding reads characters; " + data.problem().label()
                    + " has numbers as inputs");
        }
        Architecture a = architectureFor(data, net);
        a.outputShape(); // every layer fits the one before it
        new OutputHead(a.outputActivation(), lossFor(data)).check();
    }

    private static Loss lossFor(SequenceSource data) {
        return data.problem().isText() ? Loss.SOFTMAX_CROSS_ENTROPY : Loss.SQUARED_ERROR;
    }

    /** Whether the inputs are symbol indices read by an embedding rather than one-hot characters or numbers. */
    public boolean indexInputs() {
        return net.embedding() > 0;
    }

    /** The text's vocabulary (text problems only). */
    public CharVocabulary vocabulary() {
        return CharVocabulary.of(data.textShown());
    }

    private static Architecture architectureFor(SequenceSource data, RecurrentNet net) {
        boolean text = data.problem().isText();
        int symbols = text ? CharVocabulary.of(data.textShown()).size() : 0;
        List<LayerSpec> layers = new ArrayList<>();
        if (net.embedding() > 0) {
            layers.add(new Embedding.Spec(symbols, net.embedding()));
        }
        // The input's shape as the task draws it: one sequence drawn is enough to read it.
        Shape input = Shape.of(data.length(), data.task(net.embedding() > 0).generate(1, new Rng(0)).inputFeatures());
        boolean everyStep = data.problem().everyStep();
        layers.addAll(net.recurrentLayers(everyStep));
        int outputs = text ? symbols : 1;
        layers.add(everyStep ? new StepDense.Spec(outputs, Activation.IDENTITY) : new Dense.Spec(outputs, Activation.IDENTITY, false));
        return new Architecture(input, layers, text ? Activation.SOFTMAX : Activation.IDENTITY, Init.GLOROT);
    }

    @Override
    public Architecture architecture() {
        return architectureFor(data, net);
    }

    @Override
    public Loss loss() {
        return lossFor(data);
    }

    @Override
    public LabSets generate() {
        SequenceSplit split = data.split(indexInputs());
        return new LabSets(TrainingSets.from(split.train()), TrainingSets.from(split.test()), split, null);
    }

    @Override
    public long seed() {
        return data.seed();
    }

    @Override
    public SequenceModel withSeed(long value) {
        return new SequenceModel(data.withSeed(value), net);
    }

    @Override
    public String problemId() {
        return data.problem().id();
    }

    public SequenceModel withData(SequenceSource value) {
        return new SequenceModel(value, value.problem().isText() ? net : net.withEmbedding(0));
    }

    public SequenceModel withNet(RecurrentNet value) {
        return new SequenceModel(data, value);
    }
}
