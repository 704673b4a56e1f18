package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.TrainingConfig;

/**
 * The introductory article's lessons as presets, in the article's order: one node learning y = x,
 * the article's diverging loop and its fixes, why activations matter, activations compared, curve
 * fitting, hidden layers for nonlinear data, softmax classification, skip connections and the
 * learning rate.
 */
final class Lessons {
    private Lessons() {
    }

    static List<Preset> all() {
        List<Preset> list = new ArrayList<>();
        list.add(oneNode());
        list.add(articleLoop());
        list.add(collapse());
        list.add(activations());
        list.add(polynomial());
        list.add(xorWithoutHiddenLayer());
        list.add(xorWithHiddenLayer());
        list.add(softmax());
        list.add(skipConnections());
        list.add(learningRate());
        return list;
    }

    private static PlaygroundState curve(DatasetKind kind, int points, double noise, int[] hidden, Activation activation,
                                         TrainingConfig training) {
        DataSpec data = DataSpec.of(kind).withPoints(points).withNoise(noise).withTrainFraction(0.8).withSeed(1);
        return PlaygroundState.withProblemDefaults(data, FeatureSet.defaults(), Presets.sizes(hidden), activation, training);
    }

    private static PlaygroundState node(DataSpec data, TrainingConfig training) {
        return PlaygroundState.withProblemDefaults(data, FeatureSet.defaults(), List.of(), Activation.IDENTITY, training);
    }

    private static Preset oneNode() {
        PlaygroundState s = node(DataSpec.of(DatasetKind.IDENTITY).withPoints(50).withTrainFraction(1.0),
                TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 1));
        return new Preset("one-node", "1. One node learns y = x",
                "A single node computes y = w x + b. It starts from a random guess, measures its squared error on each"
                        + " point and moves w and b a little against the gradient. Watch w head for 1 and b for 0: it starts"
                        + " at one step (one point) per frame, so that each step can be followed; raise the speed to hurry.",
                s, List.of(TeachingView.FORMULA, TeachingView.LANDSCAPE, TeachingView.INSPECTOR), List.of(), List.of(),
                Speed.batchEvery(1));
    }

    private static Preset articleLoop() {
        TrainingConfig loop = TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 1).withUpdateBiases(false).withShuffle(false);
        DataSpec article = DataSpec.of(DatasetKind.ARTICLE).withPoints(100).withTrainFraction(1.0);
        PlaygroundState s = node(article, loop);
        List<Alternative> fixes = List.of(
                new Alternative("Learning rate 0.0001", s.withTraining(loop.withLearningRate(0.0001))),
                new Alternative("Inputs scaled to [0, 1]", node(article.withKind(DatasetKind.ARTICLE_SCALED), loop)),
                new Alternative("Scaled inputs, and the bias learns too",
                        node(article.withKind(DatasetKind.ARTICLE_SCALED), loop.withUpdateBiases(true))));
        return new Preset("article", "2. The article's loop",
                "The article's loop as written: x = 0 to 99, y = x, learning rate 0.01, one point at a time, only the"
                        + " weight learns. Each step is proportional to x², so for large x it jumps past the answer by more"
                        + " than it was off, and the weight explodes. The chart shows w and the loss after each step of"
                        + " that epoch, before the weights are put back; a smaller rate or inputs scaled to [0, 1] tame it.",
                s, List.of(TeachingView.FORMULA, TeachingView.INSPECTOR, TeachingView.STEPS), List.of(), fixes,
                Speed.batchEvery(10));
    }

    private static Preset collapse() {
        PlaygroundState s = curve(DatasetKind.LINEAR, 100, 0.05, new int[] {3, 3, 3}, Activation.IDENTITY,
                TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 10)).withInit(Init.GLOROT);
        return new Preset("collapse", "3. Why activations",
                "Three hidden layers, but every activation is linear. Multiply the layers out and they are one node:"
                        + " y = w_eff x + b_eff, shown live beside the network. Switch any layer to ReLU and the network"
                        + " can bend, so the single node no longer describes it.",
                s, List.of(TeachingView.COLLAPSE), List.of(), List.of());
    }

    private static Preset activations() {
        TrainingConfig adam = TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 10).withOptimizer(OptimizerKind.ADAM);
        PlaygroundState base = curve(DatasetKind.SINE, 200, 0.05, new int[] {8, 8}, Activation.TANH, adam)
                .withInit(Init.GLOROT);
        List<Alternative> variants = new ArrayList<>();
        for (Activation a : new Activation[] {Activation.RELU, Activation.SIGMOID, Activation.TANH, Activation.GELU,
            Activation.SINE}) {
            variants.add(new Alternative(a.label(), StateEdits.withAllActivations(base, a)));
        }
        return new Preset("activations", "4. Activations compared",
                "The same data and network, trained five times with a different activation in the hidden layers."
                        + " ReLU fits with straight pieces, sigmoid and tanh with smooth S-curves: the small plots show each"
                        + " fit, and the loss curves which bends fastest into a sine.",
                base, List.of(TeachingView.FITS, TeachingView.COMPARE), variants, List.of());
    }

    private static Preset polynomial() {
        TrainingConfig adam = TrainingConfig.of(Loss.SQUARED_ERROR, 0.02, 10).withOptimizer(OptimizerKind.ADAM);
        PlaygroundState s = curve(DatasetKind.CUBIC, 200, 0.05, new int[] {8, 8}, Activation.TANH, adam)
                .withInit(Init.GLOROT);
        return new Preset("polynomial", "5. Fit a polynomial",
                "A small network fits y = x³ - x from noisy samples. No formula is given to it: the tanh neurons each"
                        + " contribute a bend. Pick another curve in the data column to see what else it can fit.",
                s, List.of(), List.of(), List.of());
    }

    private static Preset xorWithoutHiddenLayer() {
        TrainingConfig sgd = TrainingConfig.of(Loss.SQUARED_ERROR, 0.03, 10);
        PlaygroundState s = Presets.classification(DatasetKind.XOR, 500, FeatureSet.defaults(), new int[0],
                Activation.TANH, sgd);
        return new Preset("xor-linear", "6a. XOR without a hidden layer",
                "With no hidden layer the network can only draw one straight boundary, and no straight line separates"
                        + " XOR: opposite corners share a class. It settles at about half right.",
                s, List.of(), List.of(), List.of());
    }

    private static Preset xorWithHiddenLayer() {
        TrainingConfig sgd = TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 10);
        PlaygroundState s = Presets.classification(DatasetKind.XOR, 500, FeatureSet.defaults(), new int[] {4},
                Activation.TANH, sgd);
        return new Preset("xor", "6b. XOR with one hidden layer",
                "One hidden layer of four neurons: each draws a line, and the output combines them into the crossed"
                        + " regions XOR needs.",
                s, List.of(), List.of(), List.of());
    }

    private static Preset softmax() {
        TrainingConfig adam = TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 10).withOptimizer(OptimizerKind.ADAM);
        PlaygroundState s = Presets.classification(DatasetKind.SPIRAL3, 600, FeatureSet.defaults(), new int[] {16, 16},
                Activation.TANH, adam);
        return new Preset("spiral3", "7. Classification with softmax",
                "Three classes, one output per class. Softmax turns the three outputs into probabilities that add up to"
                        + " one, and cross-entropy rewards a high probability for the right class.",
                s, List.of(), List.of(), List.of());
    }

    private static Preset skipConnections() {
        TrainingConfig sgd = TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 10);
        PlaygroundState deep = StateEdits.withOutput(Presets.classification(DatasetKind.CIRCLE, 500,
                FeatureSet.defaults(), new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4}, Activation.SIGMOID, sgd), Activation.SIGMOID)
                .withInit(Init.GLOROT);
        List<Alternative> variants = List.of(new Alternative("Without skip connections", deep),
                new Alternative("With skip connections", deep.withSkip(true)));
        return new Preset("skip", "8. Skip connections",
                "Ten narrow sigmoid layers. Without skip connections the gradient shrinks at every layer on its way"
                        + " back, so the first layers hardly learn and the network stays at a coin toss. Skip connections"
                        + " add each layer's input to its output, giving the gradient a direct path back.",
                deep, List.of(TeachingView.COMPARE, TeachingView.GRADIENT_FLOW), variants, List.of());
    }

    private static Preset learningRate() {
        TrainingConfig full = TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 50);
        PlaygroundState s = node(DataSpec.of(DatasetKind.LINEAR).withPoints(50).withTrainFraction(1.0), full);
        List<Alternative> variants = List.of(
                new Alternative("Too small: 0.001", s.withTraining(full.withLearningRate(0.001))),
                new Alternative("Good: 0.1", s),
                new Alternative("Too large: 2", s.withTraining(full.withLearningRate(2))));
        return new Preset("learning-rate", "9. The learning rate",
                "One node fits y = 2x + 1 three times. Too small a rate crawls; a good one walks straight down; too large"
                        + " a rate overshoots further each step until it diverges. Each epoch is one step here (the batch"
                        + " is the whole data); the close-up shows the first steps of all three.",
                s, List.of(TeachingView.COMPARE, TeachingView.FIRST_STEPS, TeachingView.LANDSCAPE), variants, List.of(),
                Speed.epochEvery(10));
    }
}
