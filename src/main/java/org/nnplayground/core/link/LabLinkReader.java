package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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

    LabState read(LabState start) {
        LabState s = start;
        if (s.model() instanceof SequenceModel) {
            s = sequence(s, "len", v -> d -> d.withLength(parseInt(v)));
            s = sequence(s, "delay", v -> d -> d.withDelay(parseInt(v)));
            s = sequence(s, "period", v -> d -> d.withPeriod(parseDouble(v)));
            s = sequence(s, "noise", v -> d -> d.withNoise(parseDouble(v)));
            s = sequence(s, "n", v -> d -> d.withSequences(parseInt(v)));
            s = sequence(s, "train", v -> d -> d.withTrainFraction(parseDouble(v)));
            s = sequence(s, "text", v -> d -> {
                String notice = NextCharacter.textNotice(v);
                if (notice != null) {
                    notices.add(notice);
                }
                return d.withText(v);
            });
            s = recurrent(s, "cell", v -> n -> {
                Cell c = Cell.byId(v);
                if (c == null) {
                    throw new IllegalArgumentException("a cell is elman, gru or lstm");
                }
                return n.withCell(c);
            });
            s = recurrent(s, "h", v -> n -> n.withHidden(parseInts(v)));
            s = recurrent(s, "act", v -> n -> n.withActivation(activation(v)));
            s = recurrent(s, "emb", v -> n -> n.withEmbedding(parseInt(v)));
            s = recurrent(s, "trunc", v -> n -> n.withTruncation(parseInt(v)));
        } else {
            s = image(s, "side", v -> m -> m.withData(m.data().withSide(parseInt(v))));
            s = image(s, "n", v -> m -> m.withData(m.data().withImages(parseInt(v))));
            s = image(s, "noise", v -> m -> m.withData(m.data().withNoise(parseDouble(v))));
            s = image(s, "train", v -> m -> m.withData(m.data().withTrainFraction(parseDouble(v))));
            s = image(s, "shift", v -> m -> m.withData(m.data().withTestShift(parseInt(v))));
            s = image(s, "layers", v -> m -> m.withNet(m.net().withImageLayers(LabLinks.parseLayers(v))));
            s = image(s, "dense", v -> m -> m.withNet(m.net().withDense(parseInts(v))));
            s = image(s, "dact", v -> m -> m.withNet(m.net().withDenseActivation(activation(v))));
            s = image(s, "add", v -> m -> m.withAdded(AddedImagesText.read(v)));
        }
        s = training(s, "lr", v -> t -> t.withLearningRate(parseDouble(v)));
        s = training(s, "batch", v -> t -> t.withBatchSize(parseInt(v)));
        s = training(s, "opt", v -> t -> {
            OptimizerKind o = OptimizerKind.byId(v);
            if (o == null) {
                throw new IllegalArgumentException("an optimizer is sgd, momentum or adam");
            }
            return t.withOptimizer(o);
        });
        s = training(s, "clip", v -> t -> t.withClipNorm(parseDouble(v)));
        return s;
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

    private interface Edit<T> {
        UnaryOperator<T> with(String value);
    }

    private LabState sequence(LabState s, String key, Edit<SequenceSource> edit) {
        return apply(s, key, v -> {
            SequenceModel m = (SequenceModel) s.model();
            return s.withModel(m.withData(edit.with(v).apply(m.data())));
        });
    }

    private LabState recurrent(LabState s, String key, Edit<RecurrentNet> edit) {
        return apply(s, key, v -> {
            SequenceModel m = (SequenceModel) s.model();
            return s.withModel(m.withNet(edit.with(v).apply(m.net())));
        });
    }

    private LabState image(LabState s, String key, Edit<ImageModel> edit) {
        return apply(s, key, v -> s.withModel(edit.with(v).apply((ImageModel) s.model())));
    }

    private LabState training(LabState s, String key, Edit<TrainingConfig> edit) {
        return apply(s, key, v -> s.withTraining(edit.with(v).apply(s.training())));
    }

    private interface Step {
        LabState apply(String value);
    }

    private LabState apply(LabState s, String key, Step step) {
        String v = LabLinks.value(pairs, key);
        if (v == null) {
            return s;
        }
        try {
            return step.apply(v);
        } catch (IllegalArgumentException e) {
            ignored(key, v, e);
            return s;
        }
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
