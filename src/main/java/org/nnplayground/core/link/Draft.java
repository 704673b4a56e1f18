package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.Activation;
import org.nnplayground.core.nn.Init;
import org.nnplayground.core.nn.Limits;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.TrainingConfig;

/**
 * A link state taken apart into plain fields, so that a decoder can set them one by one in any order
 * and build the state once at the end, repairing combinations that do not fit (with a notice).
 */
final class Draft {
    DatasetKind kind;
    int points;
    double noise;
    double train;
    int classes;
    long seed;
    FeatureSet features;
    List<Integer> hidden;
    List<Activation> activations;
    Activation output;
    Loss loss;
    boolean skip;
    Init init;
    double learningRate;
    int batch;
    OptimizerKind optimizer;
    Regularization regularization;
    double rate;
    boolean bias;
    boolean shuffle;
    String preset;
    boolean discretize;
    boolean showTest;
    int stop;
    boolean logScale;
    double stopLoss;
    String speed;
    String weights;
    int weightsEpoch;
    List<String> hiddenControls = new ArrayList<>();
    /** How each hidden width was written, for notices, where the number itself does not say it (null: the numbers). */
    List<String> hiddenText;

    static Draft of(LinkState link) {
        Draft d = new Draft();
        PlaygroundState s = link.state();
        DataSpec data = s.data();
        d.kind = data.kind();
        d.points = data.points();
        d.noise = data.noise();
        d.train = data.trainFraction();
        d.classes = data.classes();
        d.seed = data.seed();
        d.features = s.features();
        d.hidden = new ArrayList<>(s.hiddenSizes());
        d.activations = new ArrayList<>(s.hiddenActivations());
        d.output = s.outputActivation();
        TrainingConfig t = s.training();
        d.loss = t.loss();
        d.skip = s.skip();
        d.init = s.init();
        d.learningRate = t.learningRate();
        d.batch = t.batchSize();
        d.optimizer = t.optimizer();
        d.regularization = t.regularization();
        d.rate = t.regularizationRate();
        d.bias = t.updateBiases();
        d.shuffle = t.shuffle();
        d.preset = link.preset();
        d.discretize = link.discretize();
        d.showTest = link.showTest();
        d.stop = link.stopEpoch();
        d.logScale = link.logScale();
        d.stopLoss = link.stopLoss();
        d.speed = link.speed();
        d.weightsEpoch = link.weightsEpoch();
        d.hiddenControls = new ArrayList<>(link.hidden());
        return d;
    }

    /** The state these fields describe; what does not fit together is repaired and reported. */
    LinkState build(LinkState fallback, List<String> notices) {
        DataSpec data = new DataSpec(kind, points, noise, train, classes, seed);
        while (activations.size() < hidden.size()) {
            activations.add(activations.isEmpty() ? Activation.TANH : activations.get(activations.size() - 1));
        }
        while (activations.size() > hidden.size()) {
            activations.remove(activations.size() - 1);
        }
        if (!StateEdits.outputChoices(kind.problem()).contains(output)) {
            Activation replacement = PlaygroundState.defaultOutput(kind.problem());
            notices.add("The output activation " + output.label() + " does not suit " + kind.label()
                    + "; using " + replacement.label() + ".");
            output = replacement;
        }
        if (!StateEdits.lossChoices(output).contains(loss)) {
            Loss replacement = StateEdits.defaultLoss(output, kind.problem());
            notices.add("The loss " + loss.label() + " does not suit a " + output.label() + " output; using "
                    + replacement.label() + ".");
            loss = replacement;
        }
        TrainingConfig config = new TrainingConfig(loss, optimizer, learningRate, batch, regularization, rate, bias, shuffle);
        PlaygroundState state;
        try {
            state = new PlaygroundState(data, features, hidden, activations, output, skip, init, config);
        } catch (IllegalArgumentException e) {
            notices.add("The link describes a network that cannot be built (" + e.getMessage() + "); using the default.");
            return fallback;
        }
        LinkState link = new LinkState(state, preset, discretize, showTest, stop, null, 0, hiddenControls, logScale,
                stopLoss, speed);
        if (weights != null) {
            link = withWeights(link, notices);
        }
        return link;
    }

    private LinkState withWeights(LinkState link, List<String> notices) {
        double[] values = Base64Url.decode(weights);
        int expected = link.state().networkSpec().parameterCount();
        if (values == null) {
            notices.add("The weights in the link are damaged; the network starts from its initial weights.");
            return link;
        }
        if (values.length != expected) {
            notices.add("The link holds " + values.length + " weights but this network has " + expected
                    + "; the network starts from its initial weights.");
            return link;
        }
        int cut = 0;
        String first = null;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v != v) {
                notices.add("The weights in the link include a value that is not a number;"
                        + " the network starts from its initial weights.");
                return link;
            }
            String notice = Limits.weightNotice("Weight", v);
            if (notice != null) {
                first = first == null ? notice : first;
                cut++;
                values[i] = Limits.cutWeight(v);
            }
        }
        if (first != null) {
            notices.add(cut == 1 ? first : first + " " + (cut - 1)
                    + (cut == 2 ? " more weight was" : " more weights were") + " cut to the limit the same way.");
        }
        return link.withWeights(values, weightsEpoch);
    }

    /** Clamps hidden layer widths and count to the limits, reporting what was cut. */
    void limitHidden(List<String> notices) {
        if (hidden.size() > Limits.MAX_HIDDEN_LAYERS) {
            notices.add(Limits.cutNotice("Hidden layers", hidden.size(), 0, Limits.MAX_HIDDEN_LAYERS));
            hidden = new ArrayList<>(hidden.subList(0, Limits.MAX_HIDDEN_LAYERS));
        }
        for (int i = 0; i < hidden.size(); i++) {
            int w = hidden.get(i);
            String text = hiddenText != null && i < hiddenText.size() ? hiddenText.get(i) : Integer.toString(w);
            String notice = Limits.cutNotice(Limits.neuronsIn(i + 1), text, w, 1, Limits.MAX_LAYER_WIDTH);
            if (notice != null) {
                notices.add(notice);
                hidden.set(i, (int) Limits.cut(w, 1, Limits.MAX_LAYER_WIDTH));
            }
        }
    }
}
