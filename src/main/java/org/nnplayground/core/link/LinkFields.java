package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;

/**
 * Every setting a link holds, each named once: its key, its codec (which carries its limits and the
 * words of its notices) and where its value sits in a {@link LinkState}, which is also its default (a
 * link without the key keeps the value of the state it starts from: its preset's, else the default
 * preset's). The rows are in the order links write them, and {@link #TABLE} is these rows; see
 * {@link LinkCodec} for the format. A new setting is one row here, where it is to be written, plus
 * its place in the state ({@link Draft#build} puts the values together).
 */
final class LinkFields {
    private static final List<LinkField<?>> ROWS = new ArrayList<>();

    static final LinkField<Integer> VERSION = row(LinkField.of("v", SettingCodecs.version(LinkCodec.VERSION),
            link -> LinkCodec.VERSION));
    static final LinkField<String> PRESET = row(LinkField.of("preset", SettingCodecs.preset(), LinkState::preset));
    static final LinkField<DatasetKind> DATA = row(LinkField.of("data",
            FieldCodecs.choice(DatasetKind::byId, DatasetKind::id), link -> link.state().data().kind()));
    /** The formula of a data set typed as one; absent for the other data sets. */
    static final LinkField<String> FORMULA = row(LinkField.of("formula", FieldCodecs.text(),
            link -> link.state().data().kind().formulaKind() == null ? null : link.state().data().formula()));
    /** The points of a drawing, while they fit in a link ({@link DrawnPoints#MAX_IN_LINK}); absent otherwise. */
    static final LinkField<DrawnPoints> DRAWN = row(LinkField.of("pts", SettingCodecs.drawnPoints(),
            link -> link.state().data().kind().isDrawn() && link.state().data().drawn().fitsInLink()
                    ? link.state().data().drawn() : null));
    static final LinkField<Integer> POINTS = row(LinkField.of("n",
            FieldCodecs.whole("Points", Limits.MIN_POINTS, Limits.MAX_POINTS), link -> link.state().data().points()));
    static final LinkField<Double> NOISE = row(LinkField.of("noise", FieldCodecs.real("Noise", 0, 1),
            link -> link.state().data().noise()));
    static final LinkField<Double> TRAIN = row(LinkField.of("train",
            FieldCodecs.real("Training data", DataSpec.MIN_TRAIN_FRACTION, DataSpec.MAX_TRAIN_FRACTION),
            link -> link.state().data().trainFraction()));
    static final LinkField<Integer> CLASSES = row(LinkField.of("classes",
            FieldCodecs.whole("Classes", DataSpec.MIN_CLASSES, DataSpec.MAX_CLASSES),
            link -> link.state().data().classes()));
    static final LinkField<Long> SEED = row(LinkField.of("seed", FieldCodecs.exact(0, 1L << 53),
            link -> link.state().data().seed()));
    static final LinkField<FeatureSet> FEATURES = row(LinkField.of("f", SettingCodecs.features(),
            link -> link.state().features()));
    static final LinkField<Widths> HIDDEN_SIZES = row(LinkField.of("h", SettingCodecs.widths(),
            link -> Widths.of(link.state().hiddenSizes())));
    static final LinkField<List<Activation>> HIDDEN_ACTIVATIONS = row(LinkField.of("act", SettingCodecs.hiddenActivations(),
            link -> link.state().hiddenActivations()));
    static final LinkField<Activation> OUTPUT = row(LinkField.of("out",
            FieldCodecs.choice(Activation::byId, Activation::id), link -> link.state().outputActivation()));
    static final LinkField<Loss> LOSS = row(LinkField.of("loss", FieldCodecs.choice(Loss::byId, Loss::id),
            link -> link.state().training().loss()));
    static final LinkField<Boolean> SKIP = row(LinkField.of("skip", FieldCodecs.flag(), link -> link.state().skip()));
    static final LinkField<Init> INIT = row(LinkField.of("init", FieldCodecs.choice(Init::byId, Init::id),
            link -> link.state().init()));
    static final LinkField<Double> LEARNING_RATE = row(LinkField.of("lr",
            FieldCodecs.positive("Learning rate", Limits.MAX_LEARNING_RATE),
            link -> link.state().training().learningRate()));
    static final LinkField<Integer> BATCH = row(LinkField.of("batch",
            FieldCodecs.whole("Batch size", 1, Limits.MAX_BATCH_SIZE), link -> link.state().training().batchSize()));
    static final LinkField<OptimizerKind> OPTIMIZER = row(LinkField.of("opt",
            FieldCodecs.choice(OptimizerKind::byId, OptimizerKind::id), link -> link.state().training().optimizer()));
    static final LinkField<Regularization> REGULARIZATION = row(LinkField.of("reg",
            FieldCodecs.choice(Regularization::byId, Regularization::id),
            link -> link.state().training().regularization()));
    static final LinkField<Double> REGULARIZATION_RATE = row(LinkField.of("rate",
            FieldCodecs.real("Regularization rate", 0, Limits.MAX_REGULARIZATION_RATE),
            link -> link.state().training().regularizationRate()));
    static final LinkField<Boolean> BIAS = row(LinkField.of("bias", FieldCodecs.flag(),
            link -> link.state().training().updateBiases()));
    static final LinkField<Boolean> SHUFFLE = row(LinkField.of("shuffle", FieldCodecs.flag(),
            link -> link.state().training().shuffle()));
    static final LinkField<Boolean> DISCRETIZE = row(LinkField.of("disc", FieldCodecs.flag(), LinkState::discretize));
    static final LinkField<Boolean> SHOW_TEST = row(LinkField.of("test", FieldCodecs.flag(), LinkState::showTest));
    static final LinkField<Boolean> LOG_SCALE = row(LinkField.of("log", FieldCodecs.flag(), LinkState::logScale));
    static final LinkField<Integer> STOP_EPOCH = row(LinkField.of("stop",
            FieldCodecs.whole("Stop at epoch", 0, LinkCodec.MAX_STOP_EPOCH), LinkState::stopEpoch));
    static final LinkField<Double> STOP_LOSS = row(LinkField.of("stoploss", FieldCodecs.zeroOrPositive("the loss to stop at"),
            LinkState::stopLoss));
    static final LinkField<String> SPEED = row(LinkField.of("speed", SettingCodecs.speed(), LinkState::speed));
    static final LinkField<List<String>> HIDDEN_CONTROLS = row(LinkField.of("hide", SettingCodecs.hiddenControls(),
            LinkState::hiddenControls));
    /** The colour scheme; written only when forced (light or dark), so a link that follows the reader's has no key. */
    static final LinkField<Theme> THEME = row(LinkField.of("theme", FieldCodecs.choice(Theme::byId, Theme::id),
            link -> link.theme() == Theme.AUTO ? null : link.theme()));
    /** The layout, when a link asks for one (see {@link Figure.Layout}); absent for the page's own pick. */
    static final LinkField<Figure.Layout> LAYOUT = row(LinkField.of("layout", SettingCodecs.layout(),
            link -> link.figure().layout() == Figure.Layout.AUTO ? null : link.figure().layout()));
    /** The views of a figure, in order; absent for the default ones. */
    static final LinkField<List<FigureView>> VIEWS = row(LinkField.of("views", SettingCodecs.views(),
            link -> link.figure().views().isEmpty() ? null : link.figure().views()));
    /** An author's title and caption, plain text; absent when there is none. */
    static final LinkField<String> TITLE = row(LinkField.of("title", SettingCodecs.plainText("Title", Figure.MAX_TITLE),
            link -> link.figure().title().isEmpty() ? null : link.figure().title()));
    static final LinkField<String> CAPTION = row(LinkField.of("caption",
            SettingCodecs.plainText("Caption", Figure.MAX_CAPTION),
            link -> link.figure().caption().isEmpty() ? null : link.figure().caption()));
    /** The trained weights, base64url of the doubles; absent when the link has none. */
    static final LinkField<String> WEIGHTS = row(LinkField.of("w", FieldCodecs.text(),
            link -> link.hasWeights() ? Base64Url.encode(link.weights()) : null));
    static final LinkField<Integer> WEIGHTS_EPOCH = row(LinkField.of("we",
            FieldCodecs.whole("Weights epoch", 0, LinkCodec.MAX_STOP_EPOCH), LinkState::weightsEpoch).onlyWith(WEIGHTS));

    /** Every setting, in the order links write them: the order of the rows above. */
    static final LinkTable TABLE = new LinkTable(ROWS);

    private LinkFields() {
    }

    /** Adds {@code field} to the table, after the rows before it. */
    private static <T> LinkField<T> row(LinkField<T> field) {
        ROWS.add(field);
        return field;
    }
}
