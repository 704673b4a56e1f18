package org.nnplayground.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Which views one frame draws, so that drawing takes its share of the frame (16.7 ms at 60 frames
 * per second) and no more, on both playgrounds: the points page ({@link FrameLoop}) and the
 * sequence and image page ({@link LabPage}).
 *
 * <p>After something was picked or done (a click, a key, an edit, a pause: {@link #paintAll}) every
 * view that shows is drawn in that frame, so the answer shows at once. Otherwise, while training
 * plays, a view is drawn only when what it shows changed since it was last drawn (its
 * {@link View#content()} stamp), in turn starting after the last view drawn, and only while the
 * frame's drawing budget allows: a view is begun when its expected time (the time it took lately)
 * still fits in what is left, and the first view of a frame is always drawn. A view that does not
 * fit ends the frame's drawing and is the first of the next one, so every view that has something
 * new is drawn within as many frames as there are views: late by a few frames, never skipped.
 *
 * <p>A plan may also space out its slow views: with a spacing of k, a view whose last drawing took
 * t ms, more than the whole drawing budget, is not drawn again for new content within k t ms of it (an input's {@link #paintAll} still draws it at once), so that it takes at most about
 * 1 / k of the time.
 * The points page's network graph at 16 layers of 256 takes about 15 ms to draw while its weights
 * change; drawn in every turn it held training frames near 25 per second.
 *
 * <p>Pure logic with its clock given, so that its choices are tested on the JVM.
 */
final class FramePlan {
    /** One view a frame may draw. */
    interface View {
        /** Whether the view has something to show (a hidden view is never drawn). */
        boolean shows();

        /**
         * A stamp of what the view would show now: while training plays the view is drawn again only
         * when this differs from the stamp of its last drawing.
         */
        long content();

        /** Draws the view. */
        void paint();

        /** The view's name, for the error a failing paint reports. */
        String name();
    }

    /** A view that always shows, made of its name, its stamp ({@link View#content()}) and its paint. */
    static View view(String name, LongSupplier content, Runnable paint) {
        return new View() {
            @Override
            public boolean shows() {
                return true;
            }

            @Override
            public long content() {
                return content.getAsLong();
            }

            @Override
            public void paint() {
                paint.run();
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    /** Runs one view's paint (the page's {@link FrameGuard}, so that a failing view stops nothing else). */
    interface Runner {
        void run(String what, Runnable paint);
    }

    /** How much of its expected time a view keeps when it drew faster than that (the rest is its latest time). */
    private static final double KEEP = 0.7;

    private final DoubleSupplier clock;
    private final double budgetMs;
    private final double spacing;
    private long[] painted = new long[0];
    private boolean[] drawn = new boolean[0];
    private double[] expectedMs = new double[0];
    /**
     * When each view's last drawing began, by the clock, and how long it took: the spacing follows
     * the latest drawing, so that one slow paint (a new network's first whole picture) spaces out
     * only the next one.
     */
    private double[] drawnAt = new double[0];
    private double[] latestMs = new double[0];
    /** Whether the last paint left a view with something new undrawn (for the budget or its spacing). */
    private boolean deferred;
    private int next;
    private boolean all = true;
    private boolean stale;
    private double lastMs;
    private int lastCount;
    /** The view being drawn now, or -1 between paints. */
    private int painting = -1;

    /** A plan that spends at most about {@code budgetMs} a frame on drawing while training plays. */
    FramePlan(DoubleSupplier clock, double budgetMs) {
        this(clock, budgetMs, 0);
    }

    /** A plan that also spaces out slow views by {@code spacing} times their drawing time (see above). */
    FramePlan(DoubleSupplier clock, double budgetMs, double spacing) {
        this.clock = clock;
        this.budgetMs = budgetMs;
        this.spacing = spacing;
    }

    /**
     * Whether the last {@link #paint} left a view with something new undrawn, for the frame's
     * budget or the view's spacing: the page must go on painting frames for it even when nothing
     * else changes (the last frame of a run that stopped on its own, say).
     */
    boolean deferred() {
        return deferred;
    }

    /** Draw every view in the next frame (something was picked or done). */
    void paintAll() {
        all = true;
    }

    /**
     * Draw again, in turn within the budget, what is being brought up to date over several frames
     * (a confusion matrix counted over paints): asked from within a view's paint, that view alone
     * (the others are not redrawn for it: at the image page's limits, redrawing every view on each
     * turn of a matrix counted for minutes held most frames); asked from elsewhere, every view.
     */
    void paintSoon() {
        if (painting >= 0) {
            drawn[painting] = false;
        } else {
            stale = true;
        }
    }

    /** Whether the next {@link #paint} draws every view whatever its stamp. */
    boolean paintsAll() {
        return all;
    }

    /** What the last {@link #paint} spent drawing, in ms (0 when it drew nothing). */
    double lastPaintMs() {
        return lastMs;
    }

    /** How many views the last {@link #paint} drew. */
    int lastPaintCount() {
        return lastCount;
    }

    /** Draws what this frame should of {@code views}; returns whether any view was drawn. */
    boolean paint(List<? extends View> views, Runner runner) {
        return paint(views, runner, true);
    }

    /**
     * Draws what this frame should of {@code views}, spacing out slow views only when
     * {@code spaceOut} (while training plays; a still picture being refined is not held back by
     * the slow first drawing of a new network); returns whether any view was drawn.
     */
    boolean paint(List<? extends View> views, Runner runner, boolean spaceOut) {
        int n = views.size();
        if (painted.length != n) {
            painted = new long[n];
            drawn = new boolean[n];
            expectedMs = new double[n];
            drawnAt = new double[n];
            latestMs = new double[n];
            Arrays.fill(drawnAt, Double.NEGATIVE_INFINITY);
            next = 0;
            all = true;
        }
        if (stale) {
            stale = false;
            Arrays.fill(drawn, false);
        }
        double start = clock.getAsDouble();
        int count = 0;
        deferred = false;
        if (all) {
            all = false;
            for (int i = 0; i < n; i++) {
                count += draw(views.get(i), i, runner) ? 1 : 0;
            }
            next = 0;
        } else {
            int first = next;
            for (int k = 0; k < n; k++) {
                int i = (first + k) % n;
                View v = views.get(i);
                if (!v.shows() || drawn[i] && painted[i] == v.content()) {
                    continue;
                }
                if (spaceOut && latestMs[i] > budgetMs && clock.getAsDouble() - drawnAt[i] < spacing * latestMs[i]) {
                    deferred = true; // drawn too lately for what it costs: a later frame draws it
                    continue;
                }
                if (count > 0 && clock.getAsDouble() - start + expectedMs[i] > budgetMs) {
                    next = i; // the first of the next frame
                    deferred = true;
                    break;
                }
                draw(v, i, runner);
                count++;
                next = (i + 1) % n;
            }
        }
        lastMs = count == 0 ? 0 : clock.getAsDouble() - start;
        lastCount = count;
        return count > 0;
    }

    private boolean draw(View v, int i, Runner runner) {
        if (!v.shows()) {
            return false;
        }
        painted[i] = v.content();
        drawn[i] = true;
        double begin = clock.getAsDouble();
        drawnAt[i] = begin;
        painting = i;
        try {
            runner.run(v.name(), v::paint);
        } finally {
            painting = -1;
        }
        double ms = Math.max(0, clock.getAsDouble() - begin);
        latestMs[i] = ms;
        // A slower drawing counts at once, a faster one little by little: a view is not begun on
        // the strength of one lucky frame.
        expectedMs[i] = ms >= expectedMs[i] ? ms : KEEP * expectedMs[i] + (1 - KEEP) * ms;
        return true;
    }
}
