package org.nnplayground.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkSpeed;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.train.Divergence;
import org.nnplayground.core.train.LearningRates;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.ViewText;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One playground on the page: its session, its controls and its views, and the frame loop that
 * trains and redraws. Everything it creates lives under its root element, so several playgrounds can
 * share a page. Computes nothing itself: edits go through {@link org.nnplayground.core.state.StateEdits}
 * and {@link Session}, drawing through the core's painters.
 */
final class PlaygroundPage {
    /**
     * Milliseconds a frame may spend training: a high speed trains fewer epochs per frame rather
     * than stall the page (see {@link Session#frame(java.util.function.DoubleSupplier, double)}); a step
     * asked for by script is cut into slices of the same budget.
     */
    static final double TRAINING_BUDGET_MS = 25;

    private final HTMLElement root;
    private final Session session;
    private final RunControls run;
    private final DataControls data;
    private final NetworkControls network;
    private final Views views;
    private final HTMLElement alert;
    private final HTMLElement notice;
    private final HTMLElement live;
    private final LessonPanel lesson;
    private final LessonCanvases lessonViews;
    private final GraphPlacement graphPlacement;
    private final boolean documentKeys;
    private final org.teavm.jso.dom.events.EventListener<KeyboardEvent> keys = this::onKey;
    private final FrameGuard guard = new FrameGuard();
    private String preset;
    private List<String> hiddenControls = List.of();
    private Consumer<String> linkListener;
    private String lastLink = "";
    private boolean alive = true;
    private boolean dirty = true;
    private boolean onScreen = true;
    /** When the status was last read out (performance.now(), ms); it is read out at most every {@link #ANNOUNCE_EVERY_MS} while training. */
    private double announcedAt = Double.NEGATIVE_INFINITY;
    private static final double ANNOUNCE_EVERY_MS = 5000;
    private double firstFrameAt = -1;
    /** The notice that tells why training paused on its own, while it is shown. */
    private String stopNotice;
    /**
     * The trained weights the last link opened with, and the epoch they were taken at; kept in the
     * address while the session's weights are still those ({@link Session#weightsVersion()} equals
     * {@link #linkWeightsVersion}): once the network trains on, is reset or edited, they no longer
     * describe it and the address drops them.
     */
    private double[] linkWeights;
    private int linkWeightsEpoch;
    private long linkWeightsVersion = -1;

    /**
     * Builds the playground inside {@code root}. With {@code documentKeys} the keyboard shortcuts work
     * anywhere on the page (the playground is the page); otherwise only while focus is inside it.
     */
    PlaygroundPage(HTMLElement root, LinkState initial, boolean documentKeys) {
        this.root = root;
        this.documentKeys = documentKeys;
        this.session = new Session(initial.state());
        Dom.clear(root);
        Dom.toggleClass(root, "nnp", true);
        run = new RunControls(this);
        data = new DataControls(this);
        network = new NetworkControls(this);
        views = new Views(this);
        graphPlacement = new GraphPlacement(views.graph().element(), network.element(), views.outputColumn(),
                views.figures());
        alert = Dom.el("div", "nnp-alert");
        alert.setAttribute("role", "alert");
        Dom.show(alert, false);
        notice = Dom.el("div", "nnp-notice");
        notice.setAttribute("role", "status");
        notice.setAttribute("aria-live", "polite");
        live = Dom.el("div", "nnp-sr-only nnp-live");
        live.setAttribute("role", "status");
        live.setAttribute("aria-live", "polite");
        live.setAttribute("aria-atomic", "true");
        notice.setAttribute("data-key", "notice");
        lessonViews = new LessonCanvases(this);
        lesson = new LessonPanel(this, lessonViews.element());
        HTMLElement messages = Dom.append(Dom.el("div", "nnp-messages"), alert, notice);
        HTMLElement main = Dom.append(Dom.el("div", "nnp-main"), data.element(), network.element(), views.outputColumn());
        Dom.append(root, run.element(), messages, lesson.element(), main, new ShareControls(this).element(), live);
        applyLinkOptions(initial);
        renderLesson();
        renderControls();
        if (documentKeys) {
            Dom.document().addEventListener("keydown", keys);
        } else {
            root.addEventListener("keydown", keys);
        }
    }

    Session session() {
        return session;
    }

    PlaygroundState state() {
        return session.state();
    }

    HTMLElement root() {
        return root;
    }

    /** Opens {@code link}: a new run of its state, its view options, stop epoch, weights and hidden controls. */
    void applyLink(LinkState link) {
        session.replace(link.state());
        applyLinkOptions(link);
        if (!link.hasWeights()) {
            session.play(); // opening a link replays its run; a trained network waits to be looked at
        }
        renderLesson();
        renderControls();
        changed();
    }

    private void applyLinkOptions(LinkState link) {
        preset = link.preset();
        hiddenControls = link.hiddenControls();
        views.setViewOptions(link.discretize(), link.showTest(), link.logScale());
        session.setEpochLimit(link.stopEpoch());
        session.setTargetLoss(link.stopLoss());
        session.setSpeed(LinkSpeed.speed(link.speed())); // a lesson about single steps starts slow enough to follow them
        linkWeightsVersion = -1;
        if (link.hasWeights()) {
            try {
                session.restore(link.weights(), link.weightsEpoch());
                linkWeights = link.weights();
                linkWeightsEpoch = link.weightsEpoch();
                linkWeightsVersion = session.weightsVersion();
            } catch (IllegalArgumentException e) {
                say(e.getMessage());
            }
        }
    }

    /**
     * Opens a preset as its link would: its state, its lesson, its speed, training. Its caption is
     * said once: in the lesson panel, or in the notice for a preset without a panel.
     */
    void openPreset(Preset p) {
        applyLink(LinkState.ofPreset(p));
        say(p.hasLessonPanel() ? null : p.caption());
    }

    /**
     * Opens one of the lesson's fixes or variants and trains it. A fix is watched over whole epochs,
     * so a speed below one epoch per frame (a lesson's slow start) goes back to one epoch per frame.
     */
    void openVariant(PlaygroundState state) {
        session.replace(state);
        if (session.speed().belowOneEpochPerFrame()) {
            session.setSpeed(Speed.DEFAULT);
        }
        lessonViews.restart();
        act(session::play);
    }

    /** The id of the preset the link names, or "". */
    String presetId() {
        return preset;
    }

    /** What a link to this playground carries now (without weights). */
    LinkState currentLink() {
        return new LinkState(session.state(), preset, views.discretize(), views.showTest(), session.epochLimit(),
                null, 0, hiddenControls, views.logScale(), session.targetLoss(), LinkSpeed.of(session.speed()));
    }

    /**
     * The link the address shows: {@link #currentLink()}, plus the trained weights a link opened with
     * for as long as the network shown still has them, so that copying the address again opens the
     * same trained network.
     */
    LinkState addressLink() {
        LinkState link = currentLink();
        return session.weightsVersion() == linkWeightsVersion ? link.withWeights(linkWeights, linkWeightsEpoch) : link;
    }

    /** The same with the trained weights, so that the link opens this very network. */
    LinkState currentLinkWithWeights() {
        double[] w = session.trainer().network().parameterBuffer();
        session.trainer().network().copyParametersTo(w);
        return currentLink().withWeights(w, session.last().epoch());
    }

    /** Called with the new link fragment whenever it changes. */
    void onLinkChange(Consumer<String> listener) {
        linkListener = listener;
        lastLink = "";
        publishLink();
    }

    private void publishLink() {
        if (linkListener == null) {
            return;
        }
        String fragment = LinkCodec.encode(addressLink());
        if (!fragment.equals(lastLink)) {
            lastLink = fragment;
            linkListener.accept(fragment);
        }
    }

    /** Shows what opening a link had to say: what it ignored or changed. */
    void showNotices(List<String> notices) {
        say(notices.isEmpty() ? null : String.join("\n", notices));
    }

    /** Stops the frame loop and lets go of the element: an embedded instance being removed. */
    void destroy() {
        alive = false;
        session.pause();
        if (documentKeys) {
            Dom.document().removeEventListener("keydown", keys);
        } else {
            root.removeEventListener("keydown", keys);
        }
        Dom.clear(root);
    }

    private void renderLesson() {
        Preset p = preset.isEmpty() ? null : Presets.byId(preset);
        lesson.render(p);
        lessonViews.render(p);
    }

    /**
     * Starts the frame loop and, unless the reader prefers reduced motion or the link opened a trained
     * network (which waits to be looked at), training.
     */
    void start(boolean autoplay) {
        if (autoplay && !Browser.prefersReducedMotion() && linkWeightsVersion < 0) {
            session.play();
        }
        Browser.onVisibility(root, visible -> onScreen = visible);
        Browser.requestFrame(this::frame);
    }

    /** Applies an edit of the state; a rejected edit leaves everything as it was and says why. */
    void edit(UnaryOperator<PlaygroundState> change) {
        try {
            PlaygroundState before = session.state();
            session.apply(change.apply(before));
            if (session.trainer().epoch() == 0) {
                lessonViews.restart();
            }
            say(null);
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
        }
        renderControls();
        changed();
    }

    /** Runs an action on the session (play, step, reset ...) and redraws. */
    void act(Runnable action) {
        if (stopNotice != null && stopNotice.equals(notice.getTextContent())) {
            say(null); // the reason of the last pause is old news once people act again
        }
        stopNotice = null;
        action.run();
        if (session.last().epoch() == 0) {
            lessonViews.restart();
        }
        renderControls();
        changed();
    }

    /** Something visible changed: redraw on the next frame. */
    void changed() {
        dirty = true;
        publishLink();
    }

    /** Shows a message in words (null clears it). */
    void say(String message) {
        notice.setTextContent(message == null ? "" : message);
        Dom.show(notice, message != null);
    }

    private void renderControls() {
        HTMLElement focused = Dom.document().getActiveElement();
        String key = Dom.contains(root, focused) ? focused.getAttribute("data-key") : null;
        run.render();
        data.render();
        network.render();
        views.renderControls();
        renderAlert();
        ControlVisibility.apply(root, hiddenControls);
        graphPlacement.update();
        if (key != null) {
            HTMLElement again = root.querySelector("[data-key=\"" + key + "\"]");
            if (again != null && again.hasAttribute("disabled")) {
                // A + or - button that reached its limit: the focus stays in its group, on the other one.
                again = ((HTMLElement) again.getParentNode()).querySelector("button:not([disabled])");
            }
            if (again != null) {
                again.focus();
            }
        }
    }

    /**
     * Says in words why training paused on its own (an epoch limit or target loss reached); a
     * divergence has its own alert.
     */
    private void sayWhyPaused() {
        String reason = session.stopReason();
        if (reason == null || session.last().diverged()) {
            return;
        }
        StepResult r = session.last();
        String text = "Paused at epoch " + NumberFormat.grouped(r.epoch()) + ": " + reason
                + " (training loss " + NumberFormat.significant(r.train().loss(), 4) + "). Play trains on from here.";
        say(text);
        stopNotice = text;
    }

    private void renderAlert() {
        StepResult last = session.last();
        Divergence d = last == null ? null : last.divergence();
        Dom.clear(alert);
        Dom.show(alert, d != null);
        if (d == null) {
            return;
        }
        alert.appendChild(Dom.text("p", null, d.message()));
        if (d.rateTrains()) {
            double safer = d.suggestedLearningRate();
            alert.appendChild(Dom.button("fix-learning-rate", "Use learning rate " + NumberFormat.compact(safer), null, "nnp-fix", () -> {
                edit(s -> s.withTraining(s.training().withLearningRate(safer)));
                act(session::play);
            }));
            alert.appendChild(Dom.button("alert-reset", "Reset", "Reset the weights", null, () -> act(session::reset)));
        } else {
            alert.appendChild(Dom.button("alert-reset", "Reset the weights and train", null, "nnp-fix", () -> act(() -> {
                session.reset();
                session.play();
            })));
        }
    }

    private void frame(double time) {
        if (!alive) {
            return;
        }
        // Asked for first, so that an error in this frame's work cannot end the loop.
        Browser.requestFrame(this::frame);
        if (firstFrameAt < 0) {
            firstFrameAt = time;
            Browser.stat("firstFrame", time);
        }
        boolean wasDiverged = session.last().diverged();
        if (onScreen) {
            boolean trained = session.playing();
            session.frame(Browser::now, TRAINING_BUDGET_MS);
            if (trained || dirty || views.refining()) {
                guard.run("the views", views::paint);
                guard.run("the run bar", run::update);
                guard.run("the lesson", lesson::update);
                guard.run("the lesson's views", () -> lessonViews.frame(trained));
                if (!session.playing() && trained) {
                    renderControls(); // paused on its own: show why and update the play button
                    sayWhyPaused();
                }
                dirty = false;
                announce(trained);
            }
            if (session.last().diverged() != wasDiverged) {
                renderAlert();
            }
            if (linkWeightsVersion >= 0 && session.weightsVersion() != linkWeightsVersion) {
                linkWeightsVersion = -1; // trained on: the link's weights no longer describe the network
                publishLink();
            }
        }
    }

    /**
     * Tells screen readers where training stands (epoch, losses, playing or paused): at once when
     * training pauses, steps or is reset, and at most every {@link #ANNOUNCE_EVERY_MS} while it runs,
     * so that a reader is not talked over every frame. (The canvases' text alternatives, which are
     * read only when asked for, are kept current by {@link Views#paint()} at a faster pace.)
     */
    private void announce(boolean training) {
        double now = Browser.now();
        if (training && session.playing() && now - announcedAt < ANNOUNCE_EVERY_MS) {
            return;
        }
        String text = ViewText.status(session.last(), session.playing());
        if (!text.equals(live.getTextContent())) {
            announcedAt = now;
            live.setTextContent(text);
        }
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
            return;
        }
        HTMLElement target = (HTMLElement) e.getTarget();
        String tag = Dom.tag(target);
        if (tag.equals("input") || tag.equals("select") || tag.equals("textarea")) {
            return;
        }
        String key = e.getKey();
        if (key.equals(" ") || key.equals("Spacebar")) {
            if (tag.equals("button")) {
                return; // the button itself reacts to Space
            }
            act(session::togglePlay);
        } else if (key.equals("s") || key.equals("S") || key.equals("ArrowRight")) {
            act(session::stepEpoch);
        } else if (key.equals("r") || key.equals("R")) {
            act(session::reset);
        } else {
            return;
        }
        e.preventDefault();
    }

    /** The learning rates offered, as text. */
    static String[] learningRateLabels() {
        double[] rates = LearningRates.ladder();
        String[] labels = new String[rates.length];
        for (int i = 0; i < rates.length; i++) {
            labels[i] = NumberFormat.compact(rates[i]);
        }
        return labels;
    }
}
