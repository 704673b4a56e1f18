package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.train.LossHistory;

/**
 * Paints the loss chart: training loss (solid) and test loss (dashed, lighter) over epochs, with
 * 1-2-5 ticks on a linear axis or decade ticks on a log axis, a small key, and a read-out of the
 * epoch under the pointer. Both losses are always drawn when the history has a test loss, as in
 * TensorFlow Playground, so that overfitting (test loss rising while training loss falls) shows;
 * whether the test points are shown is the output view's business alone.
 *
 * <p>Values that cannot be plotted (NaN, infinite, and zero or negative ones on the log axis) leave
 * a gap in the line; they are never drawn as data. An empty history still draws the axes and says
 * "No training yet". {@link #readoutAt} answers for the layout of the last {@link #paint}.
 */
public final class LossChartPainter {
    /**
     * @param logScale a log10 loss axis, so that a loss going from 1 to 0.001 stays readable
     */
    public record Options(boolean logScale) {
        /** Linear axis. */
        public static Options defaults() {
            return new Options(false);
        }

        public Options withLogScale(boolean on) {
            return new Options(on);
        }
    }

    /**
     * The recorded point nearest the pointer: its epoch and losses ({@code testLoss} NaN when none is
     * shown) and where it is drawn ({@code trainY}/{@code testY} NaN when that value is not plotted).
     */
    public record Readout(int index, int epoch, double trainLoss, double testLoss, double x, double trainY,
                          double testY) {
    }

    static final double FONT = 10;
    private static final double MARGIN = 6;
    private static final double KEY_HEIGHT = 14;
    private static final double DOT = 2.5;
    private static final double HOVER_REACH = 12;

    private final PlotFrame frame = new PlotFrame();
    private final NiceTicks xTicks = new NiceTicks();
    private final LossAxis yAxis = new LossAxis();
    private final GappedLine line = new GappedLine();
    private LossHistory history;
    private Options options = Options.defaults();

    /**
     * Paints the whole surface; {@code hoverX} is the pointer's x in CSS pixels, or NaN when the
     * pointer is elsewhere.
     */
    public void paint(DrawSurface s, LossHistory lossHistory, Options chartOptions, double hoverX) {
        this.history = lossHistory;
        this.options = chartOptions;
        s.clear();
        boolean withTest = showsTest();
        yAxis.fit(lossHistory, withTest, chartOptions.logScale());
        double top = MARGIN + KEY_HEIGHT;
        double bottom = s.height() - MARGIN - AxisPainter.X_LABEL_SPACE;
        yAxis.ticks(Math.max(8, bottom - top));
        s.setFont(FONT, false);
        double labelWidth = yAxis.widestLabel(s);
        double left = MARGIN + labelWidth + AxisPainter.TICK + 4;
        double right = s.width() - MARGIN - 4;
        int n = lossHistory.size();
        double xMin = n == 0 ? 0 : lossHistory.epoch(0);
        double xMax = n == 0 ? 1 : Math.max(lossHistory.epoch(n - 1), xMin + 1);
        frame.place(left, top, right - left, bottom - top).range(xMin, xMax, yAxis.min(), yAxis.max());

        AxisPainter.border(s, frame);
        xTicks.within(xMin, xMax, AxisPainter.tickBudget(frame.width(), 56));
        if (xTicks.step() < 1) {
            xTicks.within(xMin, xMax, Math.max(1, (int) (xMax - xMin))); // epochs are whole numbers
        }
        AxisPainter.xAxis(s, frame, xTicks, true);
        yAxis.paint(s, frame);
        paintKey(s, withTest);
        if (n == 0) {
            s.setFont(12, false);
            s.setFill(s.palette().mutedText());
            s.fillText("No training yet", frame.left() + frame.width() / 2, frame.top() + frame.height() / 2, 0);
            return;
        }
        s.save();
        s.clipRect(frame.left(), frame.top() - DOT, frame.width() + DOT, frame.height() + 2 * DOT);
        if (withTest) {
            paintSeries(s, false, s.palette().testLine(), 4);
        }
        paintSeries(s, true, s.palette().trainLine(), 0);
        s.restore();
        Readout hover = !Doubles.isNaN(hoverX) ? readoutAt(hoverX) : null;
        if (hover != null) {
            paintHover(s, hover, withTest);
        }
    }

    /** The lines the last paint drew: "train", "train test", or "" for an empty history. */
    public String drawnSeries() {
        if (history == null || history.size() == 0) {
            return "";
        }
        return showsTest() ? "train test" : "train";
    }

    /** The plot rectangle and ranges of the last paint (y in log10 units on a log axis). */
    public PlotFrame frame() {
        return frame;
    }

    /** The point nearest to pixel x in the last painted history, or null when none is near. */
    public Readout readoutAt(double x) {
        if (history == null || history.size() == 0 || Doubles.isNaN(x)
                || x < frame.left() - HOVER_REACH || x > frame.right() + HOVER_REACH) {
            return null;
        }
        int i = nearestIndex(frame.dataX(x));
        double train = history.trainLoss(i);
        double test = showsTest() ? history.testLoss(i) : Double.NaN;
        return new Readout(i, history.epoch(i), train, test, frame.px(history.epoch(i)), plotY(train), plotY(test));
    }

    private boolean showsTest() {
        return history != null && history.hasTest();
    }

    /** Index of the stored epoch nearest to {@code epoch}; epochs increase with the index. */
    private int nearestIndex(double epoch) {
        int lo = 0;
        int hi = history.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (history.epoch(mid) < epoch) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && epoch - history.epoch(lo - 1) <= history.epoch(lo) - epoch) {
            return lo - 1;
        }
        return lo;
    }

    /** Pixel y of a loss, or NaN when it cannot be plotted on the current axis. */
    private double plotY(double loss) {
        double v = yAxis.toAxis(loss);
        return Doubles.isNaN(v) ? Double.NaN : frame.pyClamped(v, frame.height());
    }

    private void paintSeries(DrawSurface s, boolean train, int colour, double dash) {
        s.setStroke(colour);
        s.setLineWidth(1.5);
        s.setDash(dash);
        line.begin(s);
        int n = history.size();
        for (int i = 0; i < n; i++) {
            line.point(frame.px(history.epoch(i)), plotY(train ? history.trainLoss(i) : history.testLoss(i)));
        }
        line.stroke();
        s.setDash(0);
        if (line.hasLast()) { // mark the latest plotted value, so that a single point shows too
            s.setFill(colour);
            s.beginPath();
            s.circle(line.lastX(), line.lastY(), DOT);
            s.fill();
        }
    }

    private void paintKey(DrawSurface s, boolean withTest) {
        s.setFont(FONT, false);
        double y = MARGIN + KEY_HEIGHT / 2 - 1;
        double x = frame.right();
        if (withTest) {
            x = keyItem(s, x, y, "test", s.palette().testLine(), 4);
        }
        keyItem(s, x, y, "train", s.palette().trainLine(), 0);
    }

    /** Draws "—— label" ending at {@code right}; returns where the next item (to its left) ends. */
    private static double keyItem(DrawSurface s, double right, double y, String label, int colour, double dash) {
        double textWidth = s.textWidth(label);
        s.setFill(s.palette().mutedText());
        s.fillText(label, right, y, 1);
        double lineEnd = right - textWidth - 4;
        s.setStroke(colour);
        s.setLineWidth(1.5);
        s.setDash(dash);
        s.beginPath();
        s.moveTo(lineEnd - 16, y);
        s.lineTo(lineEnd, y);
        s.stroke();
        s.setDash(0);
        return lineEnd - 28;
    }

    private void paintHover(DrawSurface s, Readout r, boolean withTest) {
        s.setStroke(s.palette().mutedText());
        s.setLineWidth(1);
        s.setDash(3);
        s.beginPath();
        s.moveTo(Math.round(r.x()) + 0.5, frame.top());
        s.lineTo(Math.round(r.x()) + 0.5, frame.bottom());
        s.stroke();
        s.setDash(0);
        hoverDot(s, r.x(), r.trainY(), s.palette().trainLine());
        hoverDot(s, r.x(), r.testY(), s.palette().testLine());
        String epochText = "Epoch " + r.epoch();
        String trainText = "Train " + NumberFormat.significant(r.trainLoss(), 4);
        String testText = withTest ? "Test " + NumberFormat.significant(r.testLoss(), 4) : null;
        s.setFont(FONT, false);
        double w = Math.max(s.textWidth(epochText), s.textWidth(trainText));
        if (testText != null) {
            w = Math.max(w, s.textWidth(testText));
        }
        w += 10;
        double lineH = FONT + 3;
        double h = lineH * (testText != null ? 3 : 2) + 6;
        double bx = r.x() + 8;
        if (bx + w > frame.right()) {
            bx = r.x() - 8 - w;
        }
        bx = Math.max(0, bx);
        double by = frame.top() + 4;
        s.setFill(Colors.withAlpha(s.palette().background(), 0.92));
        s.fillRect(bx, by, w, h);
        s.setStroke(s.palette().grid());
        s.strokeRect(bx + 0.5, by + 0.5, w - 1, h - 1);
        s.setFill(s.palette().text());
        double ty = by + 3 + lineH / 2;
        s.fillText(epochText, bx + 5, ty, -1);
        s.fillText(trainText, bx + 5, ty + lineH, -1);
        if (testText != null) {
            s.fillText(testText, bx + 5, ty + 2 * lineH, -1);
        }
    }

    private static void hoverDot(DrawSurface s, double x, double y, int colour) {
        if (!Doubles.isNaN(y)) {
            s.setFill(colour);
            s.setStroke(s.palette().background());
            s.setLineWidth(1);
            s.beginPath();
            s.circle(x, y, 3.5);
            s.fill();
            s.stroke();
        }
    }
}
