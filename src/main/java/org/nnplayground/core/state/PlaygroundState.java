package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingSets;

/**
 * Everything that defines a run: what is trained ({@link ModelSetup}: the data, the input features,
 * the network and its loss) and how ({@link TrainingConfig}), with the seed inside the data. Immutable;
 * the same state always builds a trainer that produces the same bits. The seed draws both the data
 * (through {@link DataSpec#seed()}) and the initial weights. The loss sits in both parts, the model's
 * (it fits only some outputs) and the trainer's configuration; the constructor requires them equal.
 *
 * <p>The number of outputs follows from the data: one for regression and for two classes (unless the
 * output is softmax, which needs one output per class), one per class for multiclass data.
 */
public record PlaygroundState(ModelSetup model, TrainingConfig training) {

    public PlaygroundState {
        if (model == null || training == null) {
            throw new IllegalArgumentException("a state needs a model and a training configuration");
        }
        if (model.loss() != training.loss()) {
            throw new IllegalArgumentException("the training's loss " + training.loss().label()
                    + " is not the model's loss " + model.loss().label());
        }
    }

    /** A state from its parts; the loss is the one in {@code training}. */
    public PlaygroundState(DataSpec data, FeatureSet features, List<Integer> hiddenSizes,
                           List<Activation> hiddenActivations, Activation outputActivation, boolean skip, Init init,
                           TrainingConfig training) {
        this(new ModelSetup(data, features, hiddenSizes, hiddenActivations, outputActivation, skip, init,
                training.loss()), training);
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

    public DataSpec data() {
        return model.data();
    }

    public FeatureSet features() {
        return model.features();
    }

    public List<Integer> hiddenSizes() {
        return model.hiddenSizes();
    }

    public List<Activation> hiddenActivations() {
        return model.hiddenActivations();
    }

    public Activation outputActivation() {
        return model.outputActivation();
    }

    public boolean skip() {
        return model.skip();
    }

    public Init init() {
        return model.init();
    }

    public long seed() {
        return model.data().seed();
    }

    /** The network this state trains. */
    public NetworkSpec networkSpec() {
        return model.networkSpec();
    }

    /** A trainer at epoch 0 for this state: data generated, weights drawn, all from the seed. */
    public Trainer newTrainer() {
        return newTrainer(Datasets.generate(data()));
    }

    /** A trainer at epoch 0 on {@code split}, which must be this state's data ({@code Datasets.generate(data())}). */
    public Trainer newTrainer(DataSplit split) {
        NetworkSpec spec = networkSpec();
        return new Trainer(spec, training,
                TrainingSets.from(split.train(), features(), spec.outputs(), outputActivation()),
                TrainingSets.from(split.test(), features(), spec.outputs(), outputActivation()),
                seed());
    }

    public PlaygroundState withData(DataSpec value) {
        return new PlaygroundState(value, features(), hiddenSizes(), hiddenActivations(), outputActivation(), skip(), init(),
                training);
    }

    public PlaygroundState withFeatures(FeatureSet value) {
        return new PlaygroundState(data(), value, hiddenSizes(), hiddenActivations(), outputActivation(), skip(), init(),
                training);
    }

    public PlaygroundState withHidden(List<Integer> sizes, List<Activation> activations) {
        return new PlaygroundState(data(), features(), sizes, activations, outputActivation(), skip(), init(), training);
    }

    public PlaygroundState withOutput(Activation activation, Loss loss) {
        return new PlaygroundState(data(), features(), hiddenSizes(), hiddenActivations(), activation, skip(), init(),
                training.withLoss(loss));
    }

    public PlaygroundState withSkip(boolean value) {
        return new PlaygroundState(data(), features(), hiddenSizes(), hiddenActivations(), outputActivation(), value, init(),
                training);
    }

    public PlaygroundState withInit(Init value) {
        return new PlaygroundState(data(), features(), hiddenSizes(), hiddenActivations(), outputActivation(), skip(), value,
                training);
    }

    /** The same model trained by {@code value}; its loss becomes the model's loss. */
    public PlaygroundState withTraining(TrainingConfig value) {
        return new PlaygroundState(data(), features(), hiddenSizes(), hiddenActivations(), outputActivation(), skip(), init(),
                value);
    }

    public PlaygroundState withSeed(long value) {
        return withData(model.data().withSeed(value));
    }
}
