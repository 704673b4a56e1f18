package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.Decimals;
import org.nnplayground.core.text.NumberFormat;

/**
 * Axis ticks at "nice" values: multiples of 1, 2 or 5 times a power of ten. A painter keeps one
 * instance per axis and recomputes it each paint, so ticks cost no allocation.
 *
 * <p>{@link #within} places ticks inside a fixed range (the input square of the output view);
 * {@link #covering} widens the range outward to whole steps (the loss axis, which must contain
 * all the data).
 */
public final class NiceTicks {
    private long firstIndex;
    private int count;
    private double step = 1.0;
    private double inverseStep;

    /** Ticks inside [min, max], at most {@code maxCount} of them (at least 1). */
    public NiceTicks within(double min, double max, int maxCount) {
        step = niceStep(max - min, maxCount);
        prepareInverse();
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        firstIndex = first;
        count = (int) Math.max(0, last - first + 1);
        return this;
    }

    /** Ticks from a multiple of the step at or below {@code min} to one at or above {@code max}. */
    public NiceTicks covering(double min, double max, int maxCount) {
        step = niceStep(max - min, Math.max(1, maxCount - 1));
        prepareInverse();
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        if (last <= first) {
            last = first + 1;
        }
        firstIndex = first;
        count = (int) (last - first + 1);
        return this;
    }

    /**
     * The smallest 1-2-5 step that cuts {@code span} into at most {@code maxCount} parts; 1 for an
     * empty or non-finite span.
     */
    public static double niceStep(double span, int maxCount) {
        if (!(span > 0) || !Doubles.isFinite(span)) {
            return 1.0;
        }
        double raw = span / Math.max(1, maxCount);
        int e = Decimals.exponent(raw);
        double unit = Decimals.pow10(e);
        if (unit >= raw) {
            return unit;
        }
        if (2 * unit >= raw) {
            return 2 * unit;
        }
        if (5 * unit >= raw) {
            return 5 * unit;
        }
        return 10 * unit;
    }

    private void prepareInverse() {
        // For steps below 1, 1/step is a whole number (10, 5, 2, ...): dividing by it gives the
        // double nearest to the decimal tick, where multiplying by the step would not (0.1 * 3).
        inverseStep = step < 1 ? Math.round(1 / step) : 0;
    }

    public int count() {
        return count;
    }

    public double step() {
        return step;
    }

    /** The i-th tick, 0-based, ascending. */
    public double value(int i) {
        long k = firstIndex + i;
        return inverseStep > 0 ? k / inverseStep : k * step;
    }

    /** The lowest tick. */
    public double first() {
        return value(0);
    }

    /** The highest tick. */
    public double last() {
        return value(count - 1);
    }

    /** The tick's label, with as many decimals as the step needs. */
    public String label(int i) {
        return NumberFormat.tick(value(i), step);
    }
}
