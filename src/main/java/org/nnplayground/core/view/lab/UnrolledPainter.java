package org.nnplayground.core.view.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.Colors;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.NiceTicks;
import org.nnplayground.core.view.Palette;
import org.nnplayground.core.view.PlotFrame;

/**
 * The network unrolled over the steps of one sequence: a column per step, and in it a row per input
 * value, then each recurrent layer's units (its hidden state after that step, or one of its gates),
 * then the target and the network's prediction. Each cell is coloured on the signed scale as the
 * points' views colour values (orange negative, blue positive, faint near zero): a bit travelling
 * through the state shows as a colour moving down and to the right. States and gates are drawn as
 * they are (they lie in [-1, 1]); inputs and targets are scaled by their largest size so that bits
 * read as blue on faint. A sequence-to-one problem has its target and prediction in the last column
 * only.
 *
 * <p>A cell is addressed by {@link Cursor} (step, row; rows counted from the top over every group);
 * {@link #hitAt} finds the one under a pointer and {@link #readout} says it in words, so a pointer
 * and the arrow keys read the same.
 */
public final class UnrolledPainter {
    /** Width of the labels left of the rows. */
    static final double LABEL_WIDTH = 62;
    /** Gap between two groups of rows. */
    static final double GROUP_GAP = 6;
    /** Largest and smallest height of one row. */
    static final double MAX_ROW = 14;
    static final double MIN_ROW = 2;

    /** One cell: step (0-based) and row (0-based, from the top, over every group). */
    public record Cursor(int step, int row) {
    }

    /** What a group of rows shows. */
    enum Kind { INPUT, LAYER, TARGET, PREDICTION }

    /** A group of rows as laid out by the last paint. */
    record Group(Kind kind, int layer, int firstRow, int rows, double top) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final NiceTicks ticks = new NiceTicks();
    private final PlotFrame axis = new PlotFrame();
    private int[] pixels = new int[0];
    private double left;
    private double cellWidth = 1;
    private double rowHeight = 1;
    private int steps;
    private int totalRows;

    /** Rows in all, for {@code trace}: inputs, every layer's units, target and prediction. */
    public static int rows(SequenceTrace trace) {
        int rows = trace.inputFeatures() + 2 * trace.targetFeatures();
        for (SequenceTrace.LayerTrace l : trace.layers()) {
            rows += l.hidden();
        }
        return rows;
    }

    /** {@code cursor} moved by {@code dStep} steps and {@code dRow} rows, kept inside the trace. */
    public static Cursor move(SequenceTrace trace, Cursor cursor, int dStep, int dRow) {
        Cursor c = cursor == null ? new Cursor(0, 0) : cursor;
        int step = Math.max(0, Math.min(trace.steps() - 1, c.step() + dStep));
        int row = Math.max(0, Math.min(rows(trace) - 1, c.row() + dRow));
        return new Cursor(step, row);
    }

    /**
     * Paints {@code trace}; {@code gate} is the gate to show in place of the state (-1: the state; a
     * layer without that gate shows its state); {@code cursor} is outlined (null: none).
     */
    public void paint(DrawSurface s, SequenceTrace trace, int gate, Cursor cursor) {
        s.clear();
        Palette p = s.palette();
        steps = trace.steps();
        layout(s, trace);
        double inputScale = scale(trace, true);
        double targetScale = scale(trace, false);
        s.setFont(StepAxes.FONT, false);
        for (Group g : groups) {
            int need = g.rows() * steps;
            if (pixels.length < need) {
                pixels = new int[need];
            }
            for (int r = 0; r < g.rows(); r++) {
                for (int t = 0; t < steps; t++) {
                    pixels[r * steps + t] = colour(p, trace, g, r, t, gate, inputScale, targetScale);
                }
            }
            s.drawPixels(pixels, steps, g.rows(), left, g.top(), cellWidth * steps, rowHeight * g.rows());
            s.setFill(p.mutedText());
            double middle = g.top() + rowHeight * g.rows() / 2;
            if (g.kind() == Kind.LAYER && trace.layers().size() > 1) {
                // Several layers: "layer 2" over what it shows, as far as the rows give room for two lines.
                boolean two = rowHeight * g.rows() >= 2 * StepAxes.FONT + 2;
                s.fillText("layer " + (g.layer() + 1), left - 6, two ? middle - StepAxes.FONT / 2 - 1 : middle, 1);
                if (two) {
                    s.fillText(label(trace, g, gate), left - 6, middle + StepAxes.FONT / 2 + 1, 1);
                }
            } else {
                s.fillText(label(trace, g, gate), left - 6, middle, 1);
            }
        }
        double bottom = groups.get(groups.size() - 1).top() + rowHeight * groups.get(groups.size() - 1).rows();
        axis.place(left, 0, cellWidth * steps, bottom).range(0.5, steps + 0.5, 0, 1);
        StepAxes.steps(s, axis, ticks, false);
        if (cursor != null && cursor.step() < steps && cursor.row() < totalRows) {
            Group g = groupOf(cursor.row());
            double y = g.top() + (cursor.row() - g.firstRow()) * rowHeight;
            s.setDash(0);
            s.setLineWidth(2);
            s.setStroke(p.ink());
            s.strokeRect(left + cursor.step() * cellWidth, y, cellWidth, rowHeight);
        }
    }

    private void layout(DrawSurface s, SequenceTrace trace) {
        groups.clear();
        int row = 0;
        List<Group> plan = new ArrayList<>();
        plan.add(new Group(Kind.INPUT, -1, row, trace.inputFeatures(), 0));
        row += trace.inputFeatures();
        for (int l = 0; l < trace.layers().size(); l++) {
            plan.add(new Group(Kind.LAYER, l, row, trace.layers().get(l).hidden(), 0));
            row += trace.layers().get(l).hidden();
        }
        plan.add(new Group(Kind.TARGET, -1, row, trace.targetFeatures(), 0));
        row += trace.targetFeatures();
        plan.add(new Group(Kind.PREDICTION, -1, row, trace.targetFeatures(), 0));
        row += trace.targetFeatures();
        totalRows = row;
        double room = s.height() - StepAxes.X_LABEL_SPACE - 2 - GROUP_GAP * (plan.size() - 1);
        rowHeight = Math.max(MIN_ROW, Math.min(MAX_ROW, room / totalRows));
        left = Math.min(LABEL_WIDTH, s.width() / 3);
        cellWidth = Math.max(1e-3, (s.width() - left - 4) / steps); // a long sequence gets columns below a pixel
        double y = 1;
        for (Group g : plan) {
            groups.add(new Group(g.kind(), g.layer(), g.firstRow(), g.rows(), y));
            y += g.rows() * rowHeight + GROUP_GAP;
        }
    }

    /** Most height {@link #preferredHeight} asks for: a stack of wide layers gets thin rows instead. */
    static final double MAX_HEIGHT = 640;

    /** The height the rows of {@code trace} want (at most {@link #MAX_HEIGHT}), so that a page can size its canvas to them. */
    public static double preferredHeight(SequenceTrace trace) {
        int groupsCount = trace.layers().size() + 3;
        return Math.min(MAX_HEIGHT, rows(trace) * MAX_ROW * 0.75 + GROUP_GAP * (groupsCount - 1) + StepAxes.X_LABEL_SPACE + 4);
    }

    private static double scale(SequenceTrace trace, boolean inputs) {
        double max = 0;
        if (inputs) {
            for (int t = 0; t < trace.steps(); t++) {
                for (int f = 0; f < trace.inputFeatures(); f++) {
                    max = Math.max(max, Math.abs(trace.input(t, f)));
                }
            }
        } else {
            for (int t = 0; t < trace.targetSteps(); t++) {
                for (int f = 0; f < trace.targetFeatures(); f++) {
                    max = Math.max(max, Math.abs(trace.target(t, f)));
                }
            }
        }
        return max > 0 && Doubles.isFinite(max) ? max : 1;
    }

    private static int colour(Palette p, SequenceTrace trace, Group g, int r, int t, int gate, double inputScale,
                              double targetScale) {
        double v = value(trace, g.kind(), g.layer(), r, t, gate);
        if (Doubles.isNaN(v) && g.kind() != Kind.LAYER) {
            return Colors.toPixel(p.background());
        }
        double scale = g.kind() == Kind.INPUT ? inputScale : g.kind() == Kind.LAYER ? 1 : targetScale;
        return Colors.toPixel(p.diverging(v / scale));
    }

    /** The value of row {@code r} of a group at step {@code t}; NaN where a sequence-to-one problem has no target. */
    private static double value(SequenceTrace trace, Kind kind, int layer, int r, int t, int gate) {
        switch (kind) {
            case INPUT:
                return trace.input(t, r);
            case LAYER:
                SequenceTrace.LayerTrace l = trace.layers().get(layer);
                return gate >= 0 && gate < l.gateRows() ? l.gate(t, gate, r) : l.state(t, r);
            default:
                int k = targetStep(trace, t);
                if (k < 0) {
                    return Double.NaN;
                }
                return kind == Kind.TARGET ? trace.target(k, r) : trace.output(k, r);
        }
    }

    /** The target step of step {@code t}: itself, or 0 at the last step of a sequence-to-one problem, else -1. */
    private static int targetStep(SequenceTrace trace, int t) {
        if (trace.targetSteps() == trace.steps()) {
            return t;
        }
        return t == trace.steps() - 1 ? trace.targetSteps() - 1 : -1;
    }

    private static String label(SequenceTrace trace, Group g, int gate) {
        switch (g.kind()) {
            case INPUT:
                return "input";
            case LAYER:
                SequenceTrace.LayerTrace l = trace.layers().get(g.layer());
                return gate >= 0 && gate < l.gateRows() ? SequenceTrace.gateNames(l.kind()).get(gate) : "state";
            case TARGET:
                return "target";
            default:
                return "prediction";
        }
    }

    private Group groupOf(int row) {
        for (Group g : groups) {
            if (row >= g.firstRow() && row < g.firstRow() + g.rows()) {
                return g;
            }
        }
        return groups.get(groups.size() - 1);
    }

    /** The cell under (x, y) as the last paint laid it out, or null between groups and outside. */
    public Cursor hitAt(double x, double y) {
        if (x < left || x >= left + cellWidth * steps) {
            return null;
        }
        int step = (int) ((x - left) / cellWidth);
        for (Group g : groups) {
            if (y >= g.top() && y < g.top() + g.rows() * rowHeight) {
                return new Cursor(step, g.firstRow() + (int) ((y - g.top()) / rowHeight));
            }
        }
        return null;
    }

    /**
     * The cell at {@code cursor} in words: "step 3, unit 2: 0.734" for a unit (with its layer when
     * there are several, and its gate when one is shown), "step 3, input: 1" for the others; the
     * target and prediction of a sequence-to-one problem come only at its last step.
     */
    public static String readout(SequenceTrace trace, int gate, Cursor cursor) {
        int row = cursor.row();
        int t = cursor.step();
        String step = "step " + (t + 1) + ", ";
        if (row < trace.inputFeatures()) {
            return step + (trace.inputFeatures() > 1 ? "input " + (row + 1) : "input") + ": " + number(trace.input(t, row));
        }
        row -= trace.inputFeatures();
        for (int l = 0; l < trace.layers().size(); l++) {
            SequenceTrace.LayerTrace layer = trace.layers().get(l);
            if (row < layer.hidden()) {
                boolean gated = gate >= 0 && gate < layer.gateRows();
                String where = trace.layers().size() > 1 ? " of layer " + (l + 1) : "";
                String what = gated ? " (" + SequenceTrace.gateNames(layer.kind()).get(gate) + " gate)" : "";
                return step + "unit " + (row + 1) + where + what + ": "
                        + number(gated ? layer.gate(t, gate, row) : layer.state(t, row));
            }
            row -= layer.hidden();
        }
        boolean target = row < trace.targetFeatures();
        int f = target ? row : row - trace.targetFeatures();
        int k = targetStep(trace, t);
        String name = target ? "target" : "prediction";
        if (k < 0) {
            return step + name + ": none before the last step";
        }
        return step + name + ": " + number(target ? trace.target(k, f) : trace.output(k, f));
    }

    private static String number(double v) {
        return NumberFormat.significant(v, 3);
    }

    /** The whole view in a sentence, for the canvas's label. */
    public static String describe(SequenceTrace trace, int gate, int sequence) {
        StringBuilder s = new StringBuilder("Sequence ").append(sequence + 1).append(" unrolled over ").append(trace.steps())
                .append(" steps: the input, ");
        for (int l = 0; l < trace.layers().size(); l++) {
            SequenceTrace.LayerTrace layer = trace.layers().get(l);
            boolean gated = gate >= 0 && gate < layer.gateRows();
            s.append(l == 0 ? "" : ", ").append("the ").append(gated ? SequenceTrace.gateNames(layer.kind()).get(gate) + " gate"
                    : "hidden state").append(" of ").append(layer.hidden()).append(' ').append(layer.kind()).append(" units");
        }
        return s.append(", then the target and the prediction; loss ").append(number(trace.loss())).append('.').toString();
    }
}
