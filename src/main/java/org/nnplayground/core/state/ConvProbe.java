package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.data.image.ImageSplit;
import org.nnplayground.core.math.Fingerprint;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.AvgPool2d;
import org.nnplayground.core.nn.layer.Conv1d;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Flatten;
import org.nnplayground.core.nn.layer.GlobalAvgPool;
import org.nnplayground.core.nn.layer.GlobalMaxPool;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.Padding;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.train.ImageTrainingSets;
import org.nnplayground.core.train.LayerTraining;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingData;

/**
 * The convolutional part of {@link RuntimeProbe}: the image generators' pixels, and short training
 * runs of small convnets on them that together touch every image layer kind and setting (2-D
 * convolution with stride 1 and 2, same and valid padding, every per-neuron activation; max, average
 * and global pooling; flatten; 1-D convolution over a sequence) and the optimizers on their
 * parameters. Each run is a few dozen images for one to three epochs, so the probe stays quick in
 * the browser; each line is "name=fingerprint" of the weights, the last epoch's loss and the test loss.
 */
final class ConvProbe {
    private static final TrainingConfig SGD = TrainingConfig.of(Loss.SOFTMAX_CROSS_ENTROPY, 0.1, 10);

    private ConvProbe() {
    }

    /** The lines, in a fixed order. */
    static List<String> run() {
        List<String> lines = new ArrayList<>();
        ImageSpec bars = new ImageSpec(ImageProblem.BARS, 8, 40, 0.3, 0.75, 0, 21);
        ImageSpec shapes = new ImageSpec(ImageProblem.SHAPES, 12, 40, 0.2, 0.75, 0, 22);
        ImageSpec digits = new ImageSpec(ImageProblem.DIGITS, 12, 40, 0.2, 0.75, 0, 23);
        ImageSpec shifted = new ImageSpec(ImageProblem.DIGITS, 16, 30, 0.1, 0.5, 4, 24);
        lines.add("images-bars=" + pixels(bars));
        lines.add("images-shapes12=" + pixels(shapes));
        lines.add("images-shapes16=" + pixels(shapes.withSide(16).withSeed(25)));
        lines.add("images-digits12=" + pixels(digits));
        lines.add("images-digits16-shifted=" + pixels(shifted));

        for (Activation f : Activation.values()) {
            if (f.allowedInHiddenLayer()) {
                lines.add("conv-" + f.id() + "=" + train(bars, List.of(Conv2d.Spec.of(3, 3, f), new MaxPool2d.Spec(),
                        output(2)), Init.GLOROT, SGD, 2));
            }
        }
        lines.add("conv-s2-same=" + train(bars, List.of(new Conv2d.Spec(3, 3, 2, Padding.SAME, Activation.RELU),
                new Flatten.Spec(), output(2)), Init.HE, SGD, 2));
        lines.add("conv-s2-valid=" + train(shapes, List.of(new Conv2d.Spec(4, 4, 2, Padding.VALID, Activation.TANH),
                new GlobalMaxPool.Spec(), output(4)), Init.GLOROT, SGD, 2));
        lines.add("conv-s1-valid=" + train(digits, List.of(new Conv2d.Spec(3, 3, 1, Padding.VALID, Activation.LEAKY_RELU),
                new MaxPool2d.Spec(), new Flatten.Spec(), new Dense.Spec(6, Activation.ELU, false), output(10)),
                Init.HE, SGD, 2));
        lines.add("avgpool=" + train(shapes, List.of(Conv2d.Spec.of(4, 3, Activation.RELU), new AvgPool2d.Spec(),
                new Conv2d.Spec(4, 4, 2, Padding.VALID, Activation.SOFTPLUS), new GlobalAvgPool.Spec(), output(4)),
                Init.HE, SGD, 2));
        lines.add("globalmax-adam-l2=" + train(digits, List.of(Conv2d.Spec.of(4, 3, Activation.TANH),
                new MaxPool2d.Spec(), Conv2d.Spec.of(6, 3, Activation.RELU), new GlobalMaxPool.Spec(), output(10)),
                Init.GLOROT, SGD.withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01)
                        .withRegularization(Regularization.L2, 0.001), 3));
        lines.add("globalavg-momentum-l1=" + train(shifted, List.of(new Conv2d.Spec(4, 7, 2, Padding.SAME, Activation.SILU),
                new MaxPool2d.Spec(), new GlobalAvgPool.Spec(), output(10)),
                Init.HE, SGD.withOptimizer(OptimizerKind.MOMENTUM).withRegularization(Regularization.L1, 0.001), 2));
        lines.add("flatten-dense=" + train(bars, List.of(new Flatten.Spec(), new Dense.Spec(5, Activation.GELU, false),
                output(2)), Init.GLOROT, SGD, 3));
        lines.add("conv1d-rows=" + trainRows(digits, List.of(new Conv1d.Spec(4, 3, 1, Padding.SAME, Activation.RELU),
                new GlobalMaxPool.Spec(), output(10)), 3));
        lines.add("conv1d-rows-s2-valid=" + trainRows(shapes, List.of(new Conv1d.Spec(3, 4, 2, Padding.VALID, Activation.TANH),
                new Conv1d.Spec(3, 2, 1, Padding.SAME, Activation.SINE), new GlobalAvgPool.Spec(), output(4)), 2));
        lines.add("conv1d-steps=" + trainSteps(bars, List.of(new Conv1d.Spec(2, 5, 2, Padding.SAME, Activation.SIGMOID),
                new GlobalMaxPool.Spec(), output(2)), 2));
        lines.add("conv-fixed=" + fixed());
        return lines;
    }

    /**
     * The run whose JVM fingerprint the convnet tests fix: every image layer kind with the core's
     * tanh, Adam, 2 epochs on 200 bars, seed 1; the weights alone.
     */
    static String fixed() {
        ImageSplit split = new ImageSpec(ImageProblem.BARS, 8, 200, 0.3, 1.0, 0, 1).generate();
        TrainingData train = ImageTrainingSets.from(split.train(), Activation.SOFTMAX);
        List<LayerSpec> layers = List.of(new Conv2d.Spec(4, 3, 1, Padding.SAME, Activation.TANH), new MaxPool2d.Spec(),
                new Conv2d.Spec(4, 3, 2, Padding.SAME, Activation.RELU), new GlobalAvgPool.Spec(), output(2));
        LayerTraining training = new LayerTraining(ImageTrainingSets.inputShape(split.train()), layers, Init.GLOROT,
                train, SGD.withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01), 1);
        training.trainEpochs(2);
        return training.network().fingerprint().hex();
    }

    private static Dense.Spec output(int classes) {
        return new Dense.Spec(classes, Activation.IDENTITY, false);
    }

    /** Every pixel and label of both parts of the images the spec draws. */
    private static String pixels(ImageSpec spec) {
        ImageSplit split = spec.generate();
        Fingerprint f = new Fingerprint();
        for (ImageSet set : List.of(split.train(), split.test())) {
            f.addAll(set.copyPixels());
            for (int label : set.copyLabels()) {
                f.add(label);
            }
        }
        return f.hex();
    }

    /** Trains on the images as 1 x side x side inputs. */
    private static String train(ImageSpec spec, List<LayerSpec> layers, Init init, TrainingConfig config, int epochs) {
        ImageSplit split = spec.generate();
        return train(ImageTrainingSets.inputShape(split.train()), split, layers, init, config, epochs);
    }

    /** Trains on the images read row by row: a sequence of side steps of side features. */
    private static String trainRows(ImageSpec spec, List<LayerSpec> layers, int epochs) {
        ImageSplit split = spec.generate();
        int side = split.train().side();
        return train(Shape.of(side, side), split, layers, Init.HE, SGD, epochs);
    }

    /** Trains on the images read pixel by pixel: a sequence of side * side steps of one feature. */
    private static String trainSteps(ImageSpec spec, List<LayerSpec> layers, int epochs) {
        ImageSplit split = spec.generate();
        return train(Shape.of(split.train().pixelsPerImage(), 1), split, layers, Init.GLOROT, SGD, epochs);
    }

    private static String train(Shape input, ImageSplit split, List<LayerSpec> layers, Init init, TrainingConfig config,
                                int epochs) {
        TrainingData train = ImageTrainingSets.from(split.train(), Activation.SOFTMAX);
        TrainingData test = ImageTrainingSets.from(split.test(), Activation.SOFTMAX);
        LayerTraining training = new LayerTraining(input, layers, init, train, config, 5);
        double loss = training.trainEpochs(epochs);
        return training.network().fingerprint().add(loss).add(training.evaluate(test).loss()).hex();
    }
}
