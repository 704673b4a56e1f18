package org.nnplayground.core.state.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.StepOutput;

/**
 * A recurrent network as the page edits it: a stack of cells of one kind, their sizes, the Elman
 * cell's activation, an optional learned embedding of the characters (texts only) and truncated
 * backpropagation through time. {@link #layers} turns it into the layer list, with every cell but the
 * last handing each step's state up and the last one every step's or the last step's state to the
 * dense head, as the problem asks.
 *
 * @param cell the kind of every recurrent layer
 * @param hidden the hidden size of each recurrent layer, bottom first (1 to {@link #MAX_LAYERS} layers)
 * @param activation the Elman cell's activation (GRU and LSTM have their own, and keep tanh here)
 * @param embedding values per character of a learned embedding, 0 for one-hot characters
 * @param truncation steps of truncated backpropagation through time, 0 for the whole sequence
 */
public record RecurrentNet(Cell cell, List<Integer> hidden, Activation activation, int embedding, int truncation) {
    /** Most recurrent layers in a stack. */
    public static final int MAX_LAYERS = 4;
    /** Most values per character of an embedding. */
    public static final int MAX_EMBEDDING = 64;

    public RecurrentNet {
        if (cell == null || activation == null || activation == Activation.SOFTMAX) {
            throw new IllegalArgumentException("a recurrent network needs a cell and a per-unit activation");
        }
        if (cell != Cell.ELMAN) {
            activation = Activation.TANH; // GRU and LSTM have their own; one network, one description
        }
        hidden = List.copyOf(hidden);
        Limits.requireWithin("Recurrent layers", hidden.size(), 1, MAX_LAYERS);
        for (int h : hidden) {
            Limits.requireWithin("Hidden units", h, 1, Limits.MAX_HIDDEN_SIZE);
        }
        Limits.requireWithin("Embedding", embedding, 0, MAX_EMBEDDING);
        Limits.requireWithin("Truncation", truncation, 0, Limits.MAX_SEQUENCE_LENGTH);
    }

    /** One layer of {@code hidden} units of {@code cell}: tanh for Elman, full backpropagation, no embedding. */
    public static RecurrentNet of(Cell cell, int hidden) {
        return new RecurrentNet(cell, List.of(hidden), Activation.TANH, 0, 0);
    }

    /** The recurrent layers, bottom first; the last gives every step's state when {@code everyStep}. */
    public List<LayerSpec> recurrentLayers(boolean everyStep) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            StepOutput out = i < hidden.size() - 1 || everyStep ? StepOutput.EVERY_STEP : StepOutput.LAST_STEP;
            layers.add(layer(hidden.get(i), out));
        }
        return layers;
    }

    private LayerSpec layer(int size, StepOutput out) {
        switch (cell) {
            case GRU:
                return new Gru.Spec(size, out, truncation);
            case LSTM:
                return new Lstm.Spec(size, out, truncation);
            default:
                return new Elman.Spec(size, activation, out, truncation);
        }
    }

    public RecurrentNet withCell(Cell value) {
        return new RecurrentNet(value, hidden, activation, embedding, truncation);
    }

    public RecurrentNet withHidden(List<Integer> value) {
        return new RecurrentNet(cell, value, activation, embedding, truncation);
    }

    public RecurrentNet withActivation(Activation value) {
        return new RecurrentNet(cell, hidden, value, embedding, truncation);
    }

    public RecurrentNet withEmbedding(int value) {
        return new RecurrentNet(cell, hidden, activation, value, truncation);
    }

    public RecurrentNet withTruncation(int value) {
        return new RecurrentNet(cell, hidden, activation, embedding, value);
    }
}
