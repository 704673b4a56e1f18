package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.TrainingConfig;

/** Random valid link states from a seeded generator: every failure replays exactly. */
final class LinkStates {
    private LinkStates() {
    }

    static <T> T pick(Rng rng, T[] values) {
        return values[rng.nextInt(values.length)];
    }

    static <T> T pick(Rng rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    /** A number a person would type (0.03) or an arbitrary double, in [low, high]. */
    static double number(Rng rng, double low, double high) {
        double v = rng.uniform(low, high);
        return rng.nextInt(2) == 0 ? Math.max(low, Math.min(high, Math.round(v * 1000) / 1000.0)) : v;
    }

    static List<String> randomHiddenControls(Rng rng) {
        List<String> hiddenControls = new ArrayList<>();
        if (rng.nextInt(3) == 0) {
            for (String id : Controls.ids()) {
                if (rng.nextInt(4) == 0) {
                    hiddenControls.add(id);
                }
            }
        }
        return hiddenControls;
    }

    private static final String[] CURVES = {"", "sin(3 * x)", "x^2 - 1", "abs(x) + floor(x*2)/2",
            "log(x + 2)", "  tanh(4*x)  ", "min(x, 0.5) - max(-x, 0.25)", "1.5e-3 * x / 7"};
    private static final String[] SURFACES = {"", "x1 * x2 / 25", "sin(x1) + cos(x2)", "sqrt(x1^2 + x2^2) / 7",
            "(x1 > 0) * x2 / 5", "exp(-(x1^2 + x2^2) / 8)"};
    private static final String[] RULES = {"", "x1 * x2 > 0", "x1^2 + x2^2 < 9", "x1 > 0 and x2 > 0 or x1 < -2",
            "floor(x1) == floor(x2)", "sin(x1) > x2 / 5"};

    /** A formula of the kind's formula kind (sometimes empty: the default), else "". */
    static String randomFormula(Rng rng, DatasetKind kind) {
        if (kind.formulaKind() == null) {
            return "";
        }
        switch (kind.formulaKind()) {
            case CURVE:
                return pick(rng, CURVES);
            case SURFACE:
                return pick(rng, SURFACES);
            default:
                return pick(rng, RULES);
        }
    }

    static LinkState random(Rng rng) {
        DatasetKind kind = pick(rng, DatasetKind.values());
        while (kind.isTable()) { // a table stays in the page: no link holds one
            kind = pick(rng, DatasetKind.values());
        }
        DataSpec data = new DataSpec(kind, Limits.MIN_POINTS + rng.nextInt(DataSpec.MAX_POINTS - Limits.MIN_POINTS + 1), rng.nextInt(3) == 0 ? 0 : number(rng, 0, 1),
                number(rng, DataSpec.MIN_TRAIN_FRACTION, DataSpec.MAX_TRAIN_FRACTION), 2 + rng.nextInt(7),
                rng.nextInt(4) == 0 ? rng.nextInt(100) : (rng.nextLong() >>> 11), randomFormula(rng, kind));
        int mask = 1 + rng.nextInt((1 << Feature.values().length) - 1);
        FeatureSet features = new FeatureSet(mask);
        int layers = rng.nextInt(17);
        List<Integer> hidden = new ArrayList<>();
        List<Activation> acts = new ArrayList<>();
        List<Activation> hiddenChoices = new ArrayList<>();
        for (Activation a : Activation.values()) {
            if (a.allowedInHiddenLayer()) {
                hiddenChoices.add(a);
            }
        }
        for (int i = 0; i < layers; i++) {
            hidden.add(rng.nextInt(5) == 0 ? 1 + rng.nextInt(256) : 1 + rng.nextInt(8));
            acts.add(pick(rng, hiddenChoices));
        }
        Activation output = pick(rng, StateEdits.outputChoices(kind.problem()));
        Loss loss = pick(rng, OutputHead.lossesFor(output));
        TrainingConfig config = new TrainingConfig(loss, pick(rng, OptimizerKind.values()), number(rng, 1e-6, 10),
                1 + rng.nextInt(10_000), pick(rng, Regularization.values()), rng.nextInt(2) == 0 ? 0 : number(rng, 0, 10),
                rng.nextInt(4) > 0, rng.nextInt(4) > 0);
        PlaygroundState state = new PlaygroundState(data, features, hidden, acts, output, rng.nextInt(2) == 0,
                pick(rng, Init.values()), config);
        String preset = rng.nextInt(3) == 0 ? pick(rng, Presets.all()).id() : "";
        LinkState link = new LinkState(state, preset, rng.nextInt(2) == 0, rng.nextInt(2) == 0,
                rng.nextInt(3) == 0 ? rng.nextInt(1_000_000_000) : 0, null, 0, randomHiddenControls(rng), rng.nextInt(2) == 0,
                rng.nextInt(3) == 0 ? number(rng, 1e-9, 100) : 0,
                LinkSpeed.ofEpochsPerFrame(rng.nextInt(3) == 0 ? 1 + rng.nextInt(Session.MAX_SPEED) : 1));
        if (rng.nextInt(3) == 0) {
            link = link.withFigure(randomFigure(rng, preset.isEmpty() ? null : Presets.byId(preset)));
        }
        if (rng.nextInt(4) == 0 && state.networkSpec().parameterCount() < 2000) {
            double[] w = new double[state.networkSpec().parameterCount()];
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.gaussian(0, 2);
            }
            link = link.withWeights(w, rng.nextInt(100_000));
        }
        return rng.nextInt(2) == 0 ? link : link.withTheme(pick(rng, Theme.values()));
    }

    /** Characters a title may hold, and some it may not: markup, the link's own signs, controls, pairs. */
    private static final String[] PIECES = {"a", "Z", " ", "  ", "<", ">", "&", "\"", "'", "#", "%", "=", "+", "&amp;",
        "<script>alert(1)</script>", "\u00e9", "\u00df", "\u4e2d", "\ud83d\ude00", "\t", "\n", "\u0000", "\u007f",
        "\u0085", "\u2028", "\ud83d", "\ude00", "0.05", "?", "/", "\\"};

    /** Text of up to {@code max} pieces, some of which a figure cleans away. */
    static String randomText(Rng rng, int max) {
        StringBuilder s = new StringBuilder();
        int n = rng.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            s.append(pick(rng, PIECES));
        }
        return s.toString();
    }

    /** A figure with views {@code preset} has (in a random order), a random layout, title and caption. */
    static Figure randomFigure(Rng rng, Preset preset) {
        List<FigureView> available = new ArrayList<>();
        for (FigureView v : FigureView.values()) {
            if (v.availableIn(preset)) {
                available.add(v);
            }
        }
        List<FigureView> views = new ArrayList<>();
        int count = rng.nextInt(available.size() + 1);
        while (views.size() < count) {
            FigureView v = pick(rng, available);
            if (!views.contains(v)) {
                views.add(v);
            }
        }
        return new Figure(pick(rng, Figure.Layout.values()), views, randomText(rng, 12), randomText(rng, 40));
    }
}
