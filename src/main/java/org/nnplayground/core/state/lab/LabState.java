package org.nnplayground.core.state.lab;

import java.util.List;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.GlobalMaxPool;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;

/**
 * Everything that defines a sequence or image run: what is trained ({@link LabModel}) and how
 * ({@link TrainingConfig}). Immutable; the same state always trains the same bits, on the JVM and in
 * both browser builds. The training's loss is the model's.
 */
public record LabState(LabModel model, TrainingConfig training) {
    public LabState {
        if (model == null || training == null) {
            throw new IllegalArgumentException("a run needs a model and a training configuration");
        }
        training = training.withLoss(model.loss());
    }

    /** The problem with id {@code id} as it starts: its usual data and a small network that learns it; null for an unknown id. */
    public static LabState defaultFor(String id, long seed) {
        SequenceProblem sequence = SequenceProblem.byId(id);
        if (sequence != null) {
            SequenceSource data = SequenceSource.of(sequence, seed);
            RecurrentNet net = sequence.isText() ? RecurrentNet.of(Cell.LSTM, 24).withEmbedding(8)
                    : sequence.everyStep() ? RecurrentNet.of(Cell.ELMAN, 8) : RecurrentNet.of(Cell.LSTM, 8);
            double rate = sequence == SequenceProblem.SUM || sequence == SequenceProblem.SINE
                    || sequence == SequenceProblem.ADDING || sequence.isText() ? 0.01 : 0.03;
            SequenceModel model = new SequenceModel(data, net);
            return new LabState(model, TrainingConfig.of(model.loss(), rate, 10).withOptimizer(OptimizerKind.ADAM));
        }
        ImageProblem image = imageProblem(id);
        if (image != null) {
            ConvNet net = image == ImageProblem.BARS
                    ? new ConvNet(List.of(ConvNet.conv(2, Activation.RELU), new GlobalMaxPool.Spec()), List.of(), Activation.RELU)
                    : new ConvNet(List.of(ConvNet.conv(8, Activation.RELU), new MaxPool2d.Spec(), ConvNet.conv(16, Activation.RELU),
                    new MaxPool2d.Spec()), List.of(), Activation.RELU);
            ImageModel model = new ImageModel(ImageSpec.of(image, seed), net);
            return new LabState(model, TrainingConfig.of(model.loss(), 0.1, 10));
        }
        return null;
    }

    /** The image problem with this id, or null. */
    public static ImageProblem imageProblem(String id) {
        for (ImageProblem p : ImageProblem.values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Whether {@code id} names a sequence, text or image problem. */
    public static boolean isProblem(String id) {
        return SequenceProblem.byId(id) != null || imageProblem(id) != null;
    }

    /** A trainer at epoch 0 on {@code sets}, which must be this model's data ({@code model().generate()}). */
    public Trainer newTrainer(LabSets sets) {
        return new Trainer(model.architecture(), training, sets.train(), sets.test(), model.seed());
    }

    public LabState withModel(LabModel value) {
        return new LabState(value, training);
    }

    public LabState withTraining(TrainingConfig value) {
        return new LabState(model, value);
    }

    public LabState withSeed(long value) {
        return new LabState(model.withSeed(value), training);
    }
}
