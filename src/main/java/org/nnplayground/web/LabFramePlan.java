package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.state.lab.LabSession;

/**
 * How one frame of the sequence and image playground shares its 16.7 ms (60 frames per second)
 * between training and drawing, so that the frame ends in time with the browser's own work (style,
 * layout, raster) still to come.
 *
 * <p>Drawing: after something was picked or done (a click, a key, an edit: {@link #paintAll}) every
 * view is drawn in that frame, so the answer shows at once. While training plays, each view is drawn
 * again only when it shows older weights than the session's, in turn, and only until the frame's
 * {@link #PAINT_BUDGET_MS} is spent (one view at least): a network whose views take longer than
 * that to draw has them brought up to date over a few frames, not all in every frame.
 *
 * <p>Training: what is left of the frame after the browser's share and the drawing (the time views
 * took lately), see {@link FrameBudget}.
 */
final class LabFramePlan {
    /** What a frame spends on drawing views while training plays, at most (one view at least). */
    static final double PAINT_BUDGET_MS = 4;

    private long[] painted = new long[0];
    private int next;
    private boolean all = true;
    private boolean stale;
    private final FrameBudget budget = new FrameBudget();

    /** Draw every view in the next frame (something was picked or done). */
    void paintAll() {
        all = true;
    }

    /** Draw every view again, in turn within the budget (what they show is being brought up to date). */
    void paintSoon() {
        stale = true;
    }

    /** The time this frame may train for, in ms. */
    double trainingBudget() {
        return budget.training();
    }

    /** Draws what this frame should of {@code views}; returns whether any view was drawn. */
    boolean paint(List<LabView> views, LabSession session, FrameGuard guard) {
        if (painted.length != views.size()) {
            painted = new long[views.size()];
            all = true;
        }
        if (stale) {
            stale = false;
            java.util.Arrays.fill(painted, Long.MIN_VALUE);
        }
        long version = session.weightsVersion();
        double start = Browser.now();
        boolean any = false;
        if (all) {
            all = false;
            for (int i = 0; i < views.size(); i++) {
                any |= paintOne(views, i, session, version, guard);
            }
            next = 0;
        } else {
            int n = views.size();
            for (int k = 0; k < n; k++) {
                int i = (next + k) % n;
                if (painted[i] == version || !views.get(i).shows(session)) {
                    continue;
                }
                any |= paintOne(views, i, session, version, guard);
                next = (i + 1) % n;
                if (Browser.now() - start >= PAINT_BUDGET_MS) {
                    break;
                }
            }
        }
        budget.drew(Browser.now() - start);
        return any;
    }

    private boolean paintOne(List<LabView> views, int i, LabSession session, long version, FrameGuard guard) {
        LabView v = views.get(i);
        painted[i] = version;
        if (!v.shows(session)) {
            return false;
        }
        guard.run(v.getClass().getSimpleName(), () -> v.paint(session));
        return true;
    }
}
