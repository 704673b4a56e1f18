package org.nnplayground.core.view.lab;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.state.lab.FreeRun;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.NiceTicks;
import org.nnplayground.core.view.Palette;
import org.nnplayground.core.view.PlotFrame;

/**
 * Target and prediction over the steps of one sequence, in the style of the points' 1-D curve view:
 * the targets as dots joined by a thin line, the network's prediction as the blue curve, the input
 * (its first number per step; the adding problem's marked numbers ringed) as a faint line behind them. A sequence-to-one problem has one
 * target and one prediction, at the last step. With a {@link FreeRun} the plot goes on past the
 * sequence's end: the true continuation in the targets' style, and the network's own, fed back its
 * predictions, as an orange curve, so that drift shows as the gap between the two.
 */
public final class SequenceCurvePainter {
    private static final double TOP = 18;
    private static final double LEFT = 34;
    private static final double RIGHT = 8;
    private static final double DOT = 2.5;

    private final PlotFrame frame = new PlotFrame();
    private final NiceTicks xTicks = new NiceTicks();
    private final NiceTicks yTicks = new NiceTicks();

    /** The plot rectangle of the last paint. */
    public PlotFrame frame() {
        return frame;
    }

    /** Paints {@code trace}, continued by {@code run} when it is not null. */
    public void paint(DrawSurface s, SequenceTrace trace, FreeRun run) {
        s.clear();
        Palette p = s.palette();
        int steps = trace.steps();
        int extra = run == null ? 0 : run.generated().length;
        double[] range = range(trace, run);
        frame.place(LEFT, TOP, s.width() - LEFT - RIGHT, s.height() - TOP - StepAxes.X_LABEL_SPACE)
                .range(0.5, steps + extra + 0.5, range[0], range[1]);
        StepAxes.border(s, frame);
        yTicks.within(frame.yMin(), frame.yMax(), Math.max(2, (int) (frame.height() / 30)));
        for (int i = 0; i < yTicks.count(); i++) {
            StepAxes.yTick(s, frame, frame.py(yTicks.value(i)), yTicks.label(i), true);
        }
        StepAxes.steps(s, frame, xTicks, false);
        s.save();
        s.clipRect(frame.left(), frame.top() - DOT, frame.width(), frame.height() + 2 * DOT);
        if (run != null) {
            double x = frame.px(steps + 0.5);
            s.setStroke(p.grid());
            s.setLineWidth(1);
            s.setDash(3);
            s.beginPath();
            s.moveTo(x, frame.top());
            s.lineTo(x, frame.bottom());
            s.stroke();
        }
        double[] in = new double[steps];
        for (int t = 0; t < steps; t++) {
            in[t] = trace.input(t, 0);
        }
        line(s, in, 1, p.grid(), 1.5, 0);
        if (trace.inputFeatures() == 2) {
            // The adding problem: its second input marks the numbers to add; ring them.
            s.setStroke(p.mutedText());
            s.setLineWidth(1);
            for (int t = 0; t < steps; t++) {
                if (trace.input(t, 1) > 0.5) {
                    s.beginPath();
                    s.circle(frame.px(t + 1), frame.pyClamped(in[t], frame.height()), DOT + 2);
                    s.stroke();
                }
            }
        }
        boolean everyStep = trace.targetSteps() == steps;
        int firstStep = everyStep ? 1 : steps;
        double[] target = new double[trace.targetSteps() + extra];
        double[] output = new double[trace.targetSteps()];
        for (int k = 0; k < trace.targetSteps(); k++) {
            target[k] = trace.target(k, 0);
            output[k] = trace.output(k, 0);
        }
        if (run != null) {
            System.arraycopy(run.truth(), 0, target, trace.targetSteps(), extra);
        }
        line(s, target, firstStep, p.mutedText(), 1, 0);
        dots(s, target, firstStep, p.ink());
        line(s, output, firstStep, p.positive(), 2, 0);
        if (!everyStep) {
            dots(s, output, firstStep, p.positive());
        }
        if (run != null) {
            double[] joined = new double[extra + 1];
            joined[0] = output[output.length - 1];
            System.arraycopy(run.generated(), 0, joined, 1, extra);
            line(s, joined, steps, p.negative(), 2, 0);
        }
        s.restore();
        legend(s, trace.inputFeatures() == 2 ? "input (marked: ringed)" : "input", run != null);
    }

    private static double[] range(SequenceTrace trace, FreeRun run) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < trace.targetSteps(); k++) {
            lo = Math.min(lo, Math.min(trace.target(k, 0), trace.output(k, 0)));
            hi = Math.max(hi, Math.max(trace.target(k, 0), trace.output(k, 0)));
        }
        for (int t = 0; t < trace.steps(); t++) {
            lo = Math.min(lo, trace.input(t, 0));
            hi = Math.max(hi, trace.input(t, 0));
        }
        if (run != null) {
            for (int n = 0; n < run.generated().length; n++) {
                lo = Math.min(lo, Math.min(run.truth()[n], clampShown(run.generated()[n])));
                hi = Math.max(hi, Math.max(run.truth()[n], clampShown(run.generated()[n])));
            }
        }
        if (!Doubles.isFinite(lo) || !Doubles.isFinite(hi)) {
            return new double[] {0, 1};
        }
        double pad = Math.max(0.05, (hi - lo) * 0.08);
        return new double[] {lo - pad, hi + pad};
    }

    /** A generated value as the range may widen to: a run that flew off keeps the sequence readable. */
    private static double clampShown(double v) {
        return Doubles.isFinite(v) ? Math.max(-3, Math.min(3, v)) : 0;
    }

    /** A line through values[i] at steps first + i; non-finite values leave a gap. */
    private void line(DrawSurface s, double[] values, int first, int colour, double width, double dash) {
        s.setStroke(colour);
        s.setLineWidth(width);
        s.setDash(dash);
        s.beginPath();
        boolean down = false;
        for (int i = 0; i < values.length; i++) {
            if (!Doubles.isFinite(values[i])) {
                down = false;
                continue;
            }
            double x = frame.px(first + i);
            double y = frame.pyClamped(values[i], frame.height());
            if (down) {
                s.lineTo(x, y);
            } else {
                s.moveTo(x, y);
                down = true;
            }
        }
        s.stroke();
        s.setDash(0);
    }

    private void dots(DrawSurface s, double[] values, int first, int colour) {
        s.setFill(colour);
        s.beginPath();
        for (int i = 0; i < values.length; i++) {
            if (Doubles.isFinite(values[i])) {
                s.circle(frame.px(first + i), frame.pyClamped(values[i], frame.height()), DOT);
            }
        }
        s.fill();
    }

    private void legend(DrawSurface s, String input, boolean continued) {
        Palette p = s.palette();
        s.setFont(StepAxes.FONT, false);
        double x = frame.left();
        double y = TOP / 2;
        x = key(s, x, y, p.ink(), "target" + (continued ? " and true sine" : ""));
        x = key(s, x, y, p.positive(), "prediction");
        if (continued) {
            x = key(s, x, y, p.negative(), "free-running");
        }
        key(s, x, y, p.grid(), input);
    }

    private static double key(DrawSurface s, double x, double y, int colour, String text) {
        if (x + 14 + s.textWidth(text) > s.width()) {
            return x; // no room at this width: the aria-label says it
        }
        s.setFill(colour);
        s.fillRect(x, y - 1.5, 10, 3);
        s.setFill(s.palette().mutedText());
        s.fillText(text, x + 13, y, -1);
        return x + 13 + s.textWidth(text) + 12;
    }

    /** The plot in a sentence, for the canvas's label. */
    public static String describe(SequenceTrace trace, FreeRun run, int sequence) {
        StringBuilder s = new StringBuilder("Target and prediction over the ").append(trace.steps()).append(" steps of sequence ")
                .append(sequence + 1);
        int last = trace.targetSteps() - 1;
        s.append("; at the last step the target is ").append(NumberFormat.significant(trace.target(last, 0), 3))
                .append(" and the prediction ").append(NumberFormat.significant(trace.output(last, 0), 3));
        if (run != null) {
            s.append(". Free-running for ").append(run.generated().length).append(" more steps, it strays from the true sine by up to ")
                    .append(NumberFormat.significant(run.drift(run.generated().length), 2));
        }
        return s.append('.').toString();
    }
}
