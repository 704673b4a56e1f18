package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.nn.Activation;
import org.nnplayground.core.nn.Init;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingSets;

/**
 * Everything that defines a run: the data, the input features, the network, how it trains and the
 * seed. Immutable; the same state always builds a trainer that produces the same bits. The seed
 * draws both the data (through {@link DataSpec#seed()}) and the initial weights.
 *
 * <p>The number of outputs follows from the data: one for regression and for two classes (unless the
 * output is softmax, which needs one output per class), one per class for multiclass data.
 */
public record PlaygroundState(DataSpec data, FeatureSet features, List<Integer> hiddenSizes,
                              List<Activation> hiddenActivations, Activation outputActivation, boolean skip,
                              Init init, TrainingConfig training) {

    public PlaygroundState {
        hiddenSizes = List.copyOf(hiddenSizes);
        hiddenActivations = List.copyOf(hiddenActivations);
        networkSpecFor(data, features, hiddenSizes, hiddenActivations, outputActivation, skip, init); // validates
        Trainer.checkLossFits(outputActivation, training.loss());
    }

    /** The usual output activation and loss for a problem: tanh and squared error for two classes (as
     * TensorFlow Playground), softmax and cross-entropy for several, linear and squared error for regression. */
    public static PlaygroundState withProblemDefaults(DataSpec data, FeatureSet features, List<Integer> hiddenSizes,
                                                      Activation hiddenActivation, TrainingConfig training) {
        List<Activation> activations = new ArrayList<>();
        for (int i = 0; i < hiddenSizes.size(); i++) {
            activations.add(hiddenActivation);
        }
        Activation output = defaultOutput(data.kind().problem());
        Loss loss = output == Activation.SOFTMAX ? Loss.SOFTMAX_CROSS_ENTROPY : Loss.SQUARED_ERROR;
        return new PlaygroundState(data, features, hiddenSizes, activations, output, false, Init.UNIFORM,
                training.withLoss(loss));
    }

    /** The output activation a problem starts with. */
    public static Activation defaultOutput(ProblemType problem) {
        switch (problem) {
            case CLASSIFICATION:
                return Activation.TANH;
            case MULTICLASS:
                return Activation.SOFTMAX;
            default:
                return Activation.IDENTITY;
        }
    }

    public long seed() {
        return data.seed();
    }

    /** The network this state trains. */
    public NetworkSpec networkSpec() {
        return networkSpecFor(data, features, hiddenSizes, hiddenActivations, outputActivation, skip, init);
    }

    private static NetworkSpec networkSpecFor(DataSpec data, FeatureSet features, List<Integer> hiddenSizes,
                                              List<Activation> hiddenActivations, Activation output, boolean skip,
                                              Init init) {
        ProblemType problem = data.kind().problem();
        int inputs = problem.inputDimension() == 1 ? 1 : features.count();
        int classes = data.kind().classCount(data.classes());
        int outputs = problem == ProblemType.MULTICLASS || (problem == ProblemType.CLASSIFICATION && output == Activation.SOFTMAX)
                ? classes : 1;
        return new NetworkSpec(inputs, hiddenSizes, hiddenActivations, outputs, output, skip, init);
    }

    /** A trainer at epoch 0 for this state: data generated, weights drawn, all from the seed. */
    public Trainer newTrainer() {
        return newTrainer(Datasets.generate(data));
    }

    /** A trainer at epoch 0 on {@code split}, which must be this state's data ({@code Datasets.generate(data())}). */
    public Trainer newTrainer(DataSplit split) {
        NetworkSpec spec = networkSpec();
        return new Trainer(spec, training,
                TrainingSets.from(split.train(), features, spec.outputs(), outputActivation),
                TrainingSets.from(split.test(), features, spec.outputs(), outputActivation),
                data.seed());
    }

    public PlaygroundState withData(DataSpec value) {
        return new PlaygroundState(value, features, hiddenSizes, hiddenActivations, outputActivation, skip, init, training);
    }

    public PlaygroundState withFeatures(FeatureSet value) {
        return new PlaygroundState(data, value, hiddenSizes, hiddenActivations, outputActivation, skip, init, training);
    }

    public PlaygroundState withHidden(List<Integer> sizes, List<Activation> activations) {
        return new PlaygroundState(data, features, sizes, activations, outputActivation, skip, init, training);
    }

    public PlaygroundState withOutput(Activation activation, Loss loss) {
        return new PlaygroundState(data, features, hiddenSizes, hiddenActivations, activation, skip, init,
                training.withLoss(loss));
    }

    public PlaygroundState withSkip(boolean value) {
        return new PlaygroundState(data, features, hiddenSizes, hiddenActivations, outputActivation, value, init, training);
    }

    public PlaygroundState withInit(Init value) {
        return new PlaygroundState(data, features, hiddenSizes, hiddenActivations, outputActivation, skip, value, training);
    }

    public PlaygroundState withTraining(TrainingConfig value) {
        return new PlaygroundState(data, features, hiddenSizes, hiddenActivations, outputActivation, skip, init, value);
    }

    public PlaygroundState withSeed(long value) {
        return withData(data.withSeed(value));
    }
}
