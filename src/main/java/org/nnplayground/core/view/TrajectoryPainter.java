package org.nnplayground.core.view;

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
    static final int LOSS = Colors.NEGATIVE;
    static final int WEIGHT = Colors.POSITIVE;
    static final double FONT = 10;
    static final double DOT = 2.5;
    private static final double MARGIN = 6;
    private static final double KEY_ROW = 16;
    private static final double CROSS = 4;

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
        double top = MARGIN + 2 * KEY_ROW;
        double bottom = s.height() - MARGIN - AxisPainter.X_LABEL_SPACE;
        yAxis.ticks(Math.max(8, bottom - top));
        s.setFont(FONT, false);
        double left = MARGIN + yAxis.widestLabel(s) + AxisPainter.TICK + 4;
        double right = s.width() - MARGIN - 4;
        double xMax = Math.max(1, n);
        frame.place(left, top, Math.max(8, right - left), Math.max(8, bottom - top))
                .range(0, xMax, yAxis.min(), yAxis.max());
        paintKey(s, t, title);
        AxisPainter.border(s, frame);
        xTicks.within(0, xMax, AxisPainter.tickBudget(frame.width(), 40));
        if (xTicks.step() < 1) {
            xTicks.within(0, xMax, Math.max(1, (int) xMax)); // steps are whole numbers
        }
        AxisPainter.xAxis(s, frame, xTicks, true);
        yAxis.paint(s, frame);
        if (n == 0) {
            s.setFont(12, false);
            s.setFill(Colors.MUTED_TEXT);
            s.fillText("No step yet", frame.left() + frame.width() / 2, frame.top() + frame.height() / 2, 0);
            return;
        }
        s.save();
        s.clipRect(frame.left() - CROSS, frame.top() - CROSS, frame.width() + 2 * CROSS, frame.height() + 2 * CROSS);
        paintLoss(s, t, n);
        paintWeight(s, t, n);
        s.restore();
    }

    /** The plot rectangle and ranges of the last paint (y in log10 units). */
    public PlotFrame frame() {
        return frame;
    }

    private void paintKey(DrawSurface s, StepTrajectory t, String title) {
        s.setFont(FONT + 1, true);
        s.setFill(Colors.TEXT);
        s.fillText(title, MARGIN, MARGIN + KEY_ROW / 2, -1);
        s.setFont(FONT, false);
        double y = MARGIN + KEY_ROW * 1.5;
        double x = MARGIN;
        x = keyEntry(s, x, y, LOSS, "loss of the step");
        x = keyEntry(s, x, y, WEIGHT, "|w| after it (hollow: w < 0)");
        if (t.diverged()) {
            cross(s, x + 4, y, LOSS);
            s.setFill(Colors.MUTED_TEXT);
            s.fillText("diverged", x + 12, y, -1);
        }
    }

    private static double keyEntry(DrawSurface s, double x, double y, int colour, String text) {
        s.setStroke(colour);
        s.setLineWidth(2);
        s.setDash(0);
        s.beginPath();
        s.moveTo(x, y);
        s.lineTo(x + 14, y);
        s.stroke();
        s.setFill(Colors.TEXT);
        s.fillText(text, x + 18, y, -1);
        return x + 18 + s.textWidth(text) + 12;
    }

    private void paintLoss(DrawSurface s, StepTrajectory t, int n) {
        s.setStroke(LOSS);
        s.setLineWidth(1.5);
        s.setDash(0);
        line.begin(s);
        for (int k = 1; k <= n; k++) {
            line.point(frame.px(k), plotY(t.loss(k)));
        }
        line.stroke();
        if (t.diverged() && line.hasLast()) {
            cross(s, line.lastX(), line.lastY(), LOSS);
        }
    }

    private void paintWeight(DrawSurface s, StepTrajectory t, int n) {
        s.setStroke(WEIGHT);
        s.setLineWidth(1.5);
        s.setDash(0);
        line.begin(s);
        for (int k = 0; k <= n; k++) {
            line.point(frame.px(k), plotY(Math.abs(t.weight(k))));
        }
        line.stroke();
        s.setFill(WEIGHT);
        s.beginPath();
        for (int k = 0; k <= n; k++) {
            double y = plotY(Math.abs(t.weight(k)));
            if (y == y && t.weight(k) >= 0) {
                s.circle(frame.px(k), y, DOT);
            }
        }
        s.fill();
        s.setFill(Colors.WHITE);
        s.setLineWidth(1.2);
        s.beginPath();
        for (int k = 0; k <= n; k++) {
            double y = plotY(Math.abs(t.weight(k)));
            if (y == y && t.weight(k) < 0) {
                s.circle(frame.px(k), y, DOT);
            }
        }
        s.fill();
        s.stroke();
    }

    /** Pixel y of a positive value on the log axis, or NaN when it cannot be plotted. */
    private double plotY(double v) {
        double a = yAxis.toAxis(v);
        return a != a ? Double.NaN : frame.pyClamped(a, frame.height());
    }

    private static void cross(DrawSurface s, double x, double y, int colour) {
        for (int pass = 0; pass < 2; pass++) {
            s.setStroke(pass == 0 ? Colors.WHITE : colour);
            s.setLineWidth(pass == 0 ? 4 : 2);
            s.beginPath();
            s.moveTo(x - CROSS, y - CROSS);
            s.lineTo(x + CROSS, y + CROSS);
            s.moveTo(x - CROSS, y + CROSS);
            s.lineTo(x + CROSS, y - CROSS);
            s.stroke();
        }
    }
}
