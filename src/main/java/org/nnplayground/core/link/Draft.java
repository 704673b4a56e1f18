package org.nnplayground.core.link;

import static org.nnplayground.core.link.LinkFields.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.train.TrainingConfig;

/**
 * The settings of a link being read, one value per {@link LinkField}: those the link gives, and for
 * the rest the values of the link it starts from. A decoder sets them one by one in any order and
 * builds the state once at the end, repairing combinations that do not fit (with a notice).
 */
final class Draft {
    private final LinkState base;
    private final Map<LinkField<?>, Object> values = new HashMap<>();

    Draft(LinkState base) {
        this.base = base;
    }

    /** The value of {@code field}: as set, else the base link's. */
    @SuppressWarnings("unchecked")
    <T> T get(LinkField<T> field) {
        return values.containsKey(field) ? (T) values.get(field) : field.valueIn(base);
    }

    <T> void set(LinkField<T> field, T value) {
        values.put(field, value);
    }

    /** Sets {@code field} from the text a link gives it; throws (leaving it as it was) for text that gives no value. */
    <T> void read(LinkField<T> field, String text, List<String> notices) {
        set(field, field.read(text, notices));
    }

    /** The state these settings describe; what does not fit together is repaired and reported. */
    LinkState build(List<String> notices) {
        DatasetKind kind = get(DATA);
        DataSpec data = dataSpec(kind, notices);
        kind = data.kind();
        List<Integer> hidden = get(HIDDEN_SIZES).sizes();
        List<Activation> activations = new ArrayList<>(get(HIDDEN_ACTIVATIONS));
        while (activations.size() < hidden.size()) {
            activations.add(activations.isEmpty() ? Activation.TANH : activations.get(activations.size() - 1));
        }
        while (activations.size() > hidden.size()) {
            activations.remove(activations.size() - 1);
        }
        Activation output = get(OUTPUT);
        if (!StateEdits.outputChoices(kind.problem()).contains(output)) {
            Activation replacement = PlaygroundState.defaultOutput(kind.problem());
            notices.add("The output activation " + output.label() + " does not suit " + kind.label()
                    + "; using " + replacement.label() + ".");
            output = replacement;
        }
        Loss loss = get(LOSS);
        if (!OutputHead.fits(output, loss)) {
            Loss replacement = StateEdits.defaultLoss(output, kind.problem());
            notices.add("The loss " + loss.label() + " does not suit a " + output.label() + " output; using "
                    + replacement.label() + ".");
            loss = replacement;
        }
        TrainingConfig config = new TrainingConfig(loss, get(OPTIMIZER), get(LEARNING_RATE), get(BATCH),
                get(REGULARIZATION), get(REGULARIZATION_RATE), get(BIAS), get(SHUFFLE));
        PlaygroundState state;
        try {
            state = new PlaygroundState(data, get(FEATURES), hidden, activations, output, get(SKIP), get(INIT), config);
        } catch (IllegalArgumentException e) {
            notices.add("The link describes a network that cannot be built (" + e.getMessage() + "); using the default.");
            return base;
        }
        LinkState link = new LinkState(state, get(PRESET), get(DISCRETIZE), get(SHOW_TEST), get(STOP_EPOCH), null, 0,
                get(HIDDEN_CONTROLS), get(LOG_SCALE), get(STOP_LOSS), get(SPEED), get(THEME),
                new Figure(get(LAYOUT), get(VIEWS), get(TITLE), get(CAPTION)));
        List<FigureView> missing = FigureView.missingIn(link.figure().views(), Presets.byId(link.preset()));
        for (FigureView v : missing) {
            notices.add("The view '" + v.id() + "' belongs to the lessons that show it; "
                    + (link.preset().isEmpty() ? "this setup" : "the preset '" + link.preset() + "'")
                    + " has none, so it is left out.");
        }
        String weights = get(WEIGHTS);
        if (weights != null) {
            link = withWeights(link, weights, notices);
        }
        return link;
    }

    /**
     * The data the link describes. A formula that cannot be read, or that is undefined at every point,
     * is named in a notice and replaced by the kind's default formula.
     */
    private DataSpec dataSpec(DatasetKind kind, List<String> notices) {
        if (kind.isTable()) {
            DatasetKind instead = base.state().data().kind(); // a preset's: never a table
            notices.add(LinkCodec.TABLE_NOTICE + " (data=" + kind.id() + "); a table stays in the page that loaded it,"
                    + " so " + instead.label() + " is used. Load the table again.");
            return dataSpec(instead, notices);
        }
        DataSpec plain = new DataSpec(kind, get(POINTS), get(NOISE), get(TRAIN), get(CLASSES), get(SEED));
        if (kind.isDrawn()) {
            DrawnPoints drawn = get(DRAWN);
            if (drawn == null) {
                notices.add("The link's data is a drawing (data=" + kind.id() + ") without its points: a drawing of more"
                        + " than " + DrawnPoints.MAX_IN_LINK + " points stays in the page that drew it. Draw on the empty view.");
                return plain;
            }
            if (drawn.problem() != kind.problem()) {
                notices.add("The drawn points in the link are for another problem than data=" + kind.id()
                        + "; the view starts empty.");
                return plain;
            }
            return plain.withDrawn(drawn);
        }
        String formula = get(FORMULA);
        if (kind.formulaKind() == null || formula == null) {
            return plain;
        }
        try {
            DataSpec typed = plain.withFormula(formula);
            Datasets.generate(typed); // a formula undefined everywhere gives no data
            return typed;
        } catch (IllegalArgumentException e) {
            notices.add("The formula in the link, '" + LinkText.shown(formula) + "', cannot be used ("
                    + e.getMessage() + "); using " + plain.formula() + ".");
            return plain;
        }
    }

    private LinkState withWeights(LinkState link, String weights, List<String> notices) {
        double[] values = Base64Url.decode(weights);
        int expected = link.state().networkSpec().parameterCount();
        if (values == null) {
            notices.add("The weights in the link are damaged; the network starts from its initial weights.");
            return link;
        }
        if (values.length != expected) {
            notices.add("The link holds " + values.length + " weights but this network has " + expected
                    + "; the network starts from its initial weights.");
            return link;
        }
        int cut = 0;
        String first = null;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Doubles.isNaN(v)) {
                notices.add("The weights in the link include a value that is not a number;"
                        + " the network starts from its initial weights.");
                return link;
            }
            String notice = Limits.weightNotice("Weight", v);
            if (notice != null) {
                first = first == null ? notice : first;
                cut++;
                values[i] = Limits.cutWeight(v);
            }
        }
        if (first != null) {
            notices.add(cut == 1 ? first : first + " " + (cut - 1)
                    + (cut == 2 ? " more weight was" : " more weights were") + " cut to the limit the same way.");
        }
        return link.withWeights(values, get(WEIGHTS_EPOCH));
    }

    /** Clamps hidden layer widths and count to the limits, reporting what was cut. */
    void limitHidden(List<String> notices) {
        Widths widths = get(HIDDEN_SIZES);
        List<Integer> sizes = new ArrayList<>(widths.sizes());
        if (sizes.size() > Limits.MAX_HIDDEN_LAYERS) {
            notices.add(Limits.cutNotice("Hidden layers", sizes.size(), 0, Limits.MAX_HIDDEN_LAYERS));
            sizes = new ArrayList<>(sizes.subList(0, Limits.MAX_HIDDEN_LAYERS));
        }
        for (int i = 0; i < sizes.size(); i++) {
            int w = sizes.get(i);
            String notice = Limits.cutNotice(Limits.neuronsIn(i + 1), widths.written().get(i), w, 1, Limits.MAX_LAYER_WIDTH);
            if (notice != null) {
                notices.add(notice);
                sizes.set(i, (int) Limits.cut(w, 1, Limits.MAX_LAYER_WIDTH));
            }
        }
        set(HIDDEN_SIZES, new Widths(sizes, widths.written().subList(0, sizes.size())));
    }
}
