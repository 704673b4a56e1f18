package org.nnplayground.core.view.lab;

import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.NiceTicks;
import org.nnplayground.core.view.PlotFrame;

/**
 * The frame, ticks and labels the sequence plots share (steps along x, values along y), drawn as the
 * points' plots draw theirs: a thin frame in the grid colour, quiet tick labels, optional grid lines.
 */
final class StepAxes {
    /** Font size of tick labels, in CSS pixels. */
    static final double FONT = 10;
    /** Length of a tick mark. */
    static final double TICK = 3;
    /** Room below a frame for the x labels. */
    static final double X_LABEL_SPACE = TICK + FONT + 4;

    private StepAxes() {
    }

    /** The thin frame around the plot. */
    static void border(DrawSurface s, PlotFrame f) {
        s.setDash(0);
        s.setLineWidth(1);
        s.setStroke(s.palette().grid());
        s.strokeRect(f.left() + 0.5, f.top() + 0.5, f.width() - 1, f.height() - 1);
    }

    /** Step ticks (1-based labels) along the bottom for steps {@code 1 .. steps} drawn at x = step. */
    static void steps(DrawSurface s, PlotFrame f, NiceTicks ticks, boolean gridLines) {
        ticks.within(Math.max(1, f.xMin()), f.xMax(), Math.max(2, (int) (f.width() / 48)));
        s.setFont(FONT, false);
        for (int i = 0; i < ticks.count(); i++) {
            double v = ticks.value(i);
            if (v >= f.xMin() - 1e-9 && v <= f.xMax() + 1e-9) {
                double x = Math.round(f.px(v)) + 0.5;
                s.setDash(0);
                s.setLineWidth(1);
                s.setStroke(s.palette().grid());
                s.beginPath();
                s.moveTo(x, gridLines ? f.top() : f.bottom());
                s.lineTo(x, f.bottom() + TICK);
                s.stroke();
                s.setFill(s.palette().mutedText());
                s.fillText(ticks.label(i), f.px(v), f.bottom() + TICK + 2 + FONT / 2, 0);
            }
        }
    }

    /** One y tick at pixel {@code py} with its label, and a grid line across when asked. */
    static void yTick(DrawSurface s, PlotFrame f, double py, String label, boolean gridLine) {
        double y = Math.round(py) + 0.5;
        s.setDash(0);
        s.setLineWidth(1);
        s.setStroke(s.palette().grid());
        s.beginPath();
        s.moveTo(f.left() - TICK, y);
        s.lineTo(gridLine ? f.right() : f.left(), y);
        s.stroke();
        s.setFont(FONT, false);
        s.setFill(s.palette().mutedText());
        s.fillText(label, f.left() - TICK - 2, py, 1);
    }
}
