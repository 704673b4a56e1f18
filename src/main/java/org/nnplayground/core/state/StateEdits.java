package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;

/**
 * What each control of the page does to the state, as pure functions: the page only calls these,
 * so every rule (which loss goes with which output, how many neurons a layer may have) lives here,
 * tested, and is the same for the page, links and the JavaScript API.
 */
public final class StateEdits {
    /** Neurons a hidden layer gets when it is added and there is no layer to copy. */
    public static final int DEFAULT_WIDTH = 4;

    private StateEdits() {
    }

    /** The first data set of a problem type, with that problem's output and loss. */
    public static PlaygroundState withProblem(PlaygroundState s, ProblemType problem) {
        if (s.data().kind().problem() == problem) {
            return s;
        }
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.problem() == problem) {
                return withDataset(s, kind);
            }
        }
        throw new IllegalArgumentException("no data set poses " + problem);
    }

    /** Another data set; a different problem type brings its own output activation and loss. */
    public static PlaygroundState withDataset(PlaygroundState s, DatasetKind kind) {
        return withData(s, s.data().withKind(kind));
    }

    /**
     * Other data (a typed formula, a loaded table); a different problem type brings its own output
     * activation and loss.
     */
    public static PlaygroundState withData(PlaygroundState s, DataSpec data) {
        ProblemType problem = data.kind().problem();
        if (problem == s.data().kind().problem()) {
            return s.withData(data);
        }
        Activation output = PlaygroundState.defaultOutput(problem);
        return new PlaygroundState(data, s.features(), s.hiddenSizes(), s.hiddenActivations(), output,
                s.skip(), s.init(), s.training().withLoss(defaultLoss(output, problem)));
    }

    /**
     * The loss an output starts with: the cross-entropy that belongs to a softmax output, or to a
     * sigmoid output on classes; squared error otherwise.
     */
    public static Loss defaultLoss(Activation output, ProblemType problem) {
        if (output == Activation.SOFTMAX) {
            return Loss.SOFTMAX_CROSS_ENTROPY;
        }
        return output == Activation.SIGMOID && problem.isClassification() ? Loss.BINARY_CROSS_ENTROPY : Loss.SQUARED_ERROR;
    }

    /** The output activations that make sense for a problem. */
    public static List<Activation> outputChoices(ProblemType problem) {
        List<Activation> list = new ArrayList<>();
        switch (problem) {
            case CLASSIFICATION:
                list.add(Activation.TANH);
                list.add(Activation.SIGMOID);
                list.add(Activation.SOFTMAX);
                list.add(Activation.IDENTITY);
                break;
            case MULTICLASS:
                list.add(Activation.SOFTMAX);
                list.add(Activation.SIGMOID);
                list.add(Activation.TANH);
                break;
            default:
                for (Activation a : Activation.values()) {
                    if (a != Activation.SOFTMAX) {
                        list.add(a);
                    }
                }
        }
        return list;
    }

    /** Another output activation, with the loss that belongs to it (see {@link #defaultLoss}). */
    public static PlaygroundState withOutput(PlaygroundState s, Activation output) {
        return s.withOutput(output, defaultLoss(output, s.data().kind().problem()));
    }

    /** Appends a hidden layer like the last one (or of {@link #DEFAULT_WIDTH} tanh neurons). */
    public static PlaygroundState addLayer(PlaygroundState s) {
        List<Integer> sizes = new ArrayList<>(s.hiddenSizes());
        List<Activation> activations = new ArrayList<>(s.hiddenActivations());
        if (sizes.size() >= Limits.MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException(
                    Limits.cutNotice("Hidden layers", sizes.size() + 1L, 0, Limits.MAX_HIDDEN_LAYERS));
        }
        sizes.add(sizes.isEmpty() ? DEFAULT_WIDTH : sizes.get(sizes.size() - 1));
        activations.add(activations.isEmpty() ? Activation.TANH : activations.get(activations.size() - 1));
        return s.withHidden(sizes, activations);
    }

    /** Removes the last hidden layer (none left is allowed: the inputs then feed the output). */
    public static PlaygroundState removeLayer(PlaygroundState s) {
        if (s.hiddenSizes().isEmpty()) {
            return s;
        }
        int last = s.hiddenSizes().size() - 1;
        return s.withHidden(s.hiddenSizes().subList(0, last), s.hiddenActivations().subList(0, last));
    }

    /**
     * Adds {@code delta} neurons to hidden layer {@code layer} (0-based). Beyond 1 or the limit it
     * throws with the notice a link gets for the same width (the state stays at the limit).
     */
    public static PlaygroundState changeWidth(PlaygroundState s, int layer, int delta) {
        List<Integer> sizes = new ArrayList<>(s.hiddenSizes());
        long wanted = (long) sizes.get(layer) + delta;
        String notice = Limits.cutNotice(Limits.neuronsIn(layer + 1), wanted, 1, Limits.MAX_LAYER_WIDTH);
        if (notice != null && Limits.cut(wanted, 1, Limits.MAX_LAYER_WIDTH) == sizes.get(layer)) {
            throw new IllegalArgumentException(notice);
        }
        int width = (int) Limits.cut(wanted, 1, Limits.MAX_LAYER_WIDTH);
        sizes.set(layer, width);
        return s.withHidden(sizes, s.hiddenActivations());
    }

    /** The activation of hidden layer {@code layer} (0-based). */
    public static PlaygroundState withLayerActivation(PlaygroundState s, int layer, Activation activation) {
        List<Activation> activations = new ArrayList<>(s.hiddenActivations());
        activations.set(layer, activation);
        return s.withHidden(s.hiddenSizes(), activations);
    }

    /** The same activation for every hidden layer. */
    public static PlaygroundState withAllActivations(PlaygroundState s, Activation activation) {
        List<Activation> activations = new ArrayList<>();
        for (int i = 0; i < s.hiddenSizes().size(); i++) {
            activations.add(activation);
        }
        return s.withHidden(s.hiddenSizes(), activations);
    }
}
