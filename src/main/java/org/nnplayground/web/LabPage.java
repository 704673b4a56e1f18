package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.Theme;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.state.lab.DivergenceFix;
import org.nnplayground.core.state.lab.LabLesson;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.view.ViewText;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A playground of sequence or image problems: a recurrent or convolutional network trained live,
 * with the views that show it through time or space. Like {@link PlaygroundPage} it builds its
 * session, controls and views under its root, and is the facade the controls call: {@link #edit} for
 * a change of the state (refused with its sentence when it does not fit, the run kept), {@link #act}
 * for an action on the session. Each frame trains within a budget and repaints the views when the
 * weights changed or something was picked. The link is {@link LabLinks}'.
 *
 * <p>A playing run whose one batch is beyond a frame ({@code WorkerHandOver.worthHandingOver}) is
 * trained in a Web Worker where the page can start one ({@link WorkerTraining}): the frames then
 * only draw what the worker sends, and every action on the run waits until the worker handed the run
 * back, so that it goes on exactly as if the page had trained it.
 */
final class LabPage {
    /** What a frame spends on drawing views while training plays, at most (one view at least; see {@link FramePlan}). */
    static final double PAINT_BUDGET_MS = 4;

    private final HTMLElement root;
    private final LabSession session;
    private final PageTheme theme;
    private final LabControls controls;
    private final HTMLElement notice;
    private final HTMLElement status;
    private final HTMLElement views;
    private final List<LabView> all = new ArrayList<>();
    private final FrameGuard guard = new FrameGuard();
    /** The views as the frame plan draws them: each shows when it has something for the run, and what the weights are. */
    /**
     * The views' work over frames (a large trace in pieces, see {@link LabView#advance}) goes on until
     * this long after the frame began, and for at least {@link #VIEW_WORK_MIN_MS} after training.
     */
    private static final double VIEW_WORK_UNTIL_MS = 10;
    private static final double VIEW_WORK_MIN_MS = 3;
    private final List<FramePlan.View> planned = new ArrayList<>();
    private final FramePlan plan = new FramePlan(Browser::now, PAINT_BUDGET_MS);
    private final FrameBudget budget = new FrameBudget();
    private String shownStatus = "";
    private final Consumer<String> openPoints;
    private Consumer<String> linkListener = f -> { };
    private boolean alive = true;
    private boolean dirty = true;
    private long paintedVersion = -1;
    private int selected;
    /** The temperature the next-character problem's sample is written at (see {@link LabSampleView}). */
    private double temperature;
    private String lastLink = "";
    private final HTMLElement lessonPanel;
    private LabLesson lesson;
    private final KeyboardShortcuts keys;
    /** The reader's images and text kept in the browser's storage, and the offer to restore them. */
    private final LabOwnDataPanel ownData;
    /** Where the run trains: here, or in a worker while it plays and is large. */
    private final WorkerTraining training;
    /** The status the status line and the readout show (metrics finished over paused frames change it alone). */
    private StepResult shownResult;

    /**
     * Builds the playground inside {@code root} from a decoded link; {@code openPoints} opens the
     * points-in-the-plane playground in its place (given the link fragment to open). With
     * {@code documentKeys} the keyboard shortcuts (Space, S, R) work anywhere on the page, else only
     * inside the playground.
     */
    LabPage(HTMLElement root, LabLinks.Decoded link, Consumer<String> openPoints, boolean documentKeys) {
        this.root = root;
        this.openPoints = openPoints;
        this.session = new LabSession(link.state());
        session.setSpeed(link.speed());
        this.training = new WorkerTraining(session, "lab", LabWorkerKind.run(session));
        this.selected = Math.max(0, link.selected());
        this.temperature = link.temperature();
        Dom.clear(root);
        Dom.toggleClass(root, "nnp", true);
        Dom.toggleClass(root, "nnp-lab", true);
        Dom.linkLabStyles(root);
        theme = new PageTheme(root);
        notice = Dom.el("p", "nnp-lab-notice");
        notice.setAttribute("role", "alert");
        Dom.show(notice, false);
        status = Dom.el("p", "nnp-lab-status");
        status.setAttribute("aria-live", "polite");
        lessonPanel = Dom.el("section", "nnp-lab-lesson");
        lessonPanel.setAttribute("aria-label", "Lesson");
        lesson = link.lesson();
        controls = new LabControls(this);
        ownData = new LabOwnDataPanel(this, !documentKeys);
        views = Dom.el("section", "nnp-lab-views");
        views.setAttribute("aria-label", "Views");
        for (LabView v : LabViews.all(this)) {
            all.add(v);
            planned.add(planned(v));
            views.appendChild(v.element());
        }
        Dom.append(root, controls.runBar(), notice, ownData.element(), status, lessonPanel,
                Dom.append(Dom.el("div", "nnp-lab-main"), controls.element(), views));
        showNotices(link.notices());
        theme.watch(this::repaint);
        controls.render();
        renderLesson();
        arrangeViews();
        ownData.update(state());
        keys = new KeyboardShortcuts(() -> act(session::togglePlay), () -> act(session::askEpoch),
                () -> act(session::reset), root, documentKeys);
        Browser.requestFrame(this::frame);
    }

    /** The lesson open, or null. */
    LabLesson lesson() {
        return lesson;
    }

    /** Opens lesson {@code value}: its run from epoch 0, and its caption. */
    void openLesson(LabLesson value) {
        applyLink(LabLinks.decode(LabLinks.of(value)));
    }

    private void renderLesson() {
        Dom.clear(lessonPanel);
        Dom.show(lessonPanel, lesson != null);
        if (lesson != null) {
            lessonPanel.appendChild(Dom.text("h2", null, lesson.title()));
            lessonPanel.appendChild(Dom.text("p", "nnp-lab-caption", lesson.caption()));
        }
    }

    /** The colour scheme shown. */
    PageTheme theme() {
        return theme;
    }

    LabSession session() {
        return session;
    }

    LabState state() {
        return session.state();
    }

    /** The sequence or image the views show (0-based, of the test set when it has any). */
    int selected() {
        return selected;
    }

    /** Picks the sequence or image the views show. */
    void select(int index) {
        selected = Math.max(0, index);
        publish();
        repaint();
    }

    /** The temperature the text sample is written at. */
    double temperature() {
        return temperature;
    }

    /** Sets the temperature the text sample is written at (the caller checks its range); the link follows. */
    void setTemperature(double value) {
        temperature = value;
        publish();
    }

    /** Changes the state; a change that does not fit is refused with its sentence and the run stays as it was. */
    void edit(UnaryOperator<LabState> change) {
        training.whenLocal(() -> editHere(change));
        comingBack();
    }

    private void editHere(UnaryOperator<LabState> change) {
        LabState next;
        try {
            next = change.apply(session.state());
            session.apply(next);
        } catch (IllegalArgumentException e) {
            showNotice(e.getMessage());
            controls.render();
            return;
        }
        showNotice(null);
        rebuilt();
    }

    /** Runs an action on the session (play, step, reset, ...), then shows its effect. */
    void act(Runnable action) {
        whenLocal(() -> {
            action.run();
            controls.renderRun();
            publish();
            repaint();
        });
    }

    /**
     * Runs {@code action} (anything that changes the run) now, or once a run training in the worker
     * is back (see {@code WorkerHandOver.whenLocal}).
     */
    void whenLocal(Runnable action) {
        training.whenLocal(action);
        comingBack();
    }

    /** Whether the run is on the page, not in a Web Worker. */
    boolean local() {
        return training.local();
    }

    /** Shows at once that the run is being taken back from the worker. */
    private void comingBack() {
        if (!training.local()) {
            showStatus();
        }
    }

    /** A new seed: new data and initial weights. */
    void regenerate() {
        whenLocal(() -> {
            session.regenerate();
            rebuilt();
        });
    }

    /** Opens the points-in-the-plane playground in this one's place. */
    void openPoints() {
        openPoints.accept("");
    }

    /** Opens a sequence or image problem from its start. */
    void openProblem(String id) {
        whenLocal(() -> openProblemHere(id));
    }

    private void openProblemHere(String id) {
        LabState start = LabState.defaultFor(id, state().model().seed());
        if (start != null) {
            boolean wasPlaying = session.playing();
            session.replace(start);
            lesson = null;
            if (wasPlaying) {
                session.play();
            }
            selected = 0;
            showNotice(null);
            rebuilt();
        }
    }

    /** Opens {@code link} (a decoded sequence or image link) in place of the current run. */
    void applyLink(LabLinks.Decoded link) {
        whenLocal(() -> applyLinkHere(link));
    }

    private void applyLinkHere(LabLinks.Decoded link) {
        session.replace(link.state());
        session.setSpeed(link.speed());
        selected = Math.max(0, link.selected());
        temperature = link.temperature();
        lesson = link.lesson();
        showNotices(link.notices());
        rebuilt();
    }

    private void rebuilt() {
        for (LabView v : all) {
            v.rebuilt(session);
        }
        ownData.update(session.state());
        controls.render();
        renderLesson();
        arrangeViews();
        publish();
        repaint();
    }

    private void arrangeViews() {
        for (LabView v : all) {
            Dom.show(v.element(), v.shows(session));
        }
    }

    /** Paints every view again on the next frame. */
    void repaint() {
        dirty = true;
    }

    /** Paints every view again over the next frames, within their drawing budget (see {@link FramePlan}). */
    void repaintSoon() {
        plan.paintSoon();
    }

    void showNotices(List<String> notices) {
        showNotice(notices.isEmpty() ? null : String.join(" ", notices));
    }

    /** Shows {@code text} above the views, or hides the notice for null. */
    void showNotice(String text) {
        notice.setTextContent(text == null ? "" : text);
        Dom.show(notice, text != null);
    }

    /** The link of the run as it is. */
    String link() {
        return LabLinks.encode(session.state(), session.speed(), selected, lesson, temperature);
    }

    /** Tells {@code listener} the link after every change. */
    void onLinkChange(Consumer<String> listener) {
        linkListener = listener;
        publish();
    }

    private void publish() {
        String link = link();
        if (!link.equals(lastLink)) {
            lastLink = link;
            linkListener.accept(link);
        }
    }

    /** Sets the speed. */
    void setSpeed(Speed speed) {
        whenLocal(() -> {
            session.setSpeed(speed);
            publish();
        });
    }

    private void frame(double time) {
        if (!alive) {
            return;
        }
        double frameStart = Browser.now();
        boolean wasPlaying = session.playing();
        if (training.beforeFrame()) {
            guard.run("training", () -> session.frame(Browser::now, budget.training()));
        }
        String failure = training.newFailureNotice();
        if (failure != null) {
            showNotice(failure);
            controls.renderRun();
        }
        if (dirty || session.weightsVersion() != paintedVersion || session.last() != shownResult) {
            shownResult = session.last();
            if (dirty) {
                plan.paintAll();
            }
            dirty = false;
            paintedVersion = session.weightsVersion();
            showStatus();
            controls.renderReadout();
        }
        double workUntil = Math.max(Browser.now() + VIEW_WORK_MIN_MS, frameStart + VIEW_WORK_UNTIL_MS);
        for (LabView v : all) {
            if (v.shows(session)) {
                guard.run(v.name(), () -> v.advance(session, Browser::now, workUntil));
            }
        }
        if (plan.paint(planned, (what, paint) -> guard.run(what, paint::run))) {
            paintedVersion = session.weightsVersion();
        }
        budget.drew(plan.lastPaintMs());
        training.frameTook(Browser.now() - frameStart);
        if (wasPlaying && !session.playing()) {
            controls.renderRun();
            if (session.last().diverged()) {
                DivergenceFix fix = DivergenceFix.of(session);
                showNotice("Training diverged: the loss grew out of bounds, and the weights went back to epoch "
                        + session.last().epoch() + ". " + LabControls.divergenceAdvice(fix));
                if (fix != null) {
                    notice.appendChild(Dom.button("lab-fix", fix.label(), "Apply the fix and train on", "nnp-lab-fix", () -> {
                        edit(fix::apply);
                        act(session::play);
                    }));
                }
            }
        }
        Browser.requestFrame(this::frame);
    }

    /** The status line: where the run stands, and where it trains. */
    private void showStatus() {
        String where = training.where();
        String text = ViewText.status(session.last(), session.playing()) + (where.isEmpty() ? "" : " (" + where + ")");
        if (!text.equals(shownStatus)) {
            shownStatus = text;
            status.setTextContent(text);
        }
        training.showWhere(root);
    }

    /** {@code v} as the frame plan draws it: again whenever the session's weights changed. */
    private FramePlan.View planned(LabView v) {
        return new FramePlan.View() {
            @Override
            public boolean shows() {
                return v.shows(session);
            }

            @Override
            public long content() {
                return v.content(session);
            }

            @Override
            public void paint() {
                v.paint(session);
            }

            @Override
            public String name() {
                return v.name();
            }
        };
    }

    /** Asks for colour scheme {@code value} (the embed element's theme attribute). */
    void setTheme(Theme value) {
        theme.set(value);
        repaint();
    }

    /** Starts training unless the reader prefers reduced motion. */
    void start(boolean autoplay) {
        if (autoplay && !Browser.prefersReducedMotion()) {
            session.play();
            controls.renderRun();
        }
    }

    void destroy() {
        alive = false;
        training.close();
        keys.detach();
        theme.stop();
        session.pause();
        Dom.clear(root);
        Dom.toggleClass(root, "nnp-lab", false);
    }
}
