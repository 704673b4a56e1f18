package org.nnplayground.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.data.sequence.SequenceData;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.state.lab.Cell;
import org.nnplayground.core.state.lab.DivergenceFix;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabLesson;
import org.nnplayground.core.state.lab.LabLessons;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.SequenceProblem;
import org.nnplayground.core.state.lab.SequenceSource;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.view.lab.ProblemThumbnailPainter;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The controls of a sequence or image playground: the run bar (play, step, reset, new data, speed,
 * the epoch), the problem and its data, the network (cells and sizes, or the image layers) and the
 * training settings. Every change goes through {@link LabPage#edit}, which refuses one that does not
 * fit with its sentence.
 */
final class LabControls {
    /** The problem menu's entry that opens the points-in-the-plane playground. */
    static final String POINTS = "points";

    private final LabPage page;
    private final HTMLElement runBar;
    private final HTMLElement playButton;
    private final HTMLElement epoch;
    private final HTMLElement speedField;
    private final HTMLElement element;
    private final ProblemThumbnailPainter thumbnails = new ProblemThumbnailPainter();
    /** The thumbnails' data, drawn once: the controls are rendered again after every edit, the pictures stay the same. */
    private final Map<ImageProblem, ImageSet> thumbnailImages = new HashMap<>();
    private final Map<SequenceProblem, SequenceData> thumbnailSequences = new HashMap<>();
    /** Images a picker's thumbnail is drawn from. */
    private static final int THUMBNAIL_IMAGES = 4;
    private final HTMLElement exportMenu;

    LabControls(LabPage page) {
        this.page = page;
        runBar = Dom.el("div", "nnp-run nnp-lab-run");
        runBar.setAttribute("role", "group");
        runBar.setAttribute("aria-label", "Run");
        playButton = Dom.button("play", "Play", "Start or pause training", "nnp-play", () -> page.act(page.session()::togglePlay));
        HTMLElement step = Dom.button("step", "Step", "Train one epoch", null, () -> page.act(page.session()::askEpoch));
        HTMLElement reset = Dom.button("reset", "Reset", "Back to the initial weights", null, () -> page.act(page.session()::reset));
        HTMLElement regenerate = Dom.button("regenerate", "New data", "New data and initial weights from a new seed", null,
                page::regenerate);
        epoch = Dom.text("output", "nnp-epoch", "Epoch 0");
        speedField = Dom.el("span", "nnp-lab-speed");
        Dom.append(runBar, playButton, step, reset, regenerate, speedField, epoch);
        element = Dom.el("section", "nnp-col nnp-lab-controls");
        element.setAttribute("aria-label", "Problem and network");
        exportMenu = new LabExportControls(page).element();
    }

    HTMLElement runBar() {
        return runBar;
    }

    HTMLElement element() {
        return element;
    }

    /** The play button and the epoch, after an action. */
    void renderRun() {
        playButton.setTextContent(page.session().playing() ? "Pause" : "Play");
        playButton.setAttribute("aria-pressed", page.session().playing() ? "true" : "false");
        renderReadout();
    }

    /** The epoch readout. */
    void renderReadout() {
        String text = "Epoch " + NumberFormat.grouped(page.session().last().epoch());
        if (!text.equals(epoch.getTextContent())) {
            epoch.setTextContent(text); // only when it changed: a text written every frame costs a layout every frame
        }
    }

    /** All controls, from the state as it is. */
    void render() {
        renderRun();
        Dom.clear(speedField);
        List<Fields.Option> speeds = new ArrayList<>();
        for (Speed s : Speed.menu()) {
            speeds.add(new Fields.Option(s.id(), s.label()));
        }
        speedField.appendChild(Fields.select("speed", "Speed", speeds, page.session().speed().id(),
                v -> page.setSpeed(Speed.byId(v))));
        Dom.clear(element);
        LabState s = page.state();
        if (!LabLessons.all().isEmpty()) {
            element.appendChild(lessonMenu());
        }
        element.appendChild(problemMenu(s));
        element.appendChild(problemPicker(s));
        if (s.model() instanceof SequenceModel) {
            sequenceControls((SequenceModel) s.model());
        } else {
            imageControls((ImageModel) s.model());
        }
        trainingControls(s);
        element.appendChild(exportMenu);
    }

    private HTMLElement lessonMenu() {
        List<Fields.Option> options = new ArrayList<>();
        options.add(new Fields.Option("", "None"));
        for (LabLesson l : LabLessons.all()) {
            options.add(new Fields.Option(l.id(), l.title()));
        }
        return Fields.select("lab-lesson", "Lesson", options, page.lesson() == null ? "" : page.lesson().id(), v -> {
            LabLesson l = LabLessons.byId(v);
            if (l != null) {
                page.openLesson(l);
            }
        });
    }

    private HTMLElement problemMenu(LabState s) {
        List<Fields.Option> options = new ArrayList<>();
        options.add(new Fields.Option(POINTS, "Points in the plane (2-D)"));
        for (SequenceProblem p : SequenceProblem.values()) {
            options.add(new Fields.Option(p.id(), (p.isText() ? "Text: " : "Sequence: ") + p.label()));
        }
        for (ImageProblem p : ImageProblem.values()) {
            options.add(new Fields.Option(p.id(), "Images: " + p.label()));
        }
        return Fields.select("lab-problem", "Problem", options, s.model().problemId(), v -> {
            if (POINTS.equals(v)) {
                page.openPoints();
            } else {
                page.openProblem(v);
            }
        });
    }

    /** Buttons with a small picture of each problem of the current family (sequences and text, or images). */
    private HTMLElement problemPicker(LabState s) {
        HTMLElement group = Dom.el("div", "nnp-datasets nnp-lab-problems");
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", "Problems");
        boolean images = s.model() instanceof ImageModel;
        if (images) {
            for (ImageProblem p : ImageProblem.values()) {
                HTMLCanvasElement canvas = pickerButton(group, p.id(), p.label(), s);
                ImageSet set = thumbnailImages.computeIfAbsent(p,
                        k -> ImageSpec.of(k, 1).withImages(THUMBNAIL_IMAGES).withTrainFraction(1.0).generate().train());
                Browser.onResize(canvas, () -> thumbnails.paintImages(new CanvasSurface(canvas, page.theme()), set));
            }
        } else {
            for (SequenceProblem p : SequenceProblem.values()) {
                HTMLCanvasElement canvas = pickerButton(group, p.id(), p.label(), s);
                if (p.isText()) {
                    String text = SequenceSource.of(p, 1).textShown();
                    Browser.onResize(canvas, () -> thumbnails.paintText(new CanvasSurface(canvas, page.theme()), text));
                } else {
                    SequenceData one = thumbnailSequences.computeIfAbsent(p, k -> SequenceSource.of(k, 1).task(false).generate(1, new Rng(1)));
                    Browser.onResize(canvas, () -> thumbnails.paintSequence(new CanvasSurface(canvas, page.theme()), one));
                }
            }
        }
        return group;
    }

    private HTMLCanvasElement pickerButton(HTMLElement group, String id, String label, LabState s) {
        boolean current = id.equals(s.model().problemId());
        HTMLButtonElement b = (HTMLButtonElement) Dom.el("button", "nnp-dataset" + (current ? " nnp-current" : ""));
        b.setType("button");
        b.setAttribute("aria-pressed", current ? "true" : "false");
        b.setAttribute("aria-label", label);
        b.setAttribute("data-key", "lab-problem-" + id);
        b.setTitle(label);
        HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.el("canvas", null);
        canvas.setAttribute("aria-hidden", "true");
        b.appendChild(canvas);
        b.appendChild(Dom.text("span", null, label));
        b.addEventListener("click", evt -> page.openProblem(id));
        group.appendChild(b);
        return canvas;
    }

    private static String text(double v) {
        return NumberFormat.shortest(v);
    }

    static List<Integer> ints(String text) {
        List<Integer> list = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String t = text.substring(start, end).trim();
            start = end + 1;
            if (t.isEmpty()) {
                continue;
            }
            double d = Fields.parse(t, Double.NaN);
            if (!(d == (int) d)) {
                throw new IllegalArgumentException("'" + t + "' is not a whole number; give sizes like 8 or 16, 8");
            }
            list.add((int) d);
        }
        return list;
    }

    private static String joined(List<Integer> values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            s.append(s.length() == 0 ? "" : ", ").append(v);
        }
        return s.toString();
    }

    static int whole(double v, String name) {
        if (!(v == (int) v)) {
            throw new IllegalArgumentException(name + ": '" + NumberFormat.shortest(v) + "' is not a whole number");
        }
        return (int) v;
    }

    private void sequenceControls(SequenceModel m) {
        SequenceSource d = m.data();
        HTMLElement data = group("Data", "nnp-lab-data");
        data.appendChild(Dom.text("p", "nnp-lab-target", "Target: " + d.problem().target() + "."));
        data.appendChild(Fields.number("lab-length", "Sequence length", Integer.toString(d.length()), "10",
                new LabSetting(page, "lab-length", m)));
        if (d.problem().hasDelay()) {
            data.appendChild(Fields.number("lab-delay", "Delay (steps)", Integer.toString(d.delay()), "2",
                    new LabSetting(page, "lab-delay", m)));
        }
        if (d.problem().hasPeriod()) {
            data.appendChild(Fields.number("lab-period", "Period (steps)", text(d.period()), "10",
                    new LabSetting(page, "lab-period", m)));
        }
        if (!d.problem().isText()) {
            data.appendChild(Fields.number("lab-noise", "Noise", text(d.noise()), "0", new LabSetting(page, "lab-noise", m)));
        }
        data.appendChild(Fields.number("lab-count", d.problem().isText() ? "Windows of the text" : "Sequences",
                Integer.toString(d.sequences()), "200", new LabSetting(page, "lab-count", m)));
        data.appendChild(Fields.number("lab-train", "Training share", text(d.trainFraction()), "0.8",
                new LabSetting(page, "lab-train", m)));
        element.appendChild(data);

        HTMLElement net = group("Network", "nnp-lab-network");
        List<Fields.Option> cells = new ArrayList<>();
        for (Cell c : Cell.values()) {
            cells.add(new Fields.Option(c.id(), c.label()));
        }
        net.appendChild(Fields.select("lab-cell", "Cell", cells, m.net().cell().id(),
                new LabSetting(page, "lab-cell", m)));
        net.appendChild(Fields.text("lab-hidden", "Hidden units per layer", joined(m.net().hidden()), "8", 10,
                new LabSetting(page, "lab-hidden", m)));
        if (m.net().cell() == Cell.ELMAN) {
            net.appendChild(Fields.select("lab-activation", "Activation", activations(), m.net().activation().id(),
                    new LabSetting(page, "lab-activation", m)));
        }
        if (d.problem().isText()) {
            net.appendChild(Fields.number("lab-embedding", "Embedding (0: one-hot)", Integer.toString(m.net().embedding()), "0",
                    new LabSetting(page, "lab-embedding", m)));
        }
        net.appendChild(Fields.number("lab-truncation", "Truncate BPTT (steps, 0: none)", Integer.toString(m.net().truncation()),
                "0", new LabSetting(page, "lab-truncation", m)));
        element.appendChild(net);
    }

    private static List<Fields.Option> activations() {
        List<Fields.Option> list = new ArrayList<>();
        for (Activation a : Activation.values()) {
            if (a != Activation.SOFTMAX) {
                list.add(new Fields.Option(a.id(), a.label()));
            }
        }
        return list;
    }

    private void imageControls(ImageModel m) {
        HTMLElement data = group("Data", "nnp-lab-data");
        List<Fields.Option> sides = new ArrayList<>();
        for (int side : m.data().problem().sides()) {
            sides.add(new Fields.Option(Integer.toString(side), side + " x " + side));
        }
        data.appendChild(Fields.select("lab-side", "Image size", sides, Integer.toString(m.data().side()),
                new LabSetting(page, "lab-side", m)));
        data.appendChild(Fields.number("lab-count", "Images", Integer.toString(m.data().images()), "500",
                new LabSetting(page, "lab-count", m)));
        data.appendChild(Fields.number("lab-noise", "Noise", text(m.data().noise()), "0",
                new LabSetting(page, "lab-noise", m)));
        data.appendChild(Fields.number("lab-train", "Training share", text(m.data().trainFraction()), "0.8",
                new LabSetting(page, "lab-train", m)));
        data.appendChild(Fields.number("lab-shift", "Shift test images by up to (pixels)", Integer.toString(m.data().testShift()),
                "0", new LabSetting(page, "lab-shift", m)));
        element.appendChild(data);

        HTMLElement net = group("Network", "nnp-lab-network");
        net.appendChild(Fields.text("lab-layers", "Image layers", LabLinks.layers(m.net().imageLayers()), "c8k3s1-relu,max", 24,
                new LabSetting(page, "lab-layers", m)));
        net.appendChild(Dom.text("p", "nnp-lab-help", "c8k3s1-relu: 8 filters of 3x3 at stride 1 with ReLU (add v for valid"
                + " padding: c8k3s1v-relu); max, avg: 2x2 pooling; gmax, gavg: global pooling. Empty: a dense network on the pixels."));
        net.appendChild(Fields.text("lab-dense", "Dense layers before the output", joined(m.net().dense()), "none", 10,
                new LabSetting(page, "lab-dense", m)));
        element.appendChild(net);
    }

    private void trainingControls(LabState s) {
        HTMLElement training = group("Training", "nnp-lab-training");
        training.appendChild(Fields.number("lab-rate", "Learning rate", text(s.training().learningRate()), "0.03",
                new LabSetting(page, "lab-rate", null)));
        training.appendChild(Fields.number("lab-batch", "Batch size", Integer.toString(s.training().batchSize()), "10",
                new LabSetting(page, "lab-batch", null)));
        List<Fields.Option> optimizers = new ArrayList<>();
        for (OptimizerKind o : OptimizerKind.values()) {
            optimizers.add(new Fields.Option(o.id(), o.label()));
        }
        training.appendChild(Fields.select("lab-optimizer", "Optimizer", optimizers, s.training().optimizer().id(),
                new LabSetting(page, "lab-optimizer", null)));
        training.appendChild(Fields.number("lab-clip", "Clip gradients at norm (0: off)", text(s.training().clipNorm()), "0",
                new LabSetting(page, "lab-clip", null)));
        element.appendChild(training);
    }

    private static HTMLElement group(String title, String className) {
        HTMLElement g = Dom.el("fieldset", "nnp-lab-group " + className);
        g.appendChild(Dom.text("legend", null, title));
        return g;
    }

    /** What to change after a divergence: the fix the button applies (see {@link DivergenceFix}), in words. */
    static String divergenceAdvice(DivergenceFix fix) {
        if (fix == null) {
            return "";
        }
        String rate = "Try a learning rate of " + NumberFormat.shortest(fix.learningRate());
        return fix.addsClipping() ? rate + " with the gradients clipped at norm " + NumberFormat.shortest(fix.clipNorm())
                + ": clipping tames gradients that explode through time." : rate + ".";
    }
}
