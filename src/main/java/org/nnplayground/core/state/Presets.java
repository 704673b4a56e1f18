package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.Activation;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.TrainingConfig;

/** The built-in presets, in the order the page lists them. */
public final class Presets {
    private static final List<Preset> ALL = build();

    private Presets() {
    }

    /** Every preset. */
    public static List<Preset> all() {
        return ALL;
    }

    /** The preset with this id, or null. */
    public static Preset byId(String id) {
        for (Preset p : ALL) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** What the page opens with: TensorFlow Playground's default, the circle with 4 and 2 tanh neurons. */
    public static Preset defaultPreset() {
        return ALL.get(0);
    }

    private static List<Preset> build() {
        List<Preset> list = new ArrayList<>();
        TrainingConfig sgd = TrainingConfig.of(Loss.SQUARED_ERROR, 0.03, 10);
        list.add(new Preset("default", "Circle",
                "Two features, two small tanh layers: the playground's classic start. The network bends a line into a ring.",
                classification(DatasetKind.CIRCLE, 500, FeatureSet.defaults(), new int[] {4, 2}, Activation.TANH, sgd)));
        list.add(new Preset("xor", "Exclusive or",
                "No single line splits XOR; one hidden layer of four neurons does.",
                classification(DatasetKind.XOR, 500, FeatureSet.defaults(), new int[] {4}, Activation.TANH,
                        sgd.withLearningRate(0.1))));
        list.add(new Preset("spiral", "Spiral",
                "Two arms wound into each other: deeper and wider layers, and Adam, untangle them.",
                classification(DatasetKind.SPIRAL, 500,
                        FeatureSet.of(Feature.X1, Feature.X2, Feature.SIN_X1, Feature.SIN_X2),
                        new int[] {8, 8, 6}, Activation.TANH,
                        sgd.withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01))));
        list.add(new Preset("spiral3", "Three-arm spiral",
                "Three classes, one output per class: softmax turns the outputs into probabilities and cross-entropy trains them.",
                classification(DatasetKind.SPIRAL3, 600, FeatureSet.defaults(), new int[] {16, 16}, Activation.TANH,
                        sgd.withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01))));
        list.add(new Preset("one-node", "One node learns y = x",
                "One weight and one bias, learning y = x by gradient descent on the squared error.",
                oneNode(DataSpec.of(DatasetKind.IDENTITY).withPoints(50).withTrainFraction(1.0),
                        TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 1))));
        list.add(new Preset("article", "The article's loop",
                "x = 0..99, y = x, learning rate 0.01, one sample at a time, only the weight learns. It diverges.",
                oneNode(DataSpec.of(DatasetKind.ARTICLE).withPoints(100).withTrainFraction(1.0),
                        TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 1).withUpdateBiases(false).withShuffle(false))));
        return Collections.unmodifiableList(list);
    }

    private static PlaygroundState classification(DatasetKind kind, int points, FeatureSet features, int[] hidden,
                                                  Activation activation, TrainingConfig training) {
        DataSpec data = DataSpec.of(kind).withPoints(points).withNoise(0.0).withTrainFraction(0.5).withSeed(1);
        return PlaygroundState.withProblemDefaults(data, features, sizes(hidden), activation, training);
    }

    private static PlaygroundState oneNode(DataSpec data, TrainingConfig training) {
        return PlaygroundState.withProblemDefaults(data, FeatureSet.defaults(), List.of(), Activation.IDENTITY, training);
    }

    private static List<Integer> sizes(int[] hidden) {
        List<Integer> list = new ArrayList<>();
        for (int h : hidden) {
            list.add(h);
        }
        return list;
    }
}
