package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.math.Fingerprint;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;

/**
 * Opens a fragment copied from TensorFlow Playground (playground.tensorflow.org) as the same setup:
 * its data set, noise, training share, features, network shape, activation, learning rate,
 * regularization, batch size and view options. Its random seed is turned into one of ours, so the
 * data and weights are drawn afresh. What it has that this playground does not do is named.
 */
final class TensorFlowLinks {
    /** TensorFlow Playground draws 500 points for classification and 1200 for regression. */
    private static final int CLASSIFY_POINTS = 500;
    private static final int REGRESS_POINTS = 1200;

    private TensorFlowLinks() {
    }

    /** Opens {@code pairs}, a TensorFlow Playground link ({@link LinkCodec#isTensorFlowLink}). */
    static LinkCodec.Decoded decode(List<Fragment.Pair> pairs) {
        List<String> notices = new ArrayList<>();
        LinkState base = LinkState.of(Presets.defaultPreset().state());
        Draft d = new Draft(base);
        String problem = value(pairs, "problem", "classification");
        boolean regression = problem.equals("regression");
        d.set(LinkFields.DATA, regression ? DatasetKind.PLANE : DatasetKind.CIRCLE);
        d.set(LinkFields.OUTPUT, regression ? Activation.IDENTITY : Activation.TANH);
        d.set(LinkFields.LOSS, Loss.SQUARED_ERROR);
        d.set(LinkFields.INIT, Init.UNIFORM);
        d.set(LinkFields.OPTIMIZER, OptimizerKind.SGD);
        d.set(LinkFields.POINTS, regression ? REGRESS_POINTS : CLASSIFY_POINTS);
        d.set(LinkFields.TRAIN, 0.5);
        Activation activation = Activation.TANH;
        int features = 0;
        boolean anyFeature = false;
        List<String> hiddenControls = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (Fragment.Pair p : pairs) {
            String k = p.key();
            String v = p.value();
            try {
                if (k.endsWith("_hide")) {
                    if (v.equals("true")) {
                        String theirs = k.substring(0, k.length() - 5);
                        String ours = control(theirs);
                        if (ours == null) {
                            unsupported.add(theirs);
                        } else if (!hiddenControls.contains(ours)) {
                            hiddenControls.add(ours);
                        }
                    }
                    continue;
                }
                switch (k) {
                    case "problem":
                        if (!v.equals("classification") && !v.equals("regression")) {
                            notices.add("Ignored problem='" + LinkText.shown(v) + "'.");
                        }
                        break;
                    case "dataset":
                        if (!regression) {
                            d.set(LinkFields.DATA, dataset(v, notices));
                        }
                        break;
                    case "regDataset":
                        if (regression) {
                            d.set(LinkFields.DATA, v.equals("reg-gauss") ? DatasetKind.MULTI_GAUSSIAN : DatasetKind.PLANE);
                        }
                        break;
                    case "activation":
                        Activation a = Activation.byId(v);
                        if (a == null || !a.allowedInHiddenLayer()) {
                            notices.add("Ignored activation='" + LinkText.shown(v) + "'.");
                        } else {
                            activation = a;
                        }
                        break;
                    case "batchSize":
                        double batch = Math.floor(number(k, v));
                        String cutBatch = Limits.cutNotice("Batch size", (long) batch, 1, Limits.MAX_BATCH_SIZE);
                        if (cutBatch != null) {
                            notices.add(cutBatch);
                        }
                        d.set(LinkFields.BATCH, (int) Limits.cut((long) batch, 1, Limits.MAX_BATCH_SIZE));
                        break;
                    case "learningRate":
                        double lr = number(k, v);
                        if (lr > 0 && lr <= 10) {
                            d.set(LinkFields.LEARNING_RATE, lr);
                        } else {
                            notices.add("Ignored learningRate='" + LinkText.shown(v) + "'.");
                        }
                        break;
                    case "regularization":
                        Regularization r = v.equals("L1") ? Regularization.L1 : v.equals("L2") ? Regularization.L2
                                : v.equals("none") ? Regularization.NONE : null;
                        if (r == null) {
                            notices.add("Ignored regularization='" + LinkText.shown(v) + "'.");
                        } else {
                            d.set(LinkFields.REGULARIZATION, r);
                        }
                        break;
                    case "regularizationRate":
                        d.set(LinkFields.REGULARIZATION_RATE, Math.max(0, Math.min(10, number(k, v))));
                        break;
                    case "noise":
                        d.set(LinkFields.NOISE, Math.max(0, Math.min(1, number(k, v) / 50)));
                        break;
                    case "percTrainData":
                        d.set(LinkFields.TRAIN, Math.max(0.1, Math.min(0.9, number(k, v) / 100)));
                        break;
                    case "networkShape":
                        d.set(LinkFields.HIDDEN_SIZES, Widths.of(shape(v)));
                        break;
                    case "seed":
                        d.set(LinkFields.SEED, new Fingerprint().addAll(codes(v)).value() & ((1L << 53) - 1));
                        break;
                    case "discretize":
                        d.set(LinkFields.DISCRETIZE, v.equals("true"));
                        break;
                    case "showTestData":
                        d.set(LinkFields.SHOW_TEST, v.equals("true"));
                        break;
                    default:
                        Feature f = feature(k);
                        if (f != null) {
                            anyFeature = true;
                            if (v.equals("true")) {
                                features |= 1 << f.ordinal();
                            }
                        } else {
                            notices.add("Ignored the TensorFlow Playground setting '" + LinkText.shown(k) + "'.");
                        }
                }
            } catch (IllegalArgumentException e) {
                notices.add(e.getMessage());
            }
        }
        if (anyFeature) {
            if (features == 0) {
                notices.add("The link turns every input feature off; x₁ and x₂ are used.");
            } else {
                d.set(LinkFields.FEATURES, new FeatureSet(features));
            }
        }
        d.set(LinkFields.HIDDEN_ACTIVATIONS, repeat(activation, d.get(LinkFields.HIDDEN_SIZES).count()));
        d.set(LinkFields.HIDDEN_CONTROLS, hiddenControls);
        if (!unsupported.isEmpty()) {
            notices.add("These controls cannot be hidden here and stay visible: "
                    + LinkText.shown(String.join(", ", unsupported)) + ".");
        }
        d.limitHidden(notices);
        notices.add(0, "Opened a TensorFlow Playground link: the same setup, with data and weights drawn afresh.");
        return new LinkCodec.Decoded(d.build(notices), notices);
    }

    /** Our control id for one of TensorFlow Playground's hideable controls, or null. */
    private static String control(String theirs) {
        switch (theirs) {
            case "learningRate":
                return "lr";
            case "regularization":
                return "reg";
            case "regularizationRate":
                return "regrate";
            case "batchSize":
                return "batch";
            case "dataset":
            case "regDataset":
                return "datasets";
            case "noise":
                return "noise";
            case "percTrainData":
                return "ratio";
            case "problem":
                return "problem";
            case "networkShape":
                return "layers";
            case "showTestData":
                return "show-test";
            case "discretize":
                return "discretize";
            default:
                return null;
        }
    }

    private static DatasetKind dataset(String v, List<String> notices) {
        switch (v) {
            case "circle":
                return DatasetKind.CIRCLE;
            case "xor":
                return DatasetKind.XOR;
            case "gauss":
                return DatasetKind.GAUSSIAN;
            case "spiral":
                return DatasetKind.SPIRAL;
            default:
                notices.add("Ignored dataset='" + LinkText.shown(v) + "'.");
                return DatasetKind.CIRCLE;
        }
    }

    private static Feature feature(String key) {
        switch (key) {
            case "x":
                return Feature.X1;
            case "y":
                return Feature.X2;
            case "xSquared":
                return Feature.X1_SQUARED;
            case "ySquared":
                return Feature.X2_SQUARED;
            case "xTimesY":
                return Feature.X1_TIMES_X2;
            case "sinX":
                return Feature.SIN_X1;
            case "sinY":
                return Feature.SIN_X2;
            default:
                return null;
        }
    }

    private static List<Integer> shape(String v) {
        List<Integer> sizes = new ArrayList<>();
        if (v.isEmpty()) {
            return sizes;
        }
        for (String part : LinkText.split(v)) {
            double n = number("networkShape", part);
            sizes.add((int) Math.max(-1e9, Math.min(1e9, n)));
        }
        return sizes;
    }

    private static List<Activation> repeat(Activation a, int n) {
        List<Activation> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(a);
        }
        return list;
    }

    private static double number(String key, String v) {
        double x = LinkNumbers.parse(v);
        if (Doubles.isNaN(x)) {
            throw new IllegalArgumentException("Ignored " + key + "='" + LinkText.shown(v) + "': not a number.");
        }
        return x;
    }

    private static double[] codes(String s) {
        double[] c = new double[Math.min(s.length(), 64)];
        for (int i = 0; i < c.length; i++) {
            c[i] = s.charAt(i);
        }
        return c;
    }

    private static String value(List<Fragment.Pair> pairs, String key, String fallback) {
        for (Fragment.Pair p : pairs) {
            if (p.key().equals(key)) {
                return p.value();
            }
        }
        return fallback;
    }
}
