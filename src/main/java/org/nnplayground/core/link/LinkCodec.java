package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.Activation;
import org.nnplayground.core.nn.Init;
import org.nnplayground.core.nn.Limits;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;

/**
 * The link format: the whole playground in a URL fragment, one key=value pair per setting, in a fixed
 * order, every setting always written, numbers in their shortest exact spelling; so one state has
 * exactly one link. Decoding never throws: it keeps what is valid, uses the defaults for the rest and
 * says in words what it ignored or changed.
 *
 * <p>Version 1 (v=1), keys in order: preset, data, n (points), noise (0..1), train (training fraction),
 * classes, seed, f (input features), h (hidden widths), act (hidden activations), out, loss, skip, init,
 * lr, batch, opt, reg, rate, bias (biases learn: 1/0), shuffle (1/0), disc (discretize output),
 * test (show test data), log (loss chart on a log axis: 1/0), stop (epoch to stop at, 0 none),
 * stoploss (training loss to stop at, 0 none), speed (see {@link LinkSpeed}), hide (controls an
 * embedding hides, see {@link Controls}), and optionally w (trained weights, base64url of the
 * doubles) with we (the epoch they were taken at). Links written before log, stoploss and speed
 * existed open as before: a key that is absent keeps its default.
 */
public final class LinkCodec {
    /** The format written; links of this and earlier versions are read. */
    public static final int VERSION = 1;
    /** Largest weight a link may carry. */
    public static final double MAX_WEIGHT = Limits.MAX_WEIGHT;
    /** Largest epoch to stop at. */
    public static final int MAX_STOP_EPOCH = 1_000_000_000;
    private static final int SHOWN_TEXT = 40;

    /** A decoded link and what the decoder had to say about it. */
    public record Decoded(LinkState link, List<String> notices) {
        public Decoded {
            notices = List.copyOf(notices);
        }
    }

    private LinkCodec() {
    }

    /** The fragment (without '#') for {@code link}. */
    public static String encode(LinkState link) {
        Draft d = Draft.of(link);
        StringBuilder s = new StringBuilder();
        put(s, "v", Integer.toString(VERSION));
        put(s, "preset", d.preset);
        put(s, "data", d.kind.id());
        put(s, "n", Integer.toString(d.points));
        put(s, "noise", LinkNumbers.format(d.noise));
        put(s, "train", LinkNumbers.format(d.train));
        put(s, "classes", Integer.toString(d.classes));
        put(s, "seed", Long.toString(d.seed));
        put(s, "f", d.features.ids());
        put(s, "h", join(d.hidden));
        put(s, "act", joinIds(d.activations));
        put(s, "out", d.output.id());
        put(s, "loss", d.loss.id());
        put(s, "skip", flag(d.skip));
        put(s, "init", d.init.id());
        put(s, "lr", LinkNumbers.format(d.learningRate));
        put(s, "batch", Integer.toString(d.batch));
        put(s, "opt", d.optimizer.id());
        put(s, "reg", d.regularization.id());
        put(s, "rate", LinkNumbers.format(d.rate));
        put(s, "bias", flag(d.bias));
        put(s, "shuffle", flag(d.shuffle));
        put(s, "disc", flag(d.discretize));
        put(s, "test", flag(d.showTest));
        put(s, "log", flag(d.logScale));
        put(s, "stop", Integer.toString(d.stop));
        put(s, "stoploss", LinkNumbers.format(d.stopLoss));
        put(s, "speed", d.speed);
        put(s, "hide", String.join(",", link.hidden()));
        if (link.hasWeights()) {
            put(s, "w", Base64Url.encode(link.weights()));
            put(s, "we", Integer.toString(link.weightsEpoch()));
        }
        return s.toString();
    }

    /** Reads a fragment (with or without '#'); an empty one gives the default preset without notices. */
    public static Decoded decode(String fragment) {
        List<String> notices = new ArrayList<>();
        List<Fragment.Pair> pairs = Fragment.parse(fragment);
        if (fragment != null && fragment.length() > Fragment.MAX_LENGTH) {
            notices.add("The link is longer than " + Fragment.MAX_LENGTH + " characters; the rest was ignored.");
        }
        if (pairs.size() >= Fragment.MAX_PAIRS) {
            notices.add("The link has more than " + Fragment.MAX_PAIRS + " settings; the rest were ignored.");
        }
        if (TensorFlowLinks.recognise(pairs)) {
            return TensorFlowLinks.decode(pairs);
        }
        LinkState base = baseFor(pairs, notices);
        Draft d = Draft.of(base);
        Set<String> seen = new LinkedHashSet<>();
        for (Fragment.Pair p : pairs) {
            if (!seen.add(p.key())) {
                notices.add("The setting '" + shown(p.key()) + "' appears more than once; the first was used.");
                continue;
            }
            try {
                apply(d, p.key(), p.value(), notices);
            } catch (IllegalArgumentException e) {
                notices.add(e.getMessage());
            }
        }
        d.limitHidden(notices);
        try {
            return new Decoded(d.build(base, notices), notices);
        } catch (IllegalArgumentException e) {
            notices.add("The link's settings do not fit together (" + e.getMessage() + "); using the default.");
            return new Decoded(base, notices);
        }
    }

    private static LinkState baseFor(List<Fragment.Pair> pairs, List<String> notices) {
        for (Fragment.Pair p : pairs) {
            if (p.key().equals("preset") && !p.value().isEmpty()) {
                Preset preset = Presets.byId(p.value());
                if (preset != null) {
                    return LinkState.of(preset.state()).withPreset(preset.id());
                }
                notices.add("There is no preset '" + shown(p.value()) + "'; the default was used.");
                break;
            }
        }
        return LinkState.of(Presets.defaultPreset().state());
    }

    private static void apply(Draft d, String key, String value, List<String> notices) {
        switch (key) {
            case "v":
                long version = integer(key, value, 1, Integer.MAX_VALUE);
                if (version > VERSION) {
                    notices.add("The link was made by a newer version (" + version + "); what this version knows was used.");
                }
                break;
            case "preset":
                d.preset = Presets.byId(value) == null ? "" : value;
                break;
            case "data":
                d.kind = choice(key, value, DatasetKind.byId(value));
                break;
            case "n":
                d.points = (int) clamped("Points", key, value, Limits.MIN_POINTS, Limits.MAX_POINTS, notices);
                break;
            case "noise":
                d.noise = clampedReal("Noise", value, 0, 1, notices);
                break;
            case "train":
                d.train = clampedReal("Training data", value, DataSpec.MIN_TRAIN_FRACTION, DataSpec.MAX_TRAIN_FRACTION, notices);
                break;
            case "classes":
                d.classes = (int) clamped("Classes", key, value, DataSpec.MIN_CLASSES, DataSpec.MAX_CLASSES, notices);
                break;
            case "seed":
                d.seed = integer(key, value, 0, (1L << 53));
                break;
            case "f":
                d.features = features(value);
                break;
            case "h":
                d.hiddenText = new ArrayList<>();
                d.hidden = widths(value, d.hiddenText);
                break;
            case "act":
                d.activations = activations(value);
                break;
            case "out":
                d.output = choice(key, value, Activation.byId(value));
                break;
            case "loss":
                d.loss = choice(key, value, Loss.byId(value));
                break;
            case "skip":
                d.skip = flag(key, value);
                break;
            case "init":
                d.init = choice(key, value, Init.byId(value));
                break;
            case "lr":
                d.learningRate = positive("Learning rate", value, Limits.MAX_LEARNING_RATE, notices);
                break;
            case "batch":
                d.batch = (int) clamped("Batch size", key, value, 1, Limits.MAX_BATCH_SIZE, notices);
                break;
            case "opt":
                d.optimizer = choice(key, value, OptimizerKind.byId(value));
                break;
            case "reg":
                d.regularization = choice(key, value, Regularization.byId(value));
                break;
            case "rate":
                d.rate = clampedReal("Regularization rate", value, 0, Limits.MAX_REGULARIZATION_RATE, notices);
                break;
            case "bias":
                d.bias = flag(key, value);
                break;
            case "shuffle":
                d.shuffle = flag(key, value);
                break;
            case "disc":
                d.discretize = flag(key, value);
                break;
            case "test":
                d.showTest = flag(key, value);
                break;
            case "stop":
                d.stop = (int) clamped("Stop at epoch", key, value, 0, MAX_STOP_EPOCH, notices);
                break;
            case "log":
                d.logScale = flag(key, value);
                break;
            case "stoploss":
                d.stopLoss = stopLoss(value);
                break;
            case "speed":
                d.speed = LinkSpeed.read(value, notices);
                break;
            case "hide":
                d.hiddenControls = hidden(value, notices);
                break;
            case "w":
                d.weights = value;
                break;
            case "we":
                d.weightsEpoch = (int) clamped("Weights epoch", key, value, 0, MAX_STOP_EPOCH, notices);
                break;
            default:
                notices.add("Ignored the unknown setting '" + shown(key) + "'.");
        }
    }

    private static <T> T choice(String key, String value, T found) {
        if (found == null) {
            throw new IllegalArgumentException("Ignored " + key + "='" + shown(value) + "': not a known choice.");
        }
        return found;
    }

    /**
     * A whole number written as digits with an optional '-', of any length: one too large for a long
     * comes back as {@link #HUGE} (or -{@link #HUGE}), beyond every limit, so that it is cut to the
     * limit like any other large number.
     */
    private static long whole(String key, String value) {
        boolean negative = value.startsWith("-");
        int start = negative ? 1 : 0;
        if (value.length() == start) {
            throw new IllegalArgumentException("Ignored " + key + "='" + shown(value) + "': not a whole number.");
        }
        long n = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Ignored " + key + "='" + shown(value) + "': not a whole number.");
            }
            int digit = c - '0';
            n = n > HUGE / 10 ? HUGE : Math.min(HUGE, n * 10 + digit);
        }
        return negative ? -n : n;
    }

    /** Larger than every limit and far from overflowing: what {@link #whole} gives for a number too large. */
    private static final long HUGE = Long.MAX_VALUE / 4;

    /** How a whole number reads in a notice: the number, or as written when it was too large to hold. */
    private static String wholeText(String value, long n) {
        return n == HUGE || n == -HUGE ? shown(value) : Long.toString(n);
    }

    private static long integer(String key, String value, long min, long max) {
        long n = whole(key, value);
        if (n < min || n > max) {
            throw new IllegalArgumentException("Ignored " + key + "='" + shown(value) + "': allowed are " + min + " to " + max + ".");
        }
        return n;
    }

    /** A whole number cut into [min, max], saying so when it was cut. */
    static long clamped(String name, String key, String value, long min, long max, List<String> notices) {
        long n = whole(key, value);
        String notice = Limits.cutNotice(name, wholeText(value, n), n, min, max);
        if (notice != null) {
            notices.add(notice);
        }
        return Limits.cut(n, min, max);
    }

    private static double clampedReal(String name, String value, double min, double max, List<String> notices) {
        double v = LinkNumbers.parse(value);
        if (v != v) {
            throw new IllegalArgumentException("Ignored " + key(name) + " '" + shown(value) + "': not a number.");
        }
        if (v > max) {
            notices.add(Limits.above(name, realText(value, v), LinkNumbers.format(max)));
            return max;
        }
        if (v < min) {
            notices.add(Limits.below(name, realText(value, v), LinkNumbers.format(min)));
            return min;
        }
        return v;
    }

    private static double positive(String name, String value, double max, List<String> notices) {
        double v = LinkNumbers.parse(value);
        if (!(v > 0)) {
            throw new IllegalArgumentException("Ignored " + key(name) + " '" + shown(value)
                    + "': it must be a number greater than 0.");
        }
        if (v > max) {
            notices.add(Limits.above(name, realText(value, v), LinkNumbers.format(max)));
            return max;
        }
        return v;
    }

    /**
     * How a number from a link reads in a notice: in its shortest spelling, or as the link wrote it
     * when it has no finite one (1e400 is too large for a double and reads back as infinity).
     */
    private static String realText(String value, double v) {
        return v - v == 0 ? LinkNumbers.format(v) : shown(value);
    }

    /** The training loss to stop at: 0 for none, else a positive finite number. */
    private static double stopLoss(String value) {
        double v = LinkNumbers.parse(value);
        if (!(v >= 0 && v - v == 0)) {
            throw new IllegalArgumentException("Ignored stoploss='" + shown(value)
                    + "': the loss to stop at must be 0 (none) or a positive number.");
        }
        return v;
    }

    private static boolean flag(String key, String value) {
        if (value.equals("1") || value.equals("true")) {
            return true;
        }
        if (value.equals("0") || value.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("Ignored " + key + "='" + shown(value) + "': use 1 or 0.");
    }

    private static FeatureSet features(String value) {
        try {
            return FeatureSet.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ignored the input features '" + shown(value) + "': " + shown(e.getMessage()));
        }
    }

    /** The widths of {@code h=}; {@code text} gets how each reads in a notice. */
    private static List<Integer> widths(String value, List<String> text) {
        List<Integer> list = new ArrayList<>();
        if (value.isEmpty()) {
            return list;
        }
        String[] parts = split(value);
        if (parts.length > Limits.MAX_HIDDEN_LAYERS * 4) {
            throw new IllegalArgumentException("Ignored the hidden layers: far more than " + Limits.MAX_HIDDEN_LAYERS + ".");
        }
        for (String part : parts) {
            long n = whole("h", part);
            list.add((int) Limits.cut(n, -1_000_000_000, 1_000_000_000));
            text.add(wholeText(part, n));
        }
        return list;
    }

    private static List<Activation> activations(String value) {
        List<Activation> list = new ArrayList<>();
        if (value.isEmpty()) {
            return list;
        }
        for (String part : split(value)) {
            Activation a = Activation.byId(part);
            if (a == null || !a.allowedInHiddenLayer()) {
                throw new IllegalArgumentException("Ignored the hidden activations '" + shown(value) + "': '"
                        + shown(part) + "' is not a hidden-layer activation.");
            }
            list.add(a);
        }
        return list;
    }

    private static List<String> hidden(String value, List<String> notices) {
        List<String> ids = new ArrayList<>();
        if (value.isEmpty()) {
            return ids;
        }
        for (String id : split(value)) {
            if (Controls.known(id)) {
                ids.add(id);
            } else {
                notices.add("Ignored hide='" + shown(id) + "': there is no such control.");
            }
        }
        return ids;
    }

    /** Comma-separated parts (at most about a thousand), without regular expressions. */
    static String[] split(String value) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = value.indexOf(',', start);
            parts.add(value.substring(start, comma < 0 ? value.length() : comma));
            if (comma < 0 || parts.size() > 1000) {
                break;
            }
            start = comma + 1;
        }
        return parts.toArray(new String[0]);
    }

    /** A setting's name as it reads inside a sentence: "Learning rate" becomes "learning rate". */
    private static String key(String name) {
        char c = name.charAt(0);
        return (c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : String.valueOf(c)) + name.substring(1);
    }

    /** Text from a link, cut short and stripped of control characters, for a notice. */
    static String shown(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length() && s.length() < SHOWN_TEXT; i++) {
            char c = text.charAt(i);
            s.append(c < ' ' || c == 0x7F ? '?' : c);
        }
        return text.length() > SHOWN_TEXT ? s + "…" : s.toString();
    }

    private static void put(StringBuilder s, String key, String value) {
        if (s.length() > 0) {
            s.append('&');
        }
        s.append(key).append('=').append(Fragment.encode(value));
    }

    private static String flag(boolean on) {
        return on ? "1" : "0";
    }

    private static String join(List<Integer> values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            s.append(s.length() > 0 ? "," : "").append(v);
        }
        return s.toString();
    }

    private static String joinIds(List<Activation> values) {
        StringBuilder s = new StringBuilder();
        for (Activation a : values) {
            s.append(s.length() > 0 ? "," : "").append(a.id());
        }
        return s.toString();
    }
}
