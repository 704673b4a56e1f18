package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.TrainingConfig;

/**
 * The built-in presets, in the order the page lists them: the playground's classic start, then the
 * introductory article's lessons one by one (see {@link Lessons}).
 */
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
        list.addAll(Lessons.all());
        list.add(new Preset("spiral", "Spiral",
                "Two arms wound into each other. With sine features, three tanh layers and Adam the network untangles them.",
                classification(DatasetKind.SPIRAL, 500,
                        FeatureSet.of(org.nnplayground.core.data.Feature.X1, org.nnplayground.core.data.Feature.X2,
                                org.nnplayground.core.data.Feature.SIN_X1, org.nnplayground.core.data.Feature.SIN_X2),
                        new int[] {8, 8, 6}, Activation.TANH,
                        sgd.withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01))));
        return Collections.unmodifiableList(list);
    }

    static PlaygroundState classification(DatasetKind kind, int points, FeatureSet features, int[] hidden,
                                          Activation activation, TrainingConfig training) {
        DataSpec data = DataSpec.of(kind).withPoints(points).withNoise(0.0).withTrainFraction(0.5).withSeed(1);
        return PlaygroundState.withProblemDefaults(data, features, sizes(hidden), activation, training);
    }

    static List<Integer> sizes(int[] hidden) {
        List<Integer> list = new ArrayList<>();
        for (int h : hidden) {
            list.add(h);
        }
        return list;
    }
}
