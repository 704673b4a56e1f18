package org.nnplayground.core.view.lab;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.NiceTicks;
import org.nnplayground.core.view.Palette;
import org.nnplayground.core.view.PlotFrame;

/**
 * The gradient through time: the length of dLoss/dh_t at every step t of one sequence, on a log
 * axis, one line per recurrent layer. Read from right to left it is how much of the loss's pull
 * reaches back to each step: a line falling steeply to the left is a vanishing gradient (the early
 * steps learn nothing), one rising is an exploding one. Zero lengths (a step the loss does not
 * reach, e.g. cut off by truncation) leave a gap. A hovered step is marked and read out.
 */
public final class GradientTimePainter {
    private static final double TOP = 18;
    private static final double LEFT = 44;
    private static final double RIGHT = 8;
    /** Smallest length the axis shows: below it the gradient has vanished for any purpose. */
    static final double FLOOR = 1e-12;

    private static final double LN10 = DetMath.log(10.0);

    private final PlotFrame frame = new PlotFrame();
    private final NiceTicks xTicks = new NiceTicks();
    private final NiceTicks yTicks = new NiceTicks();

    /** The plot rectangle of the last paint (x in steps, y in log10 of the length). */
    public PlotFrame frame() {
        return frame;
    }

    /** The decimal logarithm, by the core's own logarithm so that every build draws the same. */
    static double log10(double v) {
        return DetMath.log(v) / LN10;
    }

    /** The step (0-based) nearest pixel {@code x} as the last paint placed the steps, or -1 outside the plot. */
    public int stepAt(double x, int steps) {
        if (x < frame.left() || x > frame.right()) {
            return -1;
        }
        int t = (int) Math.round(frame.dataX(x)) - 1;
        return Math.max(0, Math.min(steps - 1, t));
    }

    /** The colour of layer {@code layer}'s line (of {@code layers}). */
    public static int colour(Palette p, int layer, int layers) {
        return layers == 1 ? p.positive() : p.forClass(layer, Math.max(3, layers));
    }

    /** Paints the lengths of {@code trace}'s layers; {@code hover} is the step marked (-1: none). */
    public void paint(DrawSurface s, SequenceTrace trace, int hover) {
        s.clear();
        Palette p = s.palette();
        int steps = trace.steps();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SequenceTrace.LayerTrace l : trace.layers()) {
            for (double n : l.gradientNorms()) {
                if (n > FLOOR && Doubles.isFinite(n)) {
                    double e = log10(n);
                    lo = Math.min(lo, e);
                    hi = Math.max(hi, e);
                }
            }
        }
        if (!(lo <= hi)) {
            lo = -3;
            hi = 0;
        }
        double yMin = Math.floor(lo);
        double yMax = Math.max(yMin + 1, Math.ceil(hi));
        frame.place(LEFT, TOP, s.width() - LEFT - RIGHT, s.height() - TOP - StepAxes.X_LABEL_SPACE)
                .range(0.5, steps + 0.5, yMin, yMax);
        StepAxes.border(s, frame);
        yTicks.within(yMin, yMax, Math.max(2, (int) (frame.height() / 24)));
        double step = Math.max(1, Math.round(yTicks.step()));
        for (double e = yMin; e <= yMax + 1e-9; e += step) {
            StepAxes.yTick(s, frame, frame.py(e), "1e" + (long) e, true);
        }
        StepAxes.steps(s, frame, xTicks, false);
        s.save();
        s.clipRect(frame.left(), frame.top() - 3, frame.width(), frame.height() + 6);
        int layers = trace.layers().size();
        for (int l = 0; l < layers; l++) {
            double[] norms = trace.layers().get(l).gradientNorms();
            s.setStroke(colour(p, l, layers));
            s.setFill(colour(p, l, layers));
            s.setLineWidth(2);
            s.setDash(0);
            s.beginPath();
            boolean down = false;
            for (int t = 0; t < steps; t++) {
                double n = norms[t];
                if (!(n > FLOOR) || !Doubles.isFinite(n)) {
                    down = false;
                    continue;
                }
                double x = frame.px(t + 1);
                double y = frame.py(log10(n));
                if (down) {
                    s.lineTo(x, y);
                } else {
                    s.moveTo(x, y);
                    down = true;
                }
            }
            s.stroke();
        }
        if (hover >= 0 && hover < steps) {
            double x = Math.round(frame.px(hover + 1)) + 0.5;
            s.setStroke(p.ink());
            s.setLineWidth(1);
            s.setDash(3);
            s.beginPath();
            s.moveTo(x, frame.top());
            s.lineTo(x, frame.bottom());
            s.stroke();
            s.setDash(0);
        }
        s.restore();
        s.setFont(StepAxes.FONT, false);
        s.setFill(p.mutedText());
        String head = hover >= 0 && hover < steps ? readout(trace, hover) : summary(trace);
        double keys = layers > 1 ? legend(s, layers) : frame.right();
        if (s.textWidth(head) <= keys - frame.left() - 6) {
            s.setFill(p.mutedText());
            s.fillText(head, frame.left(), TOP / 2, -1);
        }
    }

    /** Keys "layer 1", "layer 2", ... from the right end of the top line; returns where they begin. */
    private double legend(DrawSurface s, int layers) {
        double x = frame.right();
        for (int l = layers - 1; l >= 0; l--) {
            String text = "layer " + (l + 1);
            x -= s.textWidth(text);
            s.setFill(s.palette().mutedText());
            s.fillText(text, x, TOP / 2, -1);
            x -= 13;
            s.setFill(colour(s.palette(), l, layers));
            s.fillRect(x, TOP / 2 - 1.5, 10, 3);
            x -= 10;
        }
        return x;
    }

    /** The lengths at step {@code t} in words: "step 3: |dL/dh| 0.012" (per layer when there are several). */
    public static String readout(SequenceTrace trace, int t) {
        StringBuilder s = new StringBuilder("step ").append(t + 1).append(": |dL/dh| ");
        int layers = trace.layers().size();
        for (int l = 0; l < layers; l++) {
            if (l > 0) {
                s.append(", ");
            }
            if (layers > 1) {
                s.append("layer ").append(l + 1).append(' ');
            }
            s.append(NumberFormat.significant(trace.layers().get(l).gradientNorms()[t], 3));
        }
        return s.toString();
    }

    /**
     * How the top layer's gradient changes from the last step back to the first, in words: "the
     * gradient at step 1 is 1e-4 of that at step 30" or "... 20 times that ...".
     */
    public static String summary(SequenceTrace trace) {
        SequenceTrace.LayerTrace top = trace.layers().get(trace.layers().size() - 1);
        double[] n = top.gradientNorms();
        double last = n[n.length - 1];
        double first = n[0];
        if (!(last > 0) || !Doubles.isFinite(last) || !Doubles.isFinite(first)) {
            return "|dL/dh| at step " + n.length + ": " + NumberFormat.significant(last, 3);
        }
        double ratio = first / last;
        String how = NumberFormat.significant(ratio, 2) + (ratio < 1 ? " of" : " times");
        return "|dL/dh| at step 1 is " + how + " that at step " + n.length;
    }

    /** The plot in a sentence, for the canvas's label. */
    public static String describe(SequenceTrace trace) {
        return "The length of dLoss/dh at each of the " + trace.steps() + " steps, on a log scale, for "
                + trace.layers().size() + (trace.layers().size() == 1 ? " recurrent layer: " : " recurrent layers: ")
                + summary(trace) + ".";
    }
}
