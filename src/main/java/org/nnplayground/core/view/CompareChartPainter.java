package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.train.LossHistory;

/**
 * Paints the training loss of several variants of a lesson on one chart ("ReLU", "Sigmoid", ...):
 * one colour per series from the class palette ({@link Palette#forClass}), a legend of the names
 * above the plot, epoch ticks along the bottom and loss ticks on a linear or log axis (as the
 * loss chart's).
 *
 * <p>Values that cannot be plotted (NaN, infinite, zero or negative on the log axis) leave a gap;
 * they are never drawn as data. A series the caller marks as diverged simply ends: its last point
 * gets a small cross and its legend entry the word "diverged". A null history draws nothing but
 * keeps its legend entry and colour.
 */
public final class CompareChartPainter {
    static final double FONT = 10;
    private static final double MARGIN = 6;
    private static final double KEY_ROW = 14;
    private static final double SWATCH = 16;
    private static final double DOT = 2.5;

    private final PlotFrame frame = new PlotFrame();
    private final NiceTicks xTicks = new NiceTicks();
    private final LossAxis yAxis = new LossAxis();
    private final GappedLine line = new GappedLine();

    /** The colour of series {@code k} of {@code count}: the class colours of {@code palette}. */
    public static int colour(Palette palette, int k, int count) {
        return palette.forClass(k, count);
    }

    /**
     * Paints the whole surface: series {@code k} is {@code series[k]} (may be null), named
     * {@code names[k]}, ended by divergence when {@code diverged[k]}; the arrays must be equally long.
     */
    public void paint(DrawSurface s, LossHistory[] series, String[] names, boolean[] diverged, boolean logScale) {
        if (names.length != series.length || diverged.length != series.length) {
            throw new IllegalArgumentException("one name and one diverged flag per series: " + series.length
                    + " series, " + names.length + " names, " + diverged.length + " flags");
        }
        s.clear();
        s.setFont(FONT, false);
        double keyBottom = paintLegend(s, names, diverged, false);
        double top = keyBottom + 4;
        double bottom = s.height() - MARGIN - AxisPainter.X_LABEL_SPACE;
        yAxis.fitAll(series, logScale);
        yAxis.ticks(Math.max(8, bottom - top));
        s.setFont(FONT, false);
        double left = MARGIN + yAxis.widestLabel(s) + AxisPainter.TICK + 4;
        double right = s.width() - MARGIN - 4;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (LossHistory h : series) {
            if (h != null && h.size() > 0) {
                xMin = Math.min(xMin, h.epoch(0));
                xMax = Math.max(xMax, h.epoch(h.size() - 1));
            }
        }
        boolean empty = xMin > xMax;
        if (empty) {
            xMin = 0;
            xMax = 1;
        }
        xMax = Math.max(xMax, xMin + 1);
        frame.place(left, top, right - left, bottom - top).range(xMin, xMax, yAxis.min(), yAxis.max());

        AxisPainter.border(s, frame);
        xTicks.within(xMin, xMax, AxisPainter.tickBudget(frame.width(), 56));
        if (xTicks.step() < 1) {
            xTicks.within(xMin, xMax, Math.max(1, (int) (xMax - xMin))); // epochs are whole numbers
        }
        AxisPainter.xAxis(s, frame, xTicks, true);
        yAxis.paint(s, frame);
        paintLegend(s, names, diverged, true);
        if (empty) {
            s.setFont(12, false);
            s.setFill(s.palette().mutedText());
            s.fillText("No training yet", frame.left() + frame.width() / 2, frame.top() + frame.height() / 2, 0);
            return;
        }
        s.save();
        s.clipRect(frame.left() - DivergenceMark.SIZE, frame.top() - DivergenceMark.SIZE,
                frame.width() + 2 * DivergenceMark.SIZE, frame.height() + 2 * DivergenceMark.SIZE);
        for (int k = 0; k < series.length; k++) {
            if (series[k] != null) {
                paintSeries(s, series[k], colour(s.palette(), k, series.length), diverged[k]);
            }
        }
        s.restore();
    }

    /** The plot rectangle and ranges of the last paint (y in log10 units on a log axis). */
    public PlotFrame frame() {
        return frame;
    }

    /**
     * Lays out the legend in rows across the surface (wrapping when a row is full) and, when
     * {@code draw}, draws it; returns the y where the legend ends.
     */
    private double paintLegend(DrawSurface s, String[] names, boolean[] diverged, boolean draw) {
        s.setFont(FONT, false);
        double x = MARGIN;
        double y = MARGIN + KEY_ROW / 2;
        double limit = s.width() - MARGIN;
        for (int k = 0; k < names.length; k++) {
            double nameWidth = s.textWidth(names[k]);
            double note = diverged[k] ? 4 + s.textWidth("diverged") : 0;
            double width = SWATCH + 4 + nameWidth + note + 14;
            if (x > MARGIN && x + width - 14 > limit) {
                x = MARGIN;
                y += KEY_ROW;
            }
            if (draw) {
                int colour = colour(s.palette(), k, names.length);
                s.setStroke(colour);
                s.setLineWidth(2);
                s.setDash(0);
                s.beginPath();
                s.moveTo(x, y);
                s.lineTo(x + SWATCH, y);
                s.stroke();
                s.setFill(s.palette().text());
                s.fillText(names[k], x + SWATCH + 4, y, -1);
                if (diverged[k]) {
                    DivergenceMark.draw(s, x + SWATCH / 2, y, colour);
                    s.setFill(s.palette().mutedText());
                    s.fillText("diverged", x + SWATCH + 8 + nameWidth, y, -1);
                }
            }
            x += width;
        }
        return names.length == 0 ? MARGIN : y + KEY_ROW / 2;
    }

    private void paintSeries(DrawSurface s, LossHistory h, int colour, boolean diverged) {
        s.setStroke(colour);
        s.setLineWidth(1.5);
        s.setDash(0);
        line.begin(s);
        for (int i = 0; i < h.size(); i++) {
            line.point(frame.px(h.epoch(i)), plotY(h.trainLoss(i)));
        }
        line.stroke();
        if (!line.hasLast()) {
            return;
        }
        if (diverged) {
            DivergenceMark.draw(s, line.lastX(), line.lastY(), colour);
        } else {
            s.setFill(colour);
            s.beginPath();
            s.circle(line.lastX(), line.lastY(), DOT);
            s.fill();
        }
    }

    /** Pixel y of a loss, or NaN when it cannot be plotted on the current axis. */
    private double plotY(double loss) {
        double v = yAxis.toAxis(loss);
        return Doubles.isNaN(v) ? Double.NaN : frame.pyClamped(v, frame.height());
    }

}
