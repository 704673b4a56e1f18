package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.Decimals;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.train.LossHistory;

/**
 * The loss chart's y axis: fits the plottable losses, chooses the ticks and maps a loss to axis
 * units. Linear: from 0 (or the smallest loss, if negative) up to a whole 1-2-5 step at or above
 * the largest loss. Log: whole decades around the positive losses, in log10 units, with 2 and 5
 * ticks in between when only a decade or two are shown. Tick labels are kept for the paint.
 */
final class LossAxis {
    private static final int MAX_TICKS = 40;
    private static final double PIXELS_PER_TICK = 28;

    private final NiceTicks linear = new NiceTicks();
    private final double[] tickValues = new double[MAX_TICKS];
    private final String[] tickLabels = new String[MAX_TICKS];
    private int tickCount;
    private boolean log;
    private boolean hasData;
    private double dataMin;
    private double dataMax;
    private double min;
    private double max;

    /** Scans the losses that will be drawn (test ones when {@code withTest}) for their extent. */
    void fit(LossHistory h, boolean withTest, boolean logScale) {
        begin(logScale);
        add(h, withTest);
    }

    /** Scans the training losses of several histories (null ones are skipped) for their extent. */
    void fitAll(LossHistory[] histories, boolean logScale) {
        begin(logScale);
        for (LossHistory h : histories) {
            if (h != null) {
                add(h, false);
            }
        }
    }

    /** Starts fitting values given one by one ({@link #include}), on a log axis when {@code logScale}. */
    void begin(boolean logScale) {
        log = logScale;
        hasData = false;
        dataMin = Double.POSITIVE_INFINITY;
        dataMax = Double.NEGATIVE_INFINITY;
    }

    private void add(LossHistory h, boolean withTest) {
        for (int i = 0; i < h.size(); i++) {
            include(h.trainLoss(i));
            if (withTest) {
                include(h.testLoss(i));
            }
        }
    }

    /** Widens the extent to hold {@code loss}; skipped when it cannot be plotted. */
    void include(double loss) {
        if (!Doubles.isFinite(loss) || (log && !(loss > 0))) {
            return;
        }
        hasData = true;
        dataMin = Math.min(dataMin, loss);
        dataMax = Math.max(dataMax, loss);
    }

    /** Chooses the range and the ticks for an axis {@code pixels} long. */
    void ticks(double pixels) {
        int budget = Math.min(MAX_TICKS - 1, AxisPainter.tickBudget(pixels, PIXELS_PER_TICK));
        tickCount = 0;
        if (log) {
            logTicks(budget);
        } else {
            double lo = hasData ? Math.min(0, dataMin) : 0;
            double hi = hasData ? dataMax : 1;
            linear.covering(lo, hi, budget);
            min = linear.first();
            max = linear.last();
            for (int i = 0; i < linear.count() && tickCount < MAX_TICKS; i++) {
                addTick(linear.value(i), linear.label(i));
            }
        }
    }

    private void logTicks(int budget) {
        int lo = hasData ? (int) Math.floor(Decimals.log10(dataMin) + 1e-9) : -2;
        int hi = hasData ? (int) Math.ceil(Decimals.log10(dataMax) - 1e-9) : 0;
        if (hi <= lo) {
            hi = lo + 1;
        }
        min = lo;
        max = hi;
        int decades = hi - lo;
        int stride = Math.max(1, (decades + budget - 1) / Math.max(1, budget));
        boolean between = decades <= 2 && budget >= 3 * decades;
        for (int k = lo; k <= hi && tickCount < MAX_TICKS; k += stride) {
            double p = Decimals.pow10(k);
            addTick(k, NumberFormat.compact(p));
            if (between && k < hi) {
                addTick(Decimals.log10(2 * p), NumberFormat.compact(2 * p));
                addTick(Decimals.log10(5 * p), NumberFormat.compact(5 * p));
            }
        }
    }

    private void addTick(double value, String label) {
        tickValues[tickCount] = value;
        tickLabels[tickCount] = label;
        tickCount++;
    }

    /** A loss in axis units (log10 on a log axis), or NaN when it cannot be plotted. */
    double toAxis(double loss) {
        if (!Doubles.isFinite(loss)) {
            return Double.NaN;
        }
        if (log) {
            return loss > 0 ? Decimals.log10(loss) : Double.NaN;
        }
        return loss;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    int tickCount() {
        return tickCount;
    }

    /** Tick {@code i} in axis units. */
    double tickValue(int i) {
        return tickValues[i];
    }

    String tickLabel(int i) {
        return tickLabels[i];
    }

    /** Width of the widest tick label in the surface's current font. */
    double widestLabel(DrawSurface s) {
        double w = 0;
        for (int i = 0; i < tickCount; i++) {
            w = Math.max(w, s.textWidth(tickLabels[i]));
        }
        return w;
    }

    /** Draws the ticks, labels and horizontal grid lines. */
    void paint(DrawSurface s, PlotFrame f) {
        s.setFont(AxisPainter.FONT, false);
        for (int i = 0; i < tickCount; i++) {
            AxisPainter.yTick(s, f, f.py(tickValues[i]), tickLabels[i], true);
        }
    }
}
