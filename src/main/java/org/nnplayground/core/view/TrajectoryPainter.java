package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.teach.StepTrajectory;

/**
 * Paints the steps of one epoch of a one-node model ({@link StepTrajectory}): the loss of each
 * step and the weight w after it, against the step number, on one log axis. A log axis because a
 * diverging run is the point of the view: the weight and the loss grow by orders of magnitude in a
 * few steps, and a linear axis would flatten everything before the last step to a line at zero.
 * The weight is drawn as its size |w| (a log axis has no room for signs): a filled dot where w is
 * positive, a hollow one where it is negative, so that the overshooting back and forth shows. The
 * step where training diverged has its loss marked with a cross; its weight was never taken.
 */
public final class TrajectoryPainter {
    /** The colour of the loss of each step. */
    static int loss(Palette p) {
        return p.negative();
    }

    /** The colour of |w| after each step. */
    static int weight(Palette p) {
        return p.positive();
    }
    static final double FONT = 10;
    static final double DOT = 2.5;
    private static final double MARGIN = 6;
    private static final double KEY_ROW = 16;

    private final PlotFrame frame = new PlotFrame();
    private final NiceTicks xTicks = new NiceTicks();
    private final LossAxis yAxis = new LossAxis();
    private final GappedLine line = new GappedLine();

    /** Paints the whole surface: the stored steps of {@code t}, with {@code title} above the plot. */
    public void paint(DrawSurface s, StepTrajectory t, String title) {
        s.clear();
        int n = t.stored();
        yAxis.begin(true);
        for (int k = 0; k <= n; k++) {
            yAxis.include(Math.abs(t.weight(k)));
            if (k > 0) {
                yAxis.include(t.loss(k));
            }
        }
        double top = paintKey(s, t, title, false) + 4;
        double bottom = s.height() - MARGIN - AxisPainter.X_LABEL_SPACE;
        yAxis.ticks(Math.max(8, bottom - top));
        s.setFont(FONT, false);
        double left = MARGIN + yAxis.widestLabel(s) + AxisPainter.TICK + 4;
        double right = s.width() - MARGIN - 4;
        double xMax = Math.max(1, n);
        frame.place(left, top, Math.max(8, right - left), Math.max(8, bottom - top))
                .range(0, xMax, yAxis.min(), yAxis.max());
        paintKey(s, t, title, true);
        AxisPainter.border(s, frame);
        xTicks.within(0, xMax, AxisPainter.tickBudget(frame.width(), 40));
        if (xTicks.step() < 1) {
            xTicks.within(0, xMax, Math.max(1, (int) xMax)); // steps are whole numbers
        }
        AxisPainter.xAxis(s, frame, xTicks, true);
        yAxis.paint(s, frame);
        if (n == 0) {
            s.setFont(12, false);
            s.setFill(s.palette().mutedText());
            s.fillText("No step yet", frame.left() + frame.width() / 2, frame.top() + frame.height() / 2, 0);
            return;
        }
        s.save();
        s.clipRect(frame.left() - DivergenceMark.SIZE, frame.top() - DivergenceMark.SIZE,
                frame.width() + 2 * DivergenceMark.SIZE, frame.height() + 2 * DivergenceMark.SIZE);
        paintLoss(s, t, n);
        paintWeight(s, t, n);
        s.restore();
    }

    /** The plot rectangle and ranges of the last paint (y in log10 units). */
    public PlotFrame frame() {
        return frame;
    }

    /**
     * Lays out the title and the key (wrapping into rows on a narrow surface) and, when
     * {@code draw}, draws them; returns where they end.
     */
    private static double paintKey(DrawSurface s, StepTrajectory t, String title, boolean draw) {
        if (draw) {
            s.setFont(FONT + 1, true);
            s.setFill(s.palette().text());
            s.fillText(title, MARGIN, MARGIN + KEY_ROW / 2, -1);
        }
        s.setFont(FONT, false);
        double[] at = {MARGIN, MARGIN + KEY_ROW * 1.5};
        keyEntry(s, at, loss(s.palette()), "loss of the step", false, draw);
        keyEntry(s, at, weight(s.palette()), "|w| after it (hollow: w < 0)", false, draw);
        if (t.diverged()) {
            keyEntry(s, at, loss(s.palette()), "diverged", true, draw);
        }
        return at[1] + KEY_ROW / 2;
    }

    /** One key entry at {@code at} (x, y), moved to a new row when it does not fit; moves {@code at} on. */
    private static void keyEntry(DrawSurface s, double[] at, int colour, String text, boolean crossed, boolean draw) {
        double width = 18 + s.textWidth(text);
        if (at[0] > MARGIN && at[0] + width > s.width() - MARGIN) {
            at[0] = MARGIN;
            at[1] += KEY_ROW;
        }
        double x = at[0];
        double y = at[1];
        if (draw) {
            if (crossed) {
                DivergenceMark.draw(s, x + 7, y, colour);
            } else {
                s.setStroke(colour);
                s.setLineWidth(2);
                s.setDash(0);
                s.beginPath();
                s.moveTo(x, y);
                s.lineTo(x + 14, y);
                s.stroke();
            }
            s.setFill(crossed ? s.palette().mutedText() : s.palette().text());
            s.fillText(text, x + 18, y, -1);
        }
        at[0] = x + width + 12;
    }

    private void paintLoss(DrawSurface s, StepTrajectory t, int n) {
        s.setStroke(loss(s.palette()));
        s.setLineWidth(1.5);
        s.setDash(0);
        line.begin(s);
        for (int k = 1; k <= n; k++) {
            line.point(frame.px(k), plotY(t.loss(k)));
        }
        line.stroke();
        if (t.diverged() && line.hasLast()) {
            DivergenceMark.draw(s, line.lastX(), line.lastY(), loss(s.palette()));
        }
    }

    private void paintWeight(DrawSurface s, StepTrajectory t, int n) {
        s.setStroke(weight(s.palette()));
        s.setLineWidth(1.5);
        s.setDash(0);
        line.begin(s);
        for (int k = 0; k <= n; k++) {
            line.point(frame.px(k), plotY(Math.abs(t.weight(k))));
        }
        line.stroke();
        s.setFill(weight(s.palette()));
        s.beginPath();
        for (int k = 0; k <= n; k++) {
            double y = plotY(Math.abs(t.weight(k)));
            if (!Doubles.isNaN(y) && t.weight(k) >= 0) {
                s.circle(frame.px(k), y, DOT);
            }
        }
        s.fill();
        s.setFill(s.palette().background());
        s.setLineWidth(1.2);
        s.beginPath();
        for (int k = 0; k <= n; k++) {
            double y = plotY(Math.abs(t.weight(k)));
            if (!Doubles.isNaN(y) && t.weight(k) < 0) {
                s.circle(frame.px(k), y, DOT);
            }
        }
        s.fill();
        s.stroke();
    }

    /** Pixel y of a positive value on the log axis, or NaN when it cannot be plotted. */
    private double plotY(double v) {
        double a = yAxis.toAxis(v);
        return Doubles.isNaN(a) ? Double.NaN : frame.pyClamped(a, frame.height());
    }
}
