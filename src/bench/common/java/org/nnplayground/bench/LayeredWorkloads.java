package org.nnplayground.bench;

import java.util.List;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.data.image.ImageSplit;
import org.nnplayground.core.data.sequence.DefaultText;
import org.nnplayground.core.data.sequence.NextCharacter;
import org.nnplayground.core.data.sequence.SequenceData;
import org.nnplayground.core.data.sequence.SineContinuation;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;
import org.nnplayground.core.train.ImageTrainingSets;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingData;
import org.nnplayground.core.train.TrainingSets;

/**
 * The trainers of the workloads built from layers (W4, W5, W6), each through
 * {@link Trainer#Trainer(Architecture, TrainingConfig, TrainingData, TrainingData, long)} as the
 * playground builds any network of layers, with plain SGD so that the hand-written reference can
 * follow it step by step. None has a test set: only training is measured.
 *
 * <ul>
 *   <li>W4, character model: windows of {@value #W4_STEPS} characters of the project's default text
 *       (its vocabulary of 27 characters), each step's character as a symbol index through an
 *       embedding of {@value #W4_EMBEDDING}, two stacked LSTM layers of {@value #W4_HIDDEN} (every
 *       step's state), a per-step dense layer to the vocabulary and a softmax per step, cross-entropy
 *       summed over the steps; full backpropagation through time; one sequence per batch (as
 *       recurrentjs and brain.js train), SGD 0.01.</li>
 *   <li>W5, sine: sine continuation over {@value #W5_STEPS} steps (period 10, no noise), Elman tanh of
 *       {@value #W5_HIDDEN} hidden units, one output per step, squared error; batch 1, SGD 0.01.</li>
 *   <li>W6, digits convnet: digits 12x12 (noise 0.3), conv 3x3x8 same + ReLU, 2x2 max pooling, conv
 *       3x3x16 same + ReLU, 2x2 max pooling, dense 10 and softmax, cross-entropy; batch 10, SGD 0.1
 *       (the convolution lessons' rate), He initialisation.</li>
 * </ul>
 */
final class LayeredWorkloads {
    static final int W4_STEPS = 25;
    static final int W4_EMBEDDING = 5;
    static final int W4_HIDDEN = 20;
    static final int W4_SEQUENCES = 100;
    static final int W5_STEPS = 20;
    static final int W5_HIDDEN = 8;
    static final int W5_SEQUENCES = 200;
    static final int W6_SIDE = 12;
    static final int W6_TRAIN_IMAGES = 500;
    private static final long DATA_SEED = 20261201L;

    private LayeredWorkloads() {
    }

    /** W4's task: the default text, windows of 25 characters, inputs as symbol indices. */
    static NextCharacter charTask() {
        return new NextCharacter(DefaultText.TEXT, W4_STEPS, true);
    }

    static Trainer charModel(long seed) {
        NextCharacter task = charTask();
        int v = task.vocabulary().size();
        SequenceData data = task.generate(W4_SEQUENCES, new Rng(DATA_SEED));
        Architecture architecture = new Architecture(Shape.of(W4_STEPS, 1), List.of(new Embedding.Spec(v, W4_EMBEDDING),
                new Lstm.Spec(W4_HIDDEN, StepOutput.EVERY_STEP, 0), new Lstm.Spec(W4_HIDDEN, StepOutput.EVERY_STEP, 0),
                new StepDense.Spec(v, Activation.IDENTITY)), Activation.SOFTMAX, Init.GLOROT);
        return trainer(architecture, TrainingConfig.of(Loss.SOFTMAX_CROSS_ENTROPY, 0.01, 1), TrainingSets.from(data), seed);
    }

    static Trainer sine(long seed) {
        SequenceData data = new SineContinuation(W5_STEPS, 10, 0.0).generate(W5_SEQUENCES, new Rng(DATA_SEED));
        Architecture architecture = new Architecture(Shape.of(W5_STEPS, 1), List.of(
                Elman.Spec.tanh(W5_HIDDEN, StepOutput.EVERY_STEP), new StepDense.Spec(1, Activation.IDENTITY)),
                Activation.IDENTITY, Init.GLOROT);
        return trainer(architecture, TrainingConfig.of(Loss.SQUARED_ERROR, 0.01, 1), TrainingSets.from(data), seed);
    }

    static Trainer digits(long seed) {
        // 625 images, 80 % (500) to train; the test images are not used.
        ImageSplit split = new ImageSpec(ImageProblem.DIGITS, W6_SIDE, W6_TRAIN_IMAGES * 5 / 4, 0.3, 0.8, 0, DATA_SEED).generate();
        TrainingData train = ImageTrainingSets.from(split.train(), Activation.SOFTMAX);
        Architecture architecture = new Architecture(ImageTrainingSets.inputShape(split.train()), List.of(
                Conv2d.Spec.of(8, 3, Activation.RELU), new MaxPool2d.Spec(), Conv2d.Spec.of(16, 3, Activation.RELU),
                new MaxPool2d.Spec(), new Dense.Spec(10, Activation.IDENTITY, false)), Activation.SOFTMAX, Init.HE);
        return trainer(architecture, TrainingConfig.of(Loss.SOFTMAX_CROSS_ENTROPY, 0.1, 10), train, seed);
    }

    private static Trainer trainer(Architecture architecture, TrainingConfig config, TrainingData train, long seed) {
        TrainingData none = TrainingData.regression(0, train.inputSize(), new double[0], train.outputSize(), new double[0]);
        return new Trainer(architecture, config, train, none, seed);
    }
}
