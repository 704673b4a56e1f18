package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * {@link LinkCodec} for the format. A new setting is one row here, where it is to be written, its
 * case in {@link Where}, plus its place in the state ({@link Draft#build} puts the values together).
 */
final class LinkFields {
    private static final List<LinkField<?>> ROWS = new ArrayList<>();

    static final LinkField<Integer> VERSION = row("v", SettingCodecs.version(LinkCodec.VERSION));
    static final LinkField<String> PRESET = row("preset", SettingCodecs.preset());
    static final LinkField<DatasetKind> DATA = row("data", FieldCodecs.choice(DatasetKind.values()));
    /** The formula of a data set typed as one; absent for the other data sets. */
    static final LinkField<String> FORMULA = row("formula", FieldCodecs.text());
    /** The points of a drawing, while they fit in a link ({@link DrawnPoints#MAX_IN_LINK}); absent otherwise. */
    static final LinkField<DrawnPoints> DRAWN = row("pts", SettingCodecs.drawnPoints());
    static final LinkField<Integer> POINTS =
            row("n", FieldCodecs.whole("Points", Limits.MIN_POINTS, Limits.MAX_POINTS));
    static final LinkField<Double> NOISE = row("noise", FieldCodecs.real("Noise", 0, 1));
    static final LinkField<Double> TRAIN =
            row("train", FieldCodecs.real("Training data", DataSpec.MIN_TRAIN_FRACTION, DataSpec.MAX_TRAIN_FRACTION));
    static final LinkField<Integer> CLASSES =
            row("classes", FieldCodecs.whole("Classes", DataSpec.MIN_CLASSES, DataSpec.MAX_CLASSES));
    static final LinkField<Long> SEED = row("seed", FieldCodecs.exact(0, 1L << 53));
    static final LinkField<FeatureSet> FEATURES = row("f", SettingCodecs.features());
    static final LinkField<Widths> HIDDEN_SIZES = row("h", SettingCodecs.widths());
    static final LinkField<List<Activation>> HIDDEN_ACTIVATIONS = row("act", SettingCodecs.hiddenActivations());
    static final LinkField<Activation> OUTPUT = row("out", FieldCodecs.choice(Activation.values()));
    static final LinkField<Loss> LOSS = row("loss", FieldCodecs.choice(Loss.values()));
    static final LinkField<Boolean> SKIP = row("skip", FieldCodecs.flag());
    static final LinkField<Init> INIT = row("init", FieldCodecs.choice(Init.values()));
    static final LinkField<Double> LEARNING_RATE =
            row("lr", FieldCodecs.positive("Learning rate", Limits.MAX_LEARNING_RATE));
    static final LinkField<Integer> BATCH = row("batch", FieldCodecs.whole("Batch size", 1, Limits.MAX_BATCH_SIZE));
    static final LinkField<OptimizerKind> OPTIMIZER = row("opt", FieldCodecs.choice(OptimizerKind.values()));
    static final LinkField<Regularization> REGULARIZATION = row("reg", FieldCodecs.choice(Regularization.values()));
    static final LinkField<Double> REGULARIZATION_RATE =
            row("rate", FieldCodecs.real("Regularization rate", 0, Limits.MAX_REGULARIZATION_RATE));
    static final LinkField<Boolean> BIAS = row("bias", FieldCodecs.flag());
    static final LinkField<Boolean> SHUFFLE = row("shuffle", FieldCodecs.flag());
    static final LinkField<Boolean> DISCRETIZE = row("disc", FieldCodecs.flag());
    static final LinkField<Boolean> SHOW_TEST = row("test", FieldCodecs.flag());
    static final LinkField<Boolean> LOG_SCALE = row("log", FieldCodecs.flag());
    static final LinkField<Integer> STOP_EPOCH =
            row("stop", FieldCodecs.whole("Stop at epoch", 0, LinkCodec.MAX_STOP_EPOCH));
    static final LinkField<Double> STOP_LOSS = row("stoploss", FieldCodecs.zeroOrPositive("the loss to stop at"));
    static final LinkField<String> SPEED = row("speed", SettingCodecs.speed());
    static final LinkField<List<String>> HIDDEN_CONTROLS = row("hide", SettingCodecs.hiddenControls());
    /** The colour scheme; written only when forced (light or dark), so a link that follows the reader's has no key. */
    static final LinkField<Theme> THEME = row("theme", FieldCodecs.choice(Theme.values()));
    /** The layout, when a link asks for one (see {@link Figure.Layout}); absent for the page's own pick. */
    static final LinkField<Figure.Layout> LAYOUT = row("layout", SettingCodecs.layout());
    /** The views of a figure, in order; absent for the default ones. */
    static final LinkField<List<FigureView>> VIEWS = row("views", SettingCodecs.views());
    /** An author's title and caption, plain text; absent when there is none. */
    static final LinkField<String> TITLE = row("title", SettingCodecs.plainText("Title", Figure.MAX_TITLE));
    static final LinkField<String> CAPTION = row("caption", SettingCodecs.plainText("Caption", Figure.MAX_CAPTION));
    /** The trained weights, base64url of the doubles; absent when the link has none. */
    static final LinkField<String> WEIGHTS = row("w", FieldCodecs.text());
    static final LinkField<Integer> WEIGHTS_EPOCH =
            row("we", FieldCodecs.whole("Weights epoch", 0, LinkCodec.MAX_STOP_EPOCH), WEIGHTS);

    /** Every setting, in the order links write them: the order of the rows above. */
    static final LinkTable TABLE = new LinkTable(ROWS);

    private LinkFields() {
    }

    /** The setting {@code key}, written and read by {@code codec}, added to the table after the rows before it. */
    private static <T> LinkField<T> row(String key, FieldCodec<T> codec) {
        return row(LinkField.of(key, codec, Where.of(key)));
    }

    /** The same, written only when {@code other} is. */
    private static <T> LinkField<T> row(String key, FieldCodec<T> codec, LinkField<?> other) {
        return row(LinkField.of(key, codec, Where.of(key)).onlyWith(other));
    }

    private static <T> LinkField<T> row(LinkField<T> field) {
        ROWS.add(field);
        return field;
    }

    /**
     * Where each setting's value sits in a link: one switch over the keys rather than a function per
     * row, since the browser builds make each function a class of its own (about 50 bytes gzip
     * apiece in every module). Null where the link has no value for the key (it is then not written).
     */
    private static final class Where implements Function<LinkState, Object> {
        private final String key;

        private Where(String key) {
            this.key = key;
        }

        @SuppressWarnings("unchecked")
        static <T> Function<LinkState, T> of(String key) {
            return (Function<LinkState, T>) (Function<LinkState, ?>) new Where(key);
        }

        @Override
        public Object apply(LinkState link) {
            DataSpec data = link.state().data();
            return switch (key) {
                case "v" -> LinkCodec.VERSION;
                case "preset" -> link.preset();
                case "data" -> data.kind();
                case "formula" -> data.kind().formulaKind() == null ? null : data.formula();
                case "pts" -> data.kind().isDrawn() && data.drawn().fitsInLink() ? data.drawn() : null;
                case "n" -> data.points();
                case "noise" -> data.noise();
                case "train" -> data.trainFraction();
                case "classes" -> data.classes();
                case "seed" -> data.seed();
                case "f" -> link.state().features();
                case "h" -> Widths.of(link.state().hiddenSizes());
                case "act" -> link.state().hiddenActivations();
                case "out" -> link.state().outputActivation();
                case "loss" -> link.state().training().loss();
                case "skip" -> link.state().skip();
                case "init" -> link.state().init();
                case "lr" -> link.state().training().learningRate();
                case "batch" -> link.state().training().batchSize();
                case "opt" -> link.state().training().optimizer();
                case "reg" -> link.state().training().regularization();
                case "rate" -> link.state().training().regularizationRate();
                case "bias" -> link.state().training().updateBiases();
                case "shuffle" -> link.state().training().shuffle();
                case "disc" -> link.discretize();
                case "test" -> link.showTest();
                case "log" -> link.logScale();
                case "stop" -> link.stopEpoch();
                case "stoploss" -> link.stopLoss();
                case "speed" -> link.speed();
                case "hide" -> link.hiddenControls();
                case "theme" -> link.theme() == Theme.AUTO ? null : link.theme();
                case "layout" -> link.figure().layout() == Figure.Layout.AUTO ? null : link.figure().layout();
                case "views" -> link.figure().views().isEmpty() ? null : link.figure().views();
                case "title" -> link.figure().title().isEmpty() ? null : link.figure().title();
                case "caption" -> link.figure().caption().isEmpty() ? null : link.figure().caption();
                case "w" -> link.hasWeights() ? Base64Url.encode(link.weights()) : null;
                case "we" -> link.weightsEpoch();
                default -> throw new IllegalStateException("no place in a link for the setting " + key);
            };
        }
    }
}
