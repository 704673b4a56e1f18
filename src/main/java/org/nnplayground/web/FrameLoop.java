package org.nnplayground.web;

import org.nnplayground.core.state.Session;

/**
 * The playground's frame loop: each animation frame trains for a bounded time (while playing and on
 * screen) and then paints what needs painting: after training, after a change or a repaint was
 * asked for, or while the pictures are still being refined. A frame with nothing new paints nothing.
 * Which views a frame draws is its {@link FramePlan}'s choice: all of them after a change or a
 * repaint was asked for (a pause among them) and in the frame where training stops; otherwise,
 * whether training runs or the pictures of a
 * still network are being refined over frames, those with something new, in turn within
 * {@link #PAINT_BUDGET_MS}. At 16 layers of 256 on 10,000 points, drawing every view in every
 * frame of a refining still picture held the page near 11 frames per second.
 * Each piece of a frame's painting runs under a {@link FrameGuard}, so a failing view cannot end the loop.
 */
final class FrameLoop {
    /**
     * What a frame spends on drawing the views while training plays (one view at least; see
     * {@link FramePlan}). Less than the sequence page's: on this page most of a view's cost comes
     * after the frame's callback, when the browser plays its canvas drawing back for the compositor
     * (the network graph's dozens of neuron pictures most), which the callback's clock does not see.
     */
    static final double PAINT_BUDGET_MS = 2;

    /** The parts a frame updates, besides the views. */
    interface Parts {
        /** Updates the run bar, the lesson panel and the lesson's views; {@code trained} when this frame trained. */
        void update(FrameGuard guard, boolean trained);

        /** Training paused on its own this frame: update the controls and say why. */
        void pausedOnItsOwn();

        /** The session diverged or recovered this frame. */
        void divergenceChanged();

        /** Work once per frame on screen, after painting (the address dropping stale weights, where the run trains). */
        void afterFrame();
    }

    private final Session session;
    private final WorkerTraining training;
    private final Views views;
    private final Announcer announcer;
    private final Parts parts;
    private final FrameGuard guard = new FrameGuard();
    /**
     * How far the plan spaces out a slow view (see {@link FramePlan}): one that takes t ms is drawn
     * again for new content at most every {@value} t ms, so it takes at most an eighth of the time.
     */
    static final double SPACING = 8;

    private final FramePlan plan = new FramePlan(Browser::now, PAINT_BUDGET_MS, SPACING);
    private final FramePlan.Runner runner = (what, paint) -> guard.run(what, paint::run);
    private boolean alive = true;
    private boolean dirty = true;
    private boolean onScreen = true;
    private double firstFrameAt = -1;
    /** The session's count of pauses on its own that the page has shown (see {@link Session#pausesOnItsOwn}). */
    private int shownPauses;

    /** The loop of {@code session}'s page, whose run a frame trains unless {@code training} has it in a worker. */
    FrameLoop(Session session, WorkerTraining training, Views views, Announcer announcer, Parts parts) {
        this.session = session;
        this.training = training;
        this.views = views;
        this.announcer = announcer;
        this.parts = parts;
    }

    /** Starts the loop; it pauses its work while {@code root} is off screen. */
    void start(org.teavm.jso.dom.html.HTMLElement root) {
        Browser.onVisibility(root, visible -> onScreen = visible);
        Browser.requestFrame(this::frame);
    }

    /** Paints again on the next frame. */
    void markDirty() {
        dirty = true;
    }

    /** Ends the loop for good. */
    void stop() {
        alive = false;
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
        if (!onScreen) {
            return;
        }
        double start = Browser.now();
        boolean here = training.beforeFrame();
        boolean trained = session.playing() || session.stepping(); // a step by hand spread over frames trains too
        if (here) {
            session.frame(Browser::now, PlaygroundPage.TRAINING_BUDGET_MS);
        }
        // Paused on its own in this frame, or in the worker since the last (the run came back stopped).
        boolean pausedOnItsOwn = session.pausesOnItsOwn() != shownPauses;
        shownPauses = session.pausesOnItsOwn();
        if (trained || dirty || pausedOnItsOwn || views.refining() || plan.deferred()) {
            if (dirty || pausedOnItsOwn || trained && !(session.playing() || session.stepping())) {
                plan.paintAll(); // the answer to an input, or the last frame of training: every view now
            }
            guard.run("the views", () -> views.paint(plan, runner));
            parts.update(guard, trained);
            if (pausedOnItsOwn) {
                parts.pausedOnItsOwn();
            }
            dirty = false;
            announcer.announce(trained);
        }
        if (session.last().diverged() != wasDiverged) {
            parts.divergenceChanged();
        }
        parts.afterFrame();
        training.frameTook(Browser.now() - start);
    }
}
