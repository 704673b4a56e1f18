package org.nnplayground.core.view;

import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.text.NumberFormat;

/**
 * Reads the value behind a {@link GraphHit}: a weight or a bias of the live network, or a
 * neuron's mean output over the view grid. Edits go through the session
 * ({@code Session.setWeight} / {@code setBias}), the one edit path with its rules. Indices are
 * checked here, because an out-of-range read is
 * no exception in the JavaScript build.
 */
public final class GraphValues {
    private GraphValues() {
    }

    /**
     * The weight, the bias, or the neuron's mean output over the points last evaluated by
     * {@code evaluator} (its output for the last forward pass when {@code evaluator} is null).
     */
    public static double value(Network network, GridEvaluator evaluator, GraphHit hit) {
        check(network.spec(), hit);
        int l = hit.layer();
        switch (hit.kind()) {
            case LINK:
                return network.weightBlock(l).get(hit.neuron(), hit.fromNeuron());
            case BIAS:
                return network.biasBlock(l).get(hit.neuron(), 0);
            default:
                if (evaluator == null || evaluator.points() == 0) {
                    return network.layerOutput(l)[hit.neuron()];
                }
                return NodeThumbnails.mean(evaluator.values(l), hit.neuron() * evaluator.capacity(),
                        evaluator.points());
        }
    }

    /**
     * Tooltip text, e.g. "Weight 0.4213 from x₁ to neuron 2 of layer 1", "Bias -0.1 of the output",
     * "Neuron 3 of layer 2: mean output 0.52".
     */
    public static String describe(Network network, GridEvaluator evaluator, GraphHit hit, String[] inputLabels) {
        NetworkSpec spec = network.spec();
        String value = NumberFormat.significant(value(network, evaluator, hit), 4);
        int l = hit.layer();
        switch (hit.kind()) {
            case LINK:
                return "Weight " + value + " from " + nodeName(spec, inputLabels, l - 1, hit.fromNeuron())
                        + " to " + nodeName(spec, inputLabels, l, hit.neuron());
            case BIAS:
                return "Bias " + value + " of " + nodeName(spec, inputLabels, l, hit.neuron());
            default:
                String name = nodeName(spec, inputLabels, l, hit.neuron());
                if (l == 0) {
                    return name + ": mean value " + value; // a feature label keeps its case: "x₁"
                }
                return upperFirst(name) + ": mean output " + value;
        }
    }

    /** "x₁" for an input, "neuron 2 of layer 1" for a hidden neuron, "the output" / "output 2". */
    static String nodeName(NetworkSpec spec, String[] inputLabels, int l, int i) {
        if (l == 0) {
            return inputLabels != null && i < inputLabels.length ? inputLabels[i] : "input " + (i + 1);
        }
        if (l == spec.layerCount()) {
            return spec.outputs() == 1 ? "the output" : "output " + (i + 1);
        }
        return "neuron " + (i + 1) + " of layer " + l;
    }

    private static void check(NetworkSpec spec, GraphHit hit) {
        if (hit == null) {
            throw new IllegalArgumentException("no graph element given");
        }
        int l = hit.layer();
        int lowest = hit.kind() == GraphHit.Kind.NEURON ? 0 : 1;
        if (l < lowest || l > spec.layerCount()) {
            throw new IllegalArgumentException(hit.kind() + " layer must be between " + lowest + " and "
                    + spec.layerCount() + ", was " + l);
        }
        if (hit.neuron() < 0 || hit.neuron() >= spec.width(l)) {
            throw new IllegalArgumentException("neuron must be between 0 and " + (spec.width(l) - 1)
                    + " in layer " + l + ", was " + hit.neuron());
        }
        if (hit.kind() == GraphHit.Kind.LINK && (hit.fromNeuron() < 0 || hit.fromNeuron() >= spec.width(l - 1))) {
            throw new IllegalArgumentException("link source must be between 0 and " + (spec.width(l - 1) - 1)
                    + " in layer " + (l - 1) + ", was " + hit.fromNeuron());
        }
    }

    private static String upperFirst(String s) {
        char c = s.charAt(0);
        return (c >= 'a' && c <= 'z' ? String.valueOf((char) (c - 32)) : String.valueOf(c)) + s.substring(1);
    }
}
