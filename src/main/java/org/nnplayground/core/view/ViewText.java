package org.nnplayground.core.view;

import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.train.Metrics;
import org.nnplayground.core.train.StepResult;

/**
 * The views in words: the text alternatives of the output and loss canvases and the status line read
 * out to screen readers. Short, with the figures a sighted reader takes from the pictures.
 */
public final class ViewText {
    private ViewText() {
    }

    /**
     * The output view: what it draws and how well the network does.
     *
     * @param dimension 1 for a curve over x, 2 for a heatmap over the input square
     * @param classes   the number of classes (0 for regression)
     */
    public static String output(int dimension, int classes, boolean showTest, StepResult r) {
        return output(dimension, classes, showTest, r, null);
    }

    /**
     * The same while the view shows one neuron in place of the network's output (the neuron under
     * the graph's pointer or focus mark).
     *
     * @param shownNeuron the neuron's name, see {@link #neuronName}; null for the network's output
     */
    public static String output(int dimension, int classes, boolean showTest, StepResult r, String shownNeuron) {
        StringBuilder s = new StringBuilder();
        if (shownNeuron != null) {
            s.append(shownCaption(shownNeuron)).append(" in place of the network's output: its output ")
                    .append(dimension == 1 ? "as a curve over x" : "over the input square, blue for positive and"
                            + " orange for negative values")
                    .append(", with the ").append(showTest ? "training and test points" : "training points")
                    .append("; the network's output comes back when the pointer or the graph's focus leaves the neuron.");
        } else if (dimension == 1) {
            s.append("Output of the network as a curve over x, with the ");
        } else {
            s.append("Output of the network over the input square");
            if (classes > 2) {
                s.append(", coloured by the most likely of ").append(classes).append(" classes");
            } else if (classes == 2) {
                s.append(", blue for one class and orange for the other");
            }
            s.append(", with the ");
        }
        if (shownNeuron == null) {
            s.append(showTest ? "training and test points." : "training points.");
        }
        Metrics m = r.test().isEmpty() ? r.train() : r.test();
        String which = r.test().isEmpty() ? " Training " : " Test ";
        if (m.isEmpty()) {
            return s.toString();
        }
        if (m.hasAccuracy()) {
            s.append(which).append("accuracy ").append(NumberFormat.fixed(m.accuracy() * 100, 0)).append(" %.");
        } else {
            s.append(which).append("loss ").append(NumberFormat.significant(m.loss(), 3)).append('.');
        }
        return s.toString();
    }

    /** The visible caption of the output view while it shows a neuron: "Showing neuron 2 of layer 1". */
    public static String shownCaption(String neuronName) {
        return "Showing " + neuronName;
    }

    /**
     * A neuron of the graph in words: "input x₁", "neuron 2 of layer 1", "the output", "output 2".
     *
     * @param inputLabels the input labels the graph shows (x₁, x₂, ...), or null for "input 1" ...
     */
    public static String neuronName(NetworkSpec spec, String[] inputLabels, GraphHit neuron) {
        String name = GraphValues.nodeName(spec, inputLabels, neuron.layer(), neuron.neuron());
        return neuron.layer() == 0 && !name.startsWith("input") ? "input " + name : name;
    }

    /** The loss chart: what it draws and the latest losses. */
    public static String loss(boolean logScale, StepResult r) {
        StringBuilder s = new StringBuilder("Training and test loss over the epochs");
        s.append(logScale ? ", log scale" : "");
        if (r.epoch() == 0) {
            return s.append("; no epoch trained yet.").toString();
        }
        s.append(": at epoch ").append(NumberFormat.grouped(r.epoch())).append(" the training loss is ")
                .append(NumberFormat.significant(r.train().loss(), 3));
        if (!r.test().isEmpty()) {
            s.append(" and the test loss ").append(NumberFormat.significant(r.test().loss(), 3));
        }
        return s.append('.').toString();
    }

    /** Where training stands, for the live region: "Epoch 120, training loss 0.0123, test loss 0.015, paused". */
    public static String status(StepResult r, boolean playing) {
        StringBuilder s = new StringBuilder("Epoch ").append(NumberFormat.grouped(r.epoch()));
        if (r.sampleUpdates() < 0) {
            // a large run's first status, still being counted over the frames: no losses yet
            return s.append(", losses being computed").append(playing ? ", training" : ", paused").toString();
        }
        s.append(", training loss ").append(NumberFormat.significant(r.train().loss(), 3));
        if (!r.test().isEmpty()) {
            s.append(", test loss ").append(NumberFormat.significant(r.test().loss(), 3));
        }
        if (r.diverged()) {
            s.append(", diverged");
        }
        return s.append(playing ? ", training" : ", paused").toString();
    }
}
