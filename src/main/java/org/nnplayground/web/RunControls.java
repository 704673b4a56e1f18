package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.Named;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.state.EpochBatches;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.PresetMenu;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.train.LearningRates;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.view.MenuChoices;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The top bar: run controls (reset, play/pause, step an epoch or a batch, speed, stop condition),
 * the epoch counter with the batch reached while an epoch is part-way ("batch 6 of 25"), the preset
 * menu (showing the open preset, see {@link PresetMenu}) and the training settings.
 */
final class RunControls {
    private static final int[] BATCH_SIZES = {1, 2, 5, 10, 20, 30, 50, 100, 250, 500, 1000};
    private static final double[] REGULARIZATION_RATES = {0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};

    private final PlaygroundPage page;
    private final HTMLElement element;
    private final HTMLElement buttons;
    private final HTMLElement settings;
    private final HTMLElement epoch;
    private final HTMLElement batch;
    private HTMLButtonElement play;
    private int shownEpoch = -1;
    private String shownBatch = "";
    private boolean shownPlaying;

    RunControls(PlaygroundPage page) {
        this.page = page;
        element = Dom.el("div", "nnp-top");
        buttons = Dom.el("div", "nnp-run");
        buttons.setAttribute("role", "group");
        buttons.setAttribute("aria-label", "Run");
        epoch = Dom.el("div", "nnp-epoch");
        batch = Dom.el("div", "nnp-batch");
        settings = Dom.el("div", "nnp-settings");
        Dom.append(element, buttons, settings);
    }

    HTMLElement element() {
        return element;
    }

    void render() {
        Session session = page.session();
        Dom.clear(buttons);
        buttons.appendChild(Dom.button("reset", "⟲", "Reset the weights (R)", "nnp-icon", () -> page.act(session::reset)));
        play = Dom.button("play", "", null, "nnp-icon nnp-play", () -> page.act(session::togglePlay));
        buttons.appendChild(play);
        buttons.appendChild(Dom.button("step", "Step", "Train one epoch (S or Right arrow)", "nnp-step",
                () -> page.act(session::askEpoch)));
        buttons.appendChild(Dom.button("step-batch", "Step batch", "Train one batch", "nnp-step", () -> page.act(session::askBatch)));
        buttons.appendChild(epoch);
        buttons.appendChild(batch);
        buttons.appendChild(speedSelect(session));
        shownEpoch = -1;
        shownBatch = null;
        update();
        renderSettings(page.state(), session);
    }

    /** Cheap per-frame refresh: the epoch counter, the batch within an epoch part-way done, the play button. */
    void update() {
        Session session = page.session();
        int e = session.last().epoch();
        if (e != shownEpoch) {
            shownEpoch = e;
            epoch.setTextContent("Epoch " + NumberFormat.grouped(e));
        }
        // While the run trains in a worker the page's trainer stands where it was handed over: say where it is instead.
        String where = page.trainingWhere();
        int into = where.isEmpty() ? EpochBatches.into(session.trainer()) : 0;
        String b = !where.isEmpty() ? where
                : into == 0 ? "" : "batch " + NumberFormat.grouped(into) + " of " + NumberFormat.grouped(EpochBatches.perEpoch(session.trainer()));
        if (!b.equals(shownBatch)) {
            shownBatch = b;
            batch.setTextContent(b);
            Dom.toggleClass(batch, "nnp-batch-idle", b.isEmpty());
        }
        boolean playing = session.playing();
        if (playing != shownPlaying || play.getTextContent().isEmpty()) {
            shownPlaying = playing;
            play.setTextContent(playing ? "❚❚" : "▶");
            String name = playing ? "Pause (Space)" : "Play (Space)";
            play.setAttribute("aria-label", name);
            play.setTitle(name);
            play.setAttribute("aria-pressed", playing ? "true" : "false");
        }
    }

    private HTMLElement speedSelect(Session session) {
        List<Fields.Option> options = new ArrayList<>();
        Speed current = session.speed();
        boolean seen = false;
        for (Speed s : Speed.menu()) {
            seen |= s.equals(current);
            options.add(new Fields.Option(s.id(), s.label()));
        }
        if (!seen) {
            options.add(new Fields.Option(current.id(), current.label()));
        }
        return Fields.select("speed", "Speed", options, current.id(), v -> page.act(() -> session.setSpeed(Speed.byId(v))));
    }

    private void renderSettings(PlaygroundState s, Session session) {
        Dom.clear(settings);
        TrainingConfig t = s.training();
        List<Fields.Option> presets = new ArrayList<>();
        PresetMenu menu = PresetMenu.of(page.presetId(), s);
        presets.add(new Fields.Option("", menu.neutralText()));
        for (Preset p : Presets.all()) {
            presets.add(new Fields.Option(p.id(), p.title()));
        }
        settings.appendChild(Fields.select("preset", "Preset", presets, menu.selectedId(), id -> {
            Preset p = Presets.byId(id);
            if (p != null) {
                page.openPreset(p);
            }
        }));
        double[] rates = MenuChoices.withCurrent(LearningRates.ladder(), t.learningRate());
        settings.appendChild(Fields.numberSelect("lr", "Learning rate", rates, MenuChoices.labels(rates), t.learningRate(),
                v -> page.edit(st -> st.withTraining(st.training().withLearningRate(v)))));
        double[] batches = MenuChoices.withCurrent(BATCH_SIZES, t.batchSize());
        settings.appendChild(Fields.numberSelect("batch", "Batch size", batches, MenuChoices.wholeLabels(batches),
                t.batchSize(), v -> page.edit(st -> st.withTraining(st.training().withBatchSize((int) v)))));
        settings.appendChild(Fields.select("optimizer", "Optimizer", named(OptimizerKind.values()), t.optimizer().id(),
                v -> page.edit(st -> st.withTraining(st.training().withOptimizer(OptimizerKind.byId(v))))));
        settings.appendChild(Fields.select("reg", "Regularization", named(Regularization.values()),
                t.regularization().id(), v -> page.edit(st -> st.withTraining(
                        st.training().withRegularization(Regularization.byId(v), st.training().regularizationRate())))));
        double[] regRates = MenuChoices.withCurrent(REGULARIZATION_RATES, t.regularizationRate());
        settings.appendChild(Fields.numberSelect("regrate", "Regularization rate", regRates, MenuChoices.labels(regRates),
                t.regularizationRate(), v -> page.edit(st -> st.withTraining(
                        st.training().withRegularization(st.training().regularization(), v)))));
        settings.appendChild(Fields.select("init", "Initialisation", named(Init.values()), s.init().id(),
                v -> page.edit(st -> st.withInit(Init.byId(v)))));
        settings.appendChild(Fields.number("stop-epoch", "Stop at epoch",
                session.epochLimit() > 0 ? Integer.toString(session.epochLimit()) : "", "none", v -> {
                    if (Doubles.isNaN(v) || v < 0 || v > 1e9) {
                        page.say("The epoch to stop at must be a whole number from 1 to 1000000000; leave it empty for none.");
                    } else {
                        page.act(() -> session.setEpochLimit((int) Math.floor(v)));
                    }
                }));
        settings.appendChild(Fields.number("stop-loss", "Stop at loss",
                session.targetLoss() > 0 ? NumberFormat.shortest(session.targetLoss()) : "", "none", v -> {
                    if (Doubles.isNaN(v) || v < 0) {
                        page.say("The target loss must be a positive number; leave it empty for none.");
                    } else {
                        page.act(() -> session.setTargetLoss(v));
                    }
                }));
    }

    static List<Fields.Option> named(Named[] values) {
        List<Fields.Option> options = new ArrayList<>();
        for (Named n : values) {
            options.add(new Fields.Option(n.id(), n.label()));
        }
        return options;
    }
}
