package org.nnplayground.core.view;

import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.GridEvaluator;

/**
 * Paints small multiples of a lesson's variants fitting one 1-D curve: one panel per variant, with
 * its name, the training points and the variant's output curve over x in the variant's colour (the
 * same colour as in {@link CompareChartPainter}), all panels on the same axes. Where loss curves of
 * the variants look alike, the fits show how each gets there: ReLU with straight pieces and kinks,
 * sigmoid and tanh with smooth S-curves.
 *
 * <p>The caller evaluates each variant's network on the same 1-D {@link ViewGrid} first; this
 * painter only reads the values. NaN or infinite outputs leave gaps. For 2-D data it says that the
 * fits are drawn for curves only.
 */
public final class FitsPainter {
    static final double FONT = 10;
    /** A panel is at least this wide; the panels wrap into rows below it. */
    static final double MIN_PANEL_WIDTH = 130;
    private static final double MARGIN = 6;
    private static final double GAP = 8;
    private static final double TITLE = 14;
    private static final double DOT = 1.4;

    private final PlotFrame frame = new PlotFrame();
    private final GappedLine line = new GappedLine();
    private int columns;
    private int rows;

    /**
     * Paints the whole surface: panel {@code k} shows {@code fits[k]} (evaluated on {@code grid}; may
     * be null for a variant without values) named {@code names[k]}, over the points of {@code train}.
     */
    public void paint(DrawSurface s, ViewGrid grid, GridEvaluator[] fits, Dataset train, String[] names) {
        if (names.length != fits.length) {
            throw new IllegalArgumentException(fits.length + " fits but " + names.length + " names");
        }
        s.clear();
        int n = fits.length;
        if (grid.dimension() != 1 || n == 0) {
            s.setFont(12, false);
            s.setFill(s.palette().mutedText());
            s.fillText(n == 0 ? "Nothing to compare" : "The fits are drawn for curves (1-D data)", s.width() / 2,
                    s.height() / 2, 0);
            columns = 0;
            rows = 0;
            return;
        }
        columns = Math.max(1, Math.min(n, (int) ((s.width() - 2 * MARGIN + GAP) / (MIN_PANEL_WIDTH + GAP))));
        rows = (n + columns - 1) / columns;
        double panelW = (s.width() - 2 * MARGIN - (columns - 1) * GAP) / columns;
        double panelH = (s.height() - 2 * MARGIN - (rows - 1) * GAP) / rows;
        for (int k = 0; k < n; k++) {
            double x = MARGIN + (k % columns) * (panelW + GAP);
            double y = MARGIN + (k / columns) * (panelH + GAP);
            paintPanel(s, x, y, panelW, panelH, grid, fits[k], train, names[k], CompareChartPainter.colour(s.palette(), k, n));
        }
    }

    /** Panels per row and rows of the last paint. */
    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    /** The plot frame of the last panel painted. */
    PlotFrame frame() {
        return frame;
    }

    private void paintPanel(DrawSurface s, double x, double y, double w, double h, ViewGrid grid, GridEvaluator fit,
                            Dataset train, String name, int colour) {
        s.setFont(FONT, true);
        s.setFill(s.palette().text());
        s.fillText(name, x + 2, y + TITLE / 2, -1);
        frame.place(x, y + TITLE, Math.max(8, w), Math.max(8, h - TITLE))
                .range(grid.domain().xMin(), grid.domain().xMax(), grid.domain().yMin(), grid.domain().yMax());
        AxisPainter.border(s, frame);
        s.save();
        s.clipRect(frame.left(), frame.top(), frame.width(), frame.height());
        s.setFill(Colors.withAlpha(s.palette().mutedText(), 0.45)); // grey: the first variant's colour is the usual point orange
        s.beginPath();
        for (int i = 0; i < train.size(); i++) {
            s.circle(frame.px(train.x1(i)), frame.py(train.target(i)), DOT);
        }
        s.fill();
        if (fit != null && fit.points() == grid.points()) {
            double[] out = fit.values(fit.spec().layerCount());
            s.setStroke(colour);
            s.setLineWidth(2);
            s.setDash(0);
            line.begin(s);
            for (int p = 0; p < grid.points(); p++) {
                double v = out[p];
                line.point(frame.px(grid.x1(p)), Doubles.isFinite(v) ? frame.pyClamped(v, frame.height()) : Double.NaN);
            }
            line.stroke();
        }
        s.restore();
    }
}
