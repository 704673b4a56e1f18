package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.NumberFormat;

/**
 * Paints {@link PredictedActual}: for values, each point at (actual, predicted) with the diagonal
 * where they agree (training points filled, test points outlined); for classes, the confusion table,
 * actual classes in rows and predicted ones in columns, each cell shaded by its share of its row and
 * labelled with its count.
 */
public final class PredictedActualPainter {
    private static final double MARGIN = 6;
    private static final double LEFT = 40;
    private static final double BOTTOM = 30;
    private final PlotFrame frame = new PlotFrame();
    private final NiceTicks xTicks = new NiceTicks();
    private final NiceTicks yTicks = new NiceTicks();

    /** The plot rectangle of the last paint. */
    public PlotFrame frame() {
        return frame;
    }

    public void paint(DrawSurface s, PredictedActual plot) {
        s.clear();
        double side = Math.max(8, Math.min(s.width() - LEFT - MARGIN, s.height() - MARGIN - BOTTOM));
        frame.place(LEFT, MARGIN, side, side);
        if (plot.classes()) {
            paintTable(s, plot);
        } else {
            paintPairs(s, plot);
        }
    }

    private void paintPairs(DrawSurface s, PredictedActual plot) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < plot.size(); i++) {
            for (double v : new double[] {plot.actual(i), plot.predicted(i)}) {
                if (Doubles.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            lo = Doubles.isFinite(lo) ? lo - 1 : -1;
            hi = lo + 2;
        }
        double pad = (hi - lo) * 0.05;
        frame.range(lo - pad, hi + pad, lo - pad, hi + pad);
        AxisPainter.border(s, frame);
        xTicks.within(frame.xMin(), frame.xMax(), AxisPainter.tickBudget(frame.width(), 48));
        yTicks.within(frame.yMin(), frame.yMax(), AxisPainter.tickBudget(frame.height(), 36));
        AxisPainter.xAxis(s, frame, xTicks, true);
        AxisPainter.yAxis(s, frame, yTicks, true);
        s.save();
        s.clipRect(frame.left(), frame.top(), frame.width(), frame.height());
        s.setStroke(s.palette().mutedText());
        s.setLineWidth(1);
        s.setDash(4);
        s.beginPath();
        s.moveTo(frame.px(frame.xMin()), frame.py(frame.yMin()));
        s.lineTo(frame.px(frame.xMax()), frame.py(frame.yMax()));
        s.stroke();
        s.setDash(0);
        double r = plot.size() > 2000 ? 1.5 : 2.5;
        for (int i = 0; i < plot.size(); i++) {
            boolean test = i >= plot.trainCount();
            double x = frame.px(plot.actual(i));
            double y = frame.pyClamped(plot.predicted(i), r);
            s.beginPath();
            s.circle(x, y, r);
            if (test) {
                s.setStroke(s.palette().ink());
                s.stroke();
            } else {
                s.setFill(s.palette().positive());
                s.fill();
            }
        }
        s.restore();
        s.setFill(s.palette().mutedText());
        s.setFont(11, false);
        s.fillText("actual (across), predicted (up)", frame.left() + frame.width() / 2, frame.bottom() + BOTTOM - 4, 0);
    }

    private void paintTable(DrawSurface s, PredictedActual plot) {
        int k = plot.classCount();
        double cell = frame.width() / k;
        s.setFont(Math.max(9, Math.min(13, cell / 3)), false);
        for (int a = 0; a < k; a++) {
            int row = 0;
            for (int p = 0; p < k; p++) {
                row += plot.count(a, p);
            }
            for (int p = 0; p < k; p++) {
                int n = plot.count(a, p);
                double share = row == 0 ? 0 : (double) n / row;
                double x = frame.left() + p * cell;
                double y = frame.top() + a * cell;
                s.setFill(a == p ? Colors.lerp(s.palette().inset(), s.palette().positive(), share)
                        : Colors.lerp(s.palette().inset(), s.palette().negative(), share));
                s.fillRect(x, y, cell, cell);
                s.setFill(share > 0.55 ? s.palette().background() : s.palette().text());
                s.fillText(NumberFormat.grouped(n), x + cell / 2, y + cell / 2 + 4, 0);
            }
        }
        AxisPainter.border(s, frame);
        s.setFill(s.palette().mutedText());
        s.setFont(11, false);
        for (int c = 0; c < k; c++) {
            String label = Integer.toString(c + 1);
            s.fillText(label, frame.left() + (c + 0.5) * cell, frame.bottom() + 13, 0);
            s.fillText(label, frame.left() - 6, frame.top() + (c + 0.5) * cell + 4, 1);
        }
        s.fillText("predicted class (columns), actual (rows)", frame.left() + frame.width() / 2, frame.bottom() + BOTTOM - 4, 0);
    }
}
