package org.nnplayground.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkSpeed;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.link.Theme;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.view.ViewText;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One playground on the page: builds its session, controls and views, and is the small facade the
 * controls call: {@link #edit} for a change of the state, {@link #act} for an action on the session,
 * {@link #changed()} and {@link #repaint()} for what the next frame must show. Everything it creates
 * lives under its root element, so several playgrounds can share a page. The other jobs have their
 * own classes: {@link LinkPublisher} (the address), {@link DivergenceAlert}, {@link FrameLoop},
 * {@link Announcer} (notices and the screen readers' status) and {@link KeyboardShortcuts}. Computes
 * nothing itself: edits go through {@link org.nnplayground.core.state.StateEdits} and {@link Session},
 * drawing through the core's painters.
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
    private final DivergenceAlert alert;
    private final Announcer announcer;
    private final LessonPanel lesson;
    private final LessonCanvases lessonViews;
    private final GraphPlacement graphPlacement;
    private final LinkPublisher links;
    private final FrameLoop loop;
    private final KeyboardShortcuts keys;
    private final PageTheme theme;
    private final FigureLayout layout;
    private final FigureControls figureControls;
    /** Where the run trains: here, or in a Web Worker while a large network plays (see {@link WorkerTraining}). */
    private final WorkerTraining training;
    /** Whether this playground stands in another page (embed.html, the embed script), not on its own page. */
    private final boolean embedded;
    private Figure figure = Figure.NONE;
    private String preset;
    private List<String> hiddenControls = List.of();
    private Consumer<String> openLab;

    /**
     * Builds the playground inside {@code root}. With {@code documentKeys} the keyboard shortcuts work
     * anywhere on the page (the playground is the page); otherwise only while focus is inside it.
     */
    PlaygroundPage(HTMLElement root, LinkState initial, boolean documentKeys) {
        this.root = root;
        this.embedded = !documentKeys;
        this.session = new Session(initial.state());
        links = new LinkPublisher(session, this::currentLink,
                count -> root.setAttribute("data-link-encodings", Integer.toString(count)));
        Dom.clear(root);
        Dom.toggleClass(root, "nnp", true);
        theme = new PageTheme(root);
        announcer = new Announcer(session);
        run = new RunControls(this);
        data = new DataControls(this);
        network = new NetworkControls(this);
        views = new Views(this);
        graphPlacement = new GraphPlacement(views.graph().element(), network.element(), views.outputColumn(),
                views.figures());
        alert = new DivergenceAlert(this);
        lessonViews = new LessonCanvases(this);
        lesson = new LessonPanel(this, lessonViews.element());
        training = new WorkerTraining(session, "points", PointsWorkerKind.run(this));
        loop = new FrameLoop(session, training, views, announcer, new FrameParts());
        HTMLElement messages = Dom.append(Dom.el("div", "nnp-messages"), alert.element(), announcer.notice());
        HTMLElement main = Dom.append(Dom.el("div", "nnp-main"), data.element(), network.element(), views.outputColumn());
        figureControls = new FigureControls(this);
        HTMLElement share = new ShareControls(this).element();
        share.appendChild(figureControls.element());
        layout = new FigureLayout(root, new FigureLayout.Parts(run.element(), messages, lesson.element(), main, share,
                new ExportControls(this).element(), announcer.live()), views, lesson, lessonViews, graphPlacement);
        for (String event : new String[] {"pointerenter", "focus", "click", "auxclick", "contextmenu"}) {
            // The link opens the state of the moment: the trained weights too, once there are any.
            layout.openLink().addEventListener(event, evt -> layout.setOpenLink(openAddress(true)));
        }
        applyLinkOptions(initial);
        renderLesson();
        arrange();
        renderControls();
        keys = new KeyboardShortcuts(() -> act(session::togglePlay), () -> act(session::askEpoch), () -> act(session::reset),
                root, documentKeys);
        theme.watch(this::schemeChanged);
    }

    /** The colour scheme shown: the link's choice resolved against the reader's system setting. */
    PageTheme theme() {
        return theme;
    }

    /**
     * The colour scheme shown changed (the system setting, or the theme asked for): everything is
     * drawn again in the new colours, the data set thumbnails (drawn once per render) included.
     */
    private void schemeChanged() {
        renderControls();
        repaint();
    }

    /** Asks for colour scheme {@code value} (the embed element's theme attribute); the link carries it. */
    void setTheme(Theme value) {
        theme.set(value);
        links.publish();
    }

    /** What a frame updates besides the views, in the order the page shows them. */
    private final class FrameParts implements FrameLoop.Parts {
        @Override
        public void update(FrameGuard guard, boolean trained) {
            guard.run("the run bar", run::update);
            guard.run("the lesson", lesson::update);
            guard.run("the lesson's views", () -> lessonViews.frame(trained));
        }

        @Override
        public void pausedOnItsOwn() {
            renderControls(); // show why and update the play button
            announcer.sayWhyPaused();
        }

        @Override
        public void divergenceChanged() {
            alert.render();
        }

        @Override
        public void afterFrame() {
            links.checkTrainedOn(); // trained on: the link's weights no longer describe the network
            String failure = training.newFailureNotice();
            if (failure != null) {
                say(failure);
            }
            showWhere();
        }
    }

    /** Says where the run trains, in the run bar and on the root (see {@link WorkerTraining#showWhere}). */
    private void showWhere() {
        if (training.showWhere(root)) {
            run.update();
        }
    }

    /** Whether the run is on the page, not in a Web Worker. */
    boolean local() {
        return training.local();
    }

    /** Where the run trains, in words for the run bar: "" on the page (see {@link WorkerTraining#where}). */
    String trainingWhere() {
        return training.where();
    }

    /**
     * Whether the run may train in a worker now: not while a lesson's views watch its batches or
     * train variants beside it, frame by frame.
     */
    boolean mayTrainElsewhere() {
        return !lessonViews.watchesTraining();
    }

    /**
     * Runs {@code action} (anything that changes the run) now, or once a run training in the worker
     * is back (see {@link WorkerTraining#whenLocal}).
     */
    void whenLocal(Runnable action) {
        training.whenLocal(action);
        showWhere();
    }

    Session session() {
        return session;
    }

    /** Whether this playground stands in another page (an embed); such a playground keeps nothing in the browser's storage. */
    boolean embedded() {
        return embedded;
    }

    PlaygroundState state() {
        return session.state();
    }

    HTMLElement root() {
        return root;
    }

    /** Opens {@code link}: a new run of its state, its view options, stop epoch, weights and hidden controls. */
    void applyLink(LinkState link) {
        whenLocal(() -> applyLinkHere(link));
    }

    private void applyLinkHere(LinkState link) {
        session.replace(link.state());
        applyLinkOptions(link);
        if (!link.hasWeights()) {
            session.play(); // opening a link replays its run; a trained network waits to be looked at
        }
        renderLesson();
        arrange();
        renderControls();
        changed();
    }

    private void applyLinkOptions(LinkState link) {
        preset = link.preset();
        figure = link.figure();
        hiddenControls = link.hiddenControls();
        views.setViewOptions(link.discretize(), link.showTest(), link.logScale());
        session.setEpochLimit(link.stopEpoch());
        session.setTargetLoss(link.stopLoss());
        theme.set(link.theme());
        session.setSpeed(LinkSpeed.speed(link.speed())); // a lesson about single steps starts slow enough to follow them
        links.forgetWeights();
        if (link.hasWeights()) {
            try {
                session.restore(link.weights(), link.weightsEpoch());
                links.openedWith(link.weights(), link.weightsEpoch());
            } catch (IllegalArgumentException e) {
                say(e.getMessage());
            }
        }
    }

    /**
     * Opens a preset as its link would: its state, its lesson, its speed, training; the layout, views,
     * title and caption stay as they were. Its caption is said once: in the lesson panel, or in the
     * notice for a preset without a panel.
     */
    void openPreset(Preset p) {
        applyLink(LinkState.ofPreset(p).withFigure(figure)); // the author's presentation stays with the page
        say(p.hasLessonPanel() ? null : p.caption());
    }

    /**
     * Opens one of the lesson's fixes or variants and trains it. A fix is watched over whole epochs,
     * so a speed below one epoch per frame (a lesson's slow start) goes back to one epoch per frame.
     */
    void openVariant(PlaygroundState state) {
        whenLocal(() -> openVariantHere(state));
    }

    private void openVariantHere(PlaygroundState state) {
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
                null, 0, hiddenControls, views.logScale(), session.targetLoss(), LinkSpeed.of(session.speed()))
                .withTheme(theme.setting()).withFigure(figure);
    }

    /** How the playground presents itself (its link's {@link Figure}). */
    Figure figure() {
        return figure;
    }

    /** Presents the playground as {@code value} says (the author's title, caption or views changed). */
    void setFigure(Figure value) {
        figure = value;
        arrange();
        renderControls();
        changed();
    }

    /** Lays the playground out as its link asks, and points the figure's link at the state. */
    private void arrange() {
        layout.arrange(figure, embedded, preset.isEmpty() ? null : Presets.byId(preset));
        layout.setOpenLink(openAddress(false));
    }

    /**
     * The address that opens this state in the whole playground (with the trained weights when
     * {@code withWeights} and the network has trained): the playground page beside the embed script
     * (which names it in the root's data-playground-url), beside embed.html, or this page itself.
     */
    private String openAddress(boolean withWeights) {
        String page = root.getAttribute("data-playground-url");
        if (page == null || page.isEmpty()) {
            String address = LinkSync.pageAddress();
            page = embedded ? address.substring(0, address.lastIndexOf('/') + 1) + "index.html" : address;
        }
        LinkState link = withWeights && session.last().epoch() > 0 ? currentLinkWithWeights() : currentLink();
        return page + "#" + LinkCodec.encode(link.withFigure(figure.withLayout(Figure.Layout.AUTO)));
    }

    /**
     * The link the address shows: {@link #currentLink()}, plus the trained weights a link opened with
     * for as long as the network shown still has them, so that copying the address again opens the
     * same trained network.
     */
    LinkState addressLink() {
        return links.addressLink();
    }

    /** The same with the trained weights, so that the link opens this very network. */
    LinkState currentLinkWithWeights() {
        double[] w = session.trainer().network().parameterBuffer();
        session.trainer().network().copyParametersTo(w);
        return currentLink().withWeights(w, session.last().epoch());
    }

    /** The link fragment of the state of the moment (without '#'). */
    String linkFragment() {
        return LinkCodec.encode(currentLink());
    }

    /** Called with the new link fragment whenever it changes. */
    void onLinkChange(Consumer<String> listener) {
        links.listen(listener);
    }

    /**
     * Lets the problem menu offer the sequence and image problems, which {@code opener} opens (given
     * a problem's id) in this playground's place; without one the menu offers only the points.
     */
    void onOpenLab(Consumer<String> opener) {
        openLab = opener;
        renderControls();
    }

    /** The opener of the sequence and image problems, or null. */
    Consumer<String> labOpener() {
        return openLab;
    }

    /** Shows what opening a link had to say: what it ignored or changed. */
    void showNotices(List<String> notices) {
        say(notices.isEmpty() ? null : String.join("\n", notices));
    }

    /** Stops the frame loop and lets go of the element: an embedded instance being removed. */
    void destroy() {
        loop.stop();
        training.close();
        theme.stop();
        session.pause();
        keys.detach();
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
        if (autoplay && !Browser.prefersReducedMotion() && !links.holdsWeights()) {
            session.play();
        }
        loop.start(root);
    }

    /** Applies an edit of the state; a rejected edit leaves everything as it was and says why. */
    void edit(UnaryOperator<PlaygroundState> change) {
        whenLocal(() -> editHere(change));
    }

    private void editHere(UnaryOperator<PlaygroundState> change) {
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

    /** Draws the controls again: something they show changed outside an edit (a message, a panel opened). */
    void refreshControls() {
        renderControls();
        loop.markDirty();
    }

    /** Runs an action on the session (play, step, reset ...) and redraws. */
    void act(Runnable action) {
        announcer.acting(); // the reason of the last pause is old news once people act again
        whenLocal(() -> {
            action.run();
            if (session.last().epoch() == 0) {
                lessonViews.restart();
            }
            renderControls();
            changed();
        });
    }

    /**
     * The state or a view option the link carries may have changed: redraw on the next frame and
     * bring the link up to date.
     */
    void changed() {
        loop.markDirty();
        links.publish();
    }

    /**
     * Only what is drawn changed (a pointer over a view, a tooltip, a resize): redraw on the next
     * frame, leave the link alone.
     */
    void repaint() {
        loop.markDirty();
    }

    /** Shows a message in words (null clears it). */
    void say(String message) {
        announcer.say(message);
    }

    private void renderControls() {
        HTMLElement focused = Dom.document().getActiveElement();
        String key = Dom.contains(root, focused) ? focused.getAttribute("data-key") : null;
        run.render();
        data.render();
        network.render();
        views.renderControls();
        figureControls.render(figure);
        alert.render();
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
}
