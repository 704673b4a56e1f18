package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.data.image.AddedImagesText;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.AvgPool2d;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.GlobalAvgPool;
import org.nnplayground.core.nn.layer.GlobalMaxPool;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.Padding;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.state.lab.Cell;
import org.nnplayground.core.state.lab.ConvNet;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabLesson;
import org.nnplayground.core.state.lab.LabLessons;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.RecurrentNet;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.SequenceSource;
import org.nnplayground.core.state.lab.TextWriting;
import org.nnplayground.core.train.TextSampler;
import org.nnplayground.core.train.TrainingConfig;

/**
 * The link format of the sequence and image problems: {@code lab=} names the problem (echo, parity,
 * parity-end, sum, count, adding, sine, text, bars, shapes, digits) and the other keys say what
 * differs from that problem's start. Sequences: len, delay (echo), period (sine), noise, n
 * (sequences), train (training share), text (the next-character problem's own text), cell (elman,
 * gru, lstm), h (hidden sizes, bottom first), act (Elman's activation), emb (embedding size, 0 for
 * one-hot), trunc (truncated backpropagation through time, 0 for none). Images: side, n, noise,
 * train, shift (the shifted test set), layers (comma-separated: {@code c<filters>k<kernel>s<stride>}
 * followed by {@code v} for valid padding and {@code -<activation>}, e.g. {@code c8k3s1-relu}; {@code max},
 * {@code avg}, {@code gmax}, {@code gavg} for the poolings), dense (hidden dense widths), dact, add
 * (the images the reader drew and added, see {@link AddedImagesText}; written only when there are
 * some and they fit, {@link AddedImages#fitsInLink}: a larger set stays in the page). Both:
 * seed, lr, batch, opt, clip (gradient clipping norm, 0 off), speed, sel (the sequence or image the
 * views show, from 1); last, for the next-character problem only, temp (the temperature its sample
 * is written at, {@value TextSampler#MIN_TEMPERATURE} to {@value TextSampler#MAX_TEMPERATURE}), only
 * when it is not {@value TextWriting#DEFAULT_TEMPERATURE}. A lesson's link starts with lesson (its
 * id, see {@link LabLessons}), and {@code #lesson=edge} alone opens that lesson as it is set up.
 * Every other key is written, in this order, so one state has one link. Decoding never throws:
 * what does not fit is left at the problem's start (the temperature at its default), and a notice
 * says so.
 */
public final class LabLinks {
    /** The key that makes a link a sequence or image link. */
    public static final String KEY = "lab";
    /** The key of a lesson; a link with it alone (or with the problem alone) opens the lesson's run. */
    static final String LESSON = "lesson";
    /** The key of the sample temperature. */
    static final String TEMPERATURE = "temp";

    /**
     * A decoded link: the run, the speed, the selected sample (0-based), the temperature of the text
     * sample, the lesson it opens (null for none), and what the decoder had to say.
     */
    public record Decoded(LabState state, Speed speed, int selected, double temperature, LabLesson lesson,
                          List<String> notices) {
        public Decoded {
            notices = List.copyOf(notices);
        }
    }

    private LabLinks() {
    }

    /** The link of lesson {@code lesson}: its run, with its key. */
    public static String of(LabLesson lesson) {
        return LESSON + "=" + Fragment.encode(lesson.id()) + "&" + lesson.link();
    }

    /** Whether {@code fragment} (with or without '#') is a sequence or image link. */
    public static boolean isLab(String fragment) {
        for (Fragment.Pair p : Fragment.parse(fragment)) {
            if (p.key().equals(KEY) || (p.key().equals(LESSON) && LabLessons.byId(p.value()) != null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the link names a lesson and nothing else of its run (but maybe the problem): it opens the lesson's run. */
    private static boolean onlyNamesALesson(List<Fragment.Pair> pairs) {
        for (Fragment.Pair p : pairs) {
            if (!p.key().equals(LESSON) && !p.key().equals(KEY)) {
                return false;
            }
        }
        return true;
    }

    /** The fragment (without '#') of a run, its speed and its selected sample (0-based). */
    public static String encode(LabState state, Speed speed, int selected) {
        return encode(state, speed, selected, null);
    }

    /** The same, for lesson {@code lesson} (null: none), whose key comes first. */
    public static String encode(LabState state, Speed speed, int selected, LabLesson lesson) {
        return encode(state, speed, selected, lesson, TextWriting.DEFAULT_TEMPERATURE);
    }

    /**
     * The same, with the temperature the next-character problem's sample is written at (written
     * for that problem only, and only when it is not the default).
     */
    public static String encode(LabState state, Speed speed, int selected, LabLesson lesson, double temperature) {
        List<String[]> pairs = new ArrayList<>();
        if (lesson != null) {
            pairs.add(pair(LESSON, lesson.id()));
        }
        pairs.add(pair(KEY, state.model().problemId()));
        if (state.model() instanceof SequenceModel) {
            SequenceModel m = (SequenceModel) state.model();
            SequenceSource d = m.data();
            pairs.add(pair("len", Integer.toString(d.length())));
            if (d.problem().hasDelay()) {
                pairs.add(pair("delay", Integer.toString(d.delay())));
            }
            if (d.problem().hasPeriod()) {
                pairs.add(pair("period", LinkNumbers.format(d.period())));
            }
            if (!d.problem().isText()) {
                pairs.add(pair("noise", LinkNumbers.format(d.noise())));
            }
            pairs.add(pair("n", Integer.toString(d.sequences())));
            pairs.add(pair("train", LinkNumbers.format(d.trainFraction())));
            if (d.text() != null) {
                pairs.add(pair("text", d.text()));
            }
            RecurrentNet net = m.net();
            pairs.add(pair("cell", net.cell().id()));
            pairs.add(pair("h", ints(net.hidden())));
            if (net.cell() == Cell.ELMAN) {
                pairs.add(pair("act", net.activation().id()));
            }
            if (d.problem().isText()) {
                pairs.add(pair("emb", Integer.toString(net.embedding())));
            }
            pairs.add(pair("trunc", Integer.toString(net.truncation())));
        } else {
            ImageModel m = (ImageModel) state.model();
            ImageSpec d = m.data();
            pairs.add(pair("side", Integer.toString(d.side())));
            pairs.add(pair("n", Integer.toString(d.images())));
            pairs.add(pair("noise", LinkNumbers.format(d.noise())));
            pairs.add(pair("train", LinkNumbers.format(d.trainFraction())));
            pairs.add(pair("shift", Integer.toString(d.testShift())));
            pairs.add(pair("layers", layers(m.net().imageLayers())));
            pairs.add(pair("dense", ints(m.net().dense())));
            pairs.add(pair("dact", m.net().denseActivation().id()));
            if (!m.added().isEmpty() && m.added().fitsInLink()) {
                pairs.add(pair("add", AddedImagesText.write(m.added())));
            }
        }
        TrainingConfig t = state.training();
        pairs.add(pair("seed", Long.toString(state.model().seed())));
        pairs.add(pair("lr", LinkNumbers.format(t.learningRate())));
        pairs.add(pair("batch", Integer.toString(t.batchSize())));
        pairs.add(pair("opt", t.optimizer().id()));
        pairs.add(pair("clip", LinkNumbers.format(t.clipNorm())));
        pairs.add(pair("speed", (speed == null ? Speed.DEFAULT : speed).id()));
        pairs.add(pair("sel", Integer.toString(selected + 1)));
        if (isText(state) && temperature != TextWriting.DEFAULT_TEMPERATURE) {
            pairs.add(pair(TEMPERATURE, LinkNumbers.format(temperature)));
        }
        StringBuilder out = new StringBuilder();
        for (String[] p : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(p[0]).append('=').append(Fragment.encode(p[1]));
        }
        return out.toString();
    }

    private static boolean isText(LabState state) {
        return state.model() instanceof SequenceModel && ((SequenceModel) state.model()).data().problem().isText();
    }

    private static String[] pair(String key, String value) {
        return new String[] {key, value};
    }

    private static String ints(List<Integer> values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(v);
        }
        return s.toString();
    }

    /** The image layers as the link writes them. */
    public static String layers(List<LayerSpec> layers) {
        StringBuilder s = new StringBuilder();
        for (LayerSpec l : layers) {
            if (s.length() > 0) {
                s.append(',');
            }
            if (l instanceof Conv2d.Spec) {
                Conv2d.Spec c = (Conv2d.Spec) l;
                s.append('c').append(c.filters()).append('k').append(c.kernel()).append('s').append(c.stride());
                if (c.padding() == Padding.VALID) {
                    s.append('v');
                }
                s.append('-').append(c.activation().id());
            } else if (l instanceof MaxPool2d.Spec) {
                s.append("max");
            } else if (l instanceof AvgPool2d.Spec) {
                s.append("avg");
            } else if (l instanceof GlobalMaxPool.Spec) {
                s.append("gmax");
            } else {
                s.append("gavg");
            }
        }
        return s.toString();
    }

    /**
     * Reads what {@link #layers(List)} writes.
     *
     * @throws IllegalArgumentException naming the part that is not a layer
     */
    public static List<LayerSpec> parseLayers(String value) {
        List<LayerSpec> list = new ArrayList<>();
        if (value.isEmpty()) {
            return list;
        }
        for (String part : LinkText.split(value)) {
            switch (part) {
                case "max":
                    list.add(new MaxPool2d.Spec());
                    continue;
                case "avg":
                    list.add(new AvgPool2d.Spec());
                    continue;
                case "gmax":
                    list.add(new GlobalMaxPool.Spec());
                    continue;
                case "gavg":
                    list.add(new GlobalAvgPool.Spec());
                    continue;
                default:
                    list.add(parseConv(part));
            }
        }
        return list;
    }

    private static Conv2d.Spec parseConv(String part) {
        int k = part.indexOf('k');
        int s = part.indexOf('s', Math.max(k, 0));
        int dash = part.indexOf('-');
        if (!part.startsWith("c") || k < 2 || s < k + 2 || dash < s + 2) {
            throw new IllegalArgumentException("'" + LinkText.shown(part) + "' is not a layer (c8k3s1-relu, max, avg, gmax or gavg)");
        }
        boolean valid = part.charAt(dash - 1) == 'v';
        int filters = number(part.substring(1, k), part);
        int kernel = number(part.substring(k + 1, s), part);
        int stride = number(part.substring(s + 1, valid ? dash - 1 : dash), part);
        Activation act = Activation.byId(part.substring(dash + 1));
        if (act == null) {
            throw new IllegalArgumentException("'" + LinkText.shown(part) + "' has no known activation");
        }
        return new Conv2d.Spec(filters, kernel, stride, valid ? Padding.VALID : Padding.SAME, act);
    }

    private static int number(String digits, String part) {
        if (digits.isEmpty() || digits.length() > 6) {
            throw new IllegalArgumentException("'" + LinkText.shown(part) + "' is not a layer (c8k3s1-relu, max, avg, gmax or gavg)");
        }
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("'" + LinkText.shown(part) + "' is not a layer (c8k3s1-relu, max, avg, gmax or gavg)");
            }
            int digit = c - '0';
            n = n * 10 + digit;
        }
        return n;
    }

    /** Reads a sequence or image link; an unknown problem gives echo, with a notice. */
    public static Decoded decode(String fragment) {
        List<String> notices = new ArrayList<>();
        List<Fragment.Pair> pairs = Fragment.parse(fragment);
        LabLesson named = LabLessons.byId(value(pairs, LESSON) == null ? "" : value(pairs, LESSON));
        if (named != null && onlyNamesALesson(pairs)) {
            pairs = Fragment.parse(of(named)); // #lesson=edge opens the lesson as it is set up
        }
        String problem = value(pairs, KEY);
        long seed = 1;
        String seedText = value(pairs, "seed");
        if (seedText != null) {
            try {
                seed = Long.parseLong(seedText);
                if (seed < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                notices.add("Seed: '" + LinkText.shown(seedText) + "' is not a whole number of 0 or more; using 1.");
                seed = 1;
            }
        }
        LabState state = problem == null ? null : LabState.defaultFor(problem, seed);
        if (state == null) {
            notices.add("There is no problem '" + LinkText.shown(problem == null ? "" : problem) + "'; Echo was used.");
            state = LabState.defaultFor("echo", seed);
        }
        LabLinkReader reader = new LabLinkReader(pairs, notices);
        state = reader.read(state);
        Speed speed = Speed.DEFAULT;
        String speedText = value(pairs, "speed");
        if (speedText != null) {
            try {
                speed = LinkSpeed.speed(LinkSpeed.read(speedText, notices));
            } catch (IllegalArgumentException e) {
                notices.add(e.getMessage());
            }
        }
        int selected = reader.integer("sel", 1, 1, Integer.MAX_VALUE) - 1;
        double temperature = reader.decimal(TEMPERATURE, TextWriting.DEFAULT_TEMPERATURE, TextSampler.MIN_TEMPERATURE,
                TextSampler.MAX_TEMPERATURE);
        LabLesson lesson = null;
        String lessonId = value(pairs, LESSON);
        if (lessonId != null) {
            lesson = LabLessons.byId(lessonId);
            if (lesson == null) {
                notices.add("There is no lesson '" + LinkText.shown(lessonId) + "'; the link's settings were opened without one.");
            }
        }
        return new Decoded(state, speed, selected, temperature, lesson, notices);
    }

    /** The value of {@code key}, or null when the link has none (the first one counts). */
    static String value(List<Fragment.Pair> pairs, String key) {
        for (Fragment.Pair p : pairs) {
            if (p.key().equals(key)) {
                return p.value();
            }
        }
        return null;
    }
}
