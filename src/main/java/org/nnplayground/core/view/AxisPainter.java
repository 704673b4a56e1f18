package org.nnplayground.core.view;

/**
 * Draws the frame, tick marks, tick labels and optional grid lines of a {@link PlotFrame}: the
 * axes shared by the output view and the loss chart, so that both look alike.
 */
final class AxisPainter {
    /** Font size of tick labels, in CSS pixels. */
    static final double FONT = 10;
    /** Length of a tick mark. */
    static final double TICK = 3;
    /** Room below a frame for the x labels. */
    static final double X_LABEL_SPACE = TICK + FONT + 4;

    private AxisPainter() {
    }

    /** About one tick per {@code spacing} pixels of axis length; at least 2. */
    static int tickBudget(double pixels, double spacing) {
        return Math.max(2, (int) (pixels / spacing));
    }

    /** The thin frame around the plot. */
    static void border(DrawSurface s, PlotFrame f) {
        s.setDash(0);
        s.setLineWidth(1);
        s.setStroke(s.palette().grid());
        s.strokeRect(f.left() + 0.5, f.top() + 0.5, f.width() - 1, f.height() - 1);
    }

    /** Ticks and labels along the bottom edge for every tick inside the frame's x range. */
    static void xAxis(DrawSurface s, PlotFrame f, NiceTicks ticks, boolean gridLines) {
        s.setFont(FONT, false);
        for (int i = 0; i < ticks.count(); i++) {
            double v = ticks.value(i);
            if (v >= f.xMin() - 1e-9 * ticks.step() && v <= f.xMax() + 1e-9 * ticks.step()) {
                xTick(s, f, f.px(v), ticks.label(i), gridLines);
            }
        }
    }

    /** Ticks and labels along the left edge for every tick inside the frame's y range. */
    static void yAxis(DrawSurface s, PlotFrame f, NiceTicks ticks, boolean gridLines) {
        s.setFont(FONT, false);
        for (int i = 0; i < ticks.count(); i++) {
            double v = ticks.value(i);
            if (v >= f.yMin() - 1e-9 * ticks.step() && v <= f.yMax() + 1e-9 * ticks.step()) {
                yTick(s, f, f.py(v), ticks.label(i), gridLines);
            }
        }
    }

    /** One x tick at pixel {@code px}; the caller has set the font. */
    static void xTick(DrawSurface s, PlotFrame f, double px, String label, boolean gridLine) {
        double x = Math.round(px) + 0.5;
        s.setDash(0);
        s.setLineWidth(1);
        s.setStroke(s.palette().grid());
        s.beginPath();
        s.moveTo(x, gridLine ? f.top() : f.bottom());
        s.lineTo(x, f.bottom() + TICK);
        s.stroke();
        s.setFill(s.palette().mutedText());
        s.fillText(label, px, f.bottom() + TICK + 2 + FONT / 2, 0);
    }

    /** One y tick at pixel {@code py}; the caller has set the font. */
    static void yTick(DrawSurface s, PlotFrame f, double py, String label, boolean gridLine) {
        double y = Math.round(py) + 0.5;
        s.setDash(0);
        s.setLineWidth(1);
        s.setStroke(s.palette().grid());
        s.beginPath();
        s.moveTo(f.left() - TICK, y);
        s.lineTo(gridLine ? f.right() : f.left(), y);
        s.stroke();
        s.setFill(s.palette().mutedText());
        s.fillText(label, f.left() - TICK - 2, py, 1);
    }
}
