package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.image.AddedImagesText;
import org.nnplayground.core.data.sequence.NextCharacter;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.lab.Cell;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.RecurrentNet;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.SequenceSource;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.TrainingConfig;

/**
 * Applies the keys of a sequence or image link to a problem's start, one key at a time: a value that
 * cannot be read, or that does not fit what was read before it, is left out with a notice that names
 * the key and says what is allowed (the sentence of the setting's own check).
 */
final class LabLinkReader {
    private final List<Fragment.Pair> pairs;
    private final List<String> notices;

    LabLinkReader(List<Fragment.Pair> pairs, List<String> notices) {
        this.pairs = pairs;
        this.notices = notices;
    }

    /** The keys of a sequence problem's link, in the order they are applied. */
    private static final String[] SEQUENCE_KEYS = {"len", "delay", "period", "noise", "n", "train", "text", "cell", "h",
        "act", "emb", "trunc"};
    /** The keys of an image problem's link, in the order they are applied. */
    private static final String[] IMAGE_KEYS = {"side", "n", "noise", "train", "shift", "layers", "dense", "dact", "add"};
    /** The training keys, applied after the problem's own. */
    private static final String[] TRAINING_KEYS = {"lr", "batch", "opt", "clip"};

    /*
     * One switch per kind of key rather than a lambda per key: each lambda is a class of its own in the
     * compiled page (a type, globals, a name and type tests), which made this table cost more than
     * its logic.
     */
    LabState read(LabState start) {
        LabState s = start;
        boolean sequence = s.model() instanceof SequenceModel;
        for (String key : sequence ? SEQUENCE_KEYS : IMAGE_KEYS) {
            s = apply(s, key, sequence ? SEQUENCE : IMAGE);
        }
        for (String key : TRAINING_KEYS) {
            s = apply(s, key, TRAINING);
        }
        return s;
    }

    /** The kinds of key (plain numbers: an enum, and a switch over it, would be classes again). */
    private static final int SEQUENCE = 0;
    private static final int IMAGE = 1;
    private static final int TRAINING = 2;

    /** {@code s} with {@code key}'s value applied, or {@code s} and a notice when the value does not fit. */
    private LabState apply(LabState s, String key, int group) {
        String v = LabLinks.value(pairs, key);
        if (v == null) {
            return s;
        }
        try {
            return switch (group) {
                case SEQUENCE -> sequence(s, key, v);
                case IMAGE -> s.withModel(image((ImageModel) s.model(), key, v));
                default -> s.withTraining(training(s.training(), key, v));
            };
        } catch (IllegalArgumentException e) {
            ignored(key, v, e);
            return s;
        }
    }

    private LabState sequence(LabState s, String key, String v) {
        SequenceModel m = (SequenceModel) s.model();
        SequenceSource d = m.data();
        RecurrentNet n = m.net();
        SequenceModel edited = switch (key) {
            case "len" -> m.withData(d.withLength(parseInt(v)));
            case "delay" -> m.withData(d.withDelay(parseInt(v)));
            case "period" -> m.withData(d.withPeriod(parseDouble(v)));
            case "noise" -> m.withData(d.withNoise(parseDouble(v)));
            case "n" -> m.withData(d.withSequences(parseInt(v)));
            case "train" -> m.withData(d.withTrainFraction(parseDouble(v)));
            case "text" -> {
                String notice = NextCharacter.textNotice(v);
                if (notice != null) {
                    notices.add(notice);
                }
                yield m.withData(d.withText(v));
            }
            case "cell" -> {
                Cell c = Cell.byId(v);
                if (c == null) {
                    throw new IllegalArgumentException("a cell is elman, gru or lstm");
                }
                yield m.withNet(n.withCell(c));
            }
            case "h" -> m.withNet(n.withHidden(parseInts(v)));
            case "act" -> m.withNet(n.withActivation(activation(v)));
            case "emb" -> m.withNet(n.withEmbedding(parseInt(v)));
            case "trunc" -> m.withNet(n.withTruncation(parseInt(v)));
            default -> throw new IllegalStateException("no sequence key " + key);
        };
        return s.withModel(edited);
    }

    private static ImageModel image(ImageModel m, String key, String v) {
        return switch (key) {
            case "side" -> m.withData(m.data().withSide(parseInt(v)));
            case "n" -> m.withData(m.data().withImages(parseInt(v)));
            case "noise" -> m.withData(m.data().withNoise(parseDouble(v)));
            case "train" -> m.withData(m.data().withTrainFraction(parseDouble(v)));
            case "shift" -> m.withData(m.data().withTestShift(parseInt(v)));
            case "layers" -> m.withNet(m.net().withImageLayers(LabLinks.parseLayers(v)));
            case "dense" -> m.withNet(m.net().withDense(parseInts(v)));
            case "dact" -> m.withNet(m.net().withDenseActivation(activation(v)));
            case "add" -> m.withAdded(AddedImagesText.read(v));
            default -> throw new IllegalStateException("no image key " + key);
        };
    }

    private static TrainingConfig training(TrainingConfig t, String key, String v) {
        return switch (key) {
            case "lr" -> t.withLearningRate(parseDouble(v));
            case "batch" -> t.withBatchSize(parseInt(v));
            case "opt" -> {
                OptimizerKind o = OptimizerKind.byId(v);
                if (o == null) {
                    throw new IllegalArgumentException("an optimizer is sgd, momentum or adam");
                }
                yield t.withOptimizer(o);
            }
            case "clip" -> t.withClipNorm(parseDouble(v));
            default -> throw new IllegalStateException("no training key " + key);
        };
    }

    /** Integer {@code key} within [min, max], else {@code fallback} with a notice. */
    int integer(String key, int fallback, int min, int max) {
        String v = LabLinks.value(pairs, key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException("use " + min + " or more");
            }
            return n;
        } catch (IllegalArgumentException e) {
            ignored(key, v, e);
            return fallback;
        }
    }

    /**
     * Number {@code key} within [min, max], else {@code fallback} with a notice that names the range
     * and the value used instead.
     */
    double decimal(String key, double fallback, double min, double max) {
        String v = LabLinks.value(pairs, key);
        if (v == null) {
            return fallback;
        }
        double d = LinkNumbers.parse(v);
        if (d >= min && d <= max) {
            return d;
        }
        String why = d != d ? "not a number" : "use " + NumberFormat.shortest(min) + " to " + NumberFormat.shortest(max);
        ignored(key, v, new IllegalArgumentException(why + "; " + NumberFormat.shortest(fallback) + " is used"));
        return fallback;
    }

    private void ignored(String key, String value, IllegalArgumentException e) {
        String why = e.getMessage() == null ? "not allowed" : e.getMessage();
        notices.add("Ignored " + key + "='" + LinkText.shown(value) + "': " + why + (why.endsWith(".") ? "" : "."));
    }

    private static Activation activation(String v) {
        Activation a = Activation.byId(v);
        if (a == null || a == Activation.SOFTMAX) {
            throw new IllegalArgumentException("no such per-unit activation");
        }
        return a;
    }

    private static int parseInt(String v) {
        double d = LinkNumbers.parse(v);
        if (!(Math.abs(d) <= Integer.MAX_VALUE) || d != (long) d) {
            throw new IllegalArgumentException("not a whole number");
        }
        return (int) d;
    }

    private static double parseDouble(String v) {
        double d = LinkNumbers.parse(v);
        if (d != d) {
            throw new IllegalArgumentException("not a number");
        }
        return d;
    }

    private static List<Integer> parseInts(String v) {
        List<Integer> list = new ArrayList<>();
        if (v.isEmpty()) {
            return list;
        }
        for (String part : LinkText.split(v)) {
            list.add(parseInt(part));
        }
        return list;
    }

}
