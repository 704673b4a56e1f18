package org.nnplayground.web;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.UnaryOperator;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.lab.Cell;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabModel;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.SequenceSource;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.TrainingConfig;

/**
 * One setting field of {@link LabControls}, by its field key: the field's callback (a number or a
 * menu's or a text field's value) and the edit of the run it makes through {@link LabPage#edit},
 * which refuses a value that does not fit with its sentence. The problem's settings change the
 * model the controls were drawn for; the training settings change the state's training.
 *
 * <p>One class for every setting, each told apart by its key, rather than two lambdas per field: in
 * the compiled page every lambda is a class of its own (a type, globals, a name, type tests).
 */
final class LabSetting implements DoubleConsumer, Consumer<String>, UnaryOperator<LabState> {
    private final LabPage page;
    private final String key;
    /** The model the controls show; null for a training setting. */
    private final LabModel model;
    private final double number;
    private final String text;

    /** The callback of field {@code key}, which edits {@code model} (null: the training). */
    LabSetting(LabPage page, String key, LabModel model) {
        this(page, key, model, Double.NaN, null);
    }

    private LabSetting(LabPage page, String key, LabModel model, double number, String text) {
        this.page = page;
        this.key = key;
        this.model = model;
        this.number = number;
        this.text = text;
    }

    @Override
    public void accept(double value) {
        page.edit(new LabSetting(page, key, model, value, null));
    }

    @Override
    public void accept(String value) {
        page.edit(new LabSetting(page, key, model, Double.NaN, value));
    }

    /** The state with this setting's value; throws {@link IllegalArgumentException} with the sentence for one that does not fit. */
    @Override
    public LabState apply(LabState s) {
        if (model instanceof SequenceModel m) {
            return s.withModel(sequence(m));
        }
        if (model instanceof ImageModel m) {
            return s.withModel(image(m));
        }
        return s.withTraining(training(s.training()));
    }

    private SequenceModel sequence(SequenceModel m) {
        SequenceSource d = m.data();
        return switch (key) {
            case "lab-length" -> m.withData(d.withLength(LabControls.whole(number, "Sequence length")));
            case "lab-delay" -> m.withData(d.withDelay(LabControls.whole(number, "Delay")));
            case "lab-period" -> m.withData(d.withPeriod(number));
            case "lab-noise" -> m.withData(d.withNoise(number));
            case "lab-count" -> m.withData(d.withSequences(LabControls.whole(number, "Sequences")));
            case "lab-train" -> m.withData(d.withTrainFraction(number));
            case "lab-cell" -> m.withNet(m.net().withCell(Cell.byId(text)));
            case "lab-hidden" -> m.withNet(m.net().withHidden(LabControls.ints(text)));
            case "lab-activation" -> m.withNet(m.net().withActivation(Activation.byId(text)));
            case "lab-embedding" -> m.withNet(m.net().withEmbedding(LabControls.whole(number, "Embedding")));
            case "lab-truncation" -> m.withNet(m.net().withTruncation(LabControls.whole(number, "Truncation")));
            default -> throw new IllegalStateException("no sequence setting " + key);
        };
    }

    private ImageModel image(ImageModel m) {
        return switch (key) {
            case "lab-side" -> m.withData(m.data().withSide(Integer.parseInt(text)));
            case "lab-count" -> m.withData(m.data().withImages(LabControls.whole(number, "Images")));
            case "lab-noise" -> m.withData(m.data().withNoise(number));
            case "lab-train" -> m.withData(m.data().withTrainFraction(number));
            case "lab-shift" -> m.withData(m.data().withTestShift(LabControls.whole(number, "Test shift")));
            case "lab-layers" -> m.withNet(m.net().withImageLayers(LabLinks.parseLayers(text.trim())));
            case "lab-dense" -> m.withNet(m.net().withDense(LabControls.ints(text)));
            default -> throw new IllegalStateException("no image setting " + key);
        };
    }

    private TrainingConfig training(TrainingConfig t) {
        return switch (key) {
            case "lab-rate" -> t.withLearningRate(number);
            case "lab-batch" -> t.withBatchSize(LabControls.whole(number, "Batch size"));
            case "lab-optimizer" -> t.withOptimizer(OptimizerKind.byId(text));
            case "lab-clip" -> t.withClipNorm(number);
            default -> throw new IllegalStateException("no training setting " + key);
        };
    }
}
