package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.Decimals;
import org.nnplayground.core.text.NumberFormat;

/**
 * Paints how large each layer's gradient is over time, for the vanishing-gradient lessons: one
 * strip per layer ("layer 1" at the top), coloured by the size (faint when tiny, strong when large:
 * see {@link Palette#sequential}) with a line whose height within the strip is the size on a log scale, the latest size
 * written at the right, epochs along the bottom and a colour key of the decades below.
 *
 * <p>Sizes span many decades, so the scale is logarithmic: whole decades around the recorded sizes,
 * at least {@link #MIN_DECADES} and at most {@link #MAX_DECADES} (smaller sizes sit at the bottom,
 * as does a size of zero). A layer whose gradient has vanished thus reads as a pale strip with its
 * line along the floor. NaN sizes are left out: a gap in the line, a grey column in the strip.
 */
public final class GradientFlowPainter {
    /** The fewest decades the scale shows. */
    public static final int MIN_DECADES = 3;
    /** The most decades the scale shows. */
    public static final int MAX_DECADES = 10;

    /** The colour of the lines of gradient size. */
    static int line(Palette p) {
        return p.negative();
    }

    static final double FONT = 10;
    private static final double MARGIN = 6;
    private static final double KEY_BAR = 8;
    private static final double KEY_SPACE = KEY_BAR + 3 + FONT + 2;
    private static final int MAX_COLUMNS = 256;
    private static final int KEY_STEPS = 64;
    private static final double DOT = 2;

    private final PlotFrame frame = new PlotFrame();
    private final NiceTicks xTicks = new NiceTicks();
    private final GappedLine line = new GappedLine();
    private final int[] strip = new int[MAX_COLUMNS];
    private final int[] key = new int[KEY_STEPS];
    private String[] labels = new String[0];
    private int lowDecade = -4;
    private int highDecade;
    private double rowHeight = 1;
    private double stripHeight = 1;

    /** Paints the whole surface from the history's records. */
    public void paint(DrawSurface s, GradientHistory history) {
        s.clear();
        int layers = history.layers();
        int n = history.size();
        fitDecades(history);
        s.setFont(FONT, false);
        String widest = layers > 0 ? label(layers - 1) : "gradient";
        double left = MARGIN + Math.max(s.textWidth(widest), s.textWidth("gradient")) + 6;
        double right = s.width() - MARGIN - s.textWidth("0.00012") - 6;
        double top = MARGIN;
        double bottom = s.height() - MARGIN - KEY_SPACE - AxisPainter.X_LABEL_SPACE;
        double xMin = n == 0 ? 0 : history.epoch(0);
        double xMax = n == 0 ? 1 : Math.max(history.epoch(n - 1), xMin + 1);
        frame.place(left, top, right - left, bottom - top).range(xMin, xMax, 0, Math.max(1, layers));
        rowHeight = frame.height() / Math.max(1, layers);
        stripHeight = Math.max(1, rowHeight - Math.min(4, 0.2 * rowHeight));
        xTicks.within(xMin, xMax, AxisPainter.tickBudget(frame.width(), 56));
        if (xTicks.step() < 1) {
            xTicks.within(xMin, xMax, Math.max(1, (int) (xMax - xMin))); // epochs are whole numbers
        }
        AxisPainter.xAxis(s, frame, xTicks, false);
        paintKey(s);
        for (int l = 0; l < layers; l++) {
            paintRow(s, history, l);
        }
        if (n == 0) {
            s.setFont(12, false);
            s.setFill(s.palette().mutedText());
            s.fillText("No gradients yet", frame.left() + frame.width() / 2, frame.top() + frame.height() / 2, 0);
        }
    }

    /** The strips' rectangle and the epoch range of the last paint (y counts layers, top down). */
    public PlotFrame frame() {
        return frame;
    }

    /** The lowest decade of the last paint's scale: 10^lowDecade sits at a strip's floor. */
    public int lowDecade() {
        return lowDecade;
    }

    /** The highest decade of the last paint's scale: 10^highDecade fills a strip. */
    public int highDecade() {
        return highDecade;
    }

    /** Top pixel of the strip of {@code layer} (0 is layer 1) in the last paint. */
    double stripTop(int layer) {
        return frame.top() + layer * rowHeight;
    }

    double stripHeight() {
        return stripHeight;
    }

    /** "layer k" for the 0-based layer index, built once per layer. */
    private String label(int layer) {
        if (layer >= labels.length) {
            String[] more = new String[layer + 1];
            for (int l = 0; l < more.length; l++) {
                more[l] = l < labels.length ? labels[l] : "layer " + (l + 1);
            }
            labels = more;
        }
        return labels[layer];
    }

    private void fitDecades(GradientHistory h) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < h.size(); i++) {
            for (int l = 0; l < h.layers(); l++) {
                double v = h.gradient(i, l);
                if (v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max == 0) {
            lowDecade = -MIN_DECADES - 1;
            highDecade = -1;
            return;
        }
        highDecade = (int) Math.ceil(Decimals.log10(max) - 1e-9);
        lowDecade = (int) Math.floor(Decimals.log10(min) + 1e-9);
        if (highDecade <= lowDecade) {
            highDecade = lowDecade + 1;
        }
        lowDecade = Math.max(highDecade - MAX_DECADES, Math.min(highDecade - MIN_DECADES, lowDecade));
    }

    /** A size's place on the scale: 0 at the floor (also for zero), 1 at the top; NaN for NaN. */
    double scale(double v) {
        if (Doubles.isNaN(v)) {
            return Double.NaN;
        }
        if (!(v > 0)) {
            return 0.0;
        }
        double t = (Decimals.log10(v) - lowDecade) / (highDecade - lowDecade);
        return Math.max(0.0, Math.min(1.0, t));
    }

    private void paintRow(DrawSurface s, GradientHistory h, int layer) {
        double top = stripTop(layer);
        double bottom = top + stripHeight;
        double middle = top + stripHeight / 2;
        s.setFont(FONT, false);
        s.setFill(s.palette().mutedText());
        s.fillText(label(layer), frame.left() - 6, middle, 1);
        int n = h.size();
        if (n == 0) {
            s.setStroke(s.palette().grid());
            s.setLineWidth(1);
            s.strokeRect(frame.left() + 0.5, top + 0.5, frame.width() - 1, stripHeight - 1);
            return;
        }
        int columns = Math.max(1, Math.min(MAX_COLUMNS, (int) frame.width()));
        int j = 0;
        for (int c = 0; c < columns; c++) {
            double epoch = frame.dataX(frame.left() + (c + 0.5) * frame.width() / columns);
            while (j + 1 < n && h.epoch(j + 1) <= epoch) {
                j++;
            }
            strip[c] = Colors.toPixel(s.palette().sequential(scale(h.gradient(j, layer))));
        }
        s.drawPixels(strip, columns, 1, frame.left(), top, frame.width(), stripHeight);
        paintLine(s, h, layer, bottom);
        double latest = h.gradient(n - 1, layer);
        s.setFill(!Doubles.isNaN(latest) ? s.palette().text() : s.palette().mutedText());
        s.fillText(!Doubles.isNaN(latest) ? NumberFormat.significant(latest, 2) : "\u2013", frame.right() + 6, middle, -1);
    }

    /** The size over time as a line inside the strip, broken at NaN, with a dot on the latest point. */
    private void paintLine(DrawSurface s, GradientHistory h, int layer, double bottom) {
        s.setStroke(line(s.palette()));
        s.setLineWidth(1.5);
        s.setDash(0);
        line.begin(s);
        for (int i = 0; i < h.size(); i++) {
            double t = scale(h.gradient(i, layer));
            line.point(frame.px(h.epoch(i)), Doubles.isNaN(t) ? Double.NaN : bottom - t * stripHeight);
        }
        line.stroke();
        if (line.hasLast()) {
            s.setFill(line(s.palette()));
            s.beginPath();
            s.circle(line.lastX(), line.lastY(), DOT);
            s.fill();
        }
    }

    /** The colour key: a bar along the strips' width with a label at every shown decade. */
    private void paintKey(DrawSurface s) {
        for (int i = 0; i < KEY_STEPS; i++) {
            key[i] = Colors.toPixel(s.palette().sequential((i + 0.5) / KEY_STEPS));
        }
        double y = s.height() - MARGIN - KEY_SPACE;
        s.drawPixels(key, KEY_STEPS, 1, frame.left(), y, frame.width(), KEY_BAR);
        s.setFont(FONT, false);
        s.setFill(s.palette().mutedText());
        s.fillText("gradient", frame.left() - 6, y + KEY_BAR / 2, 1);
        int decades = highDecade - lowDecade;
        double spacing = frame.width() / decades;
        int stride = Math.max(1, (int) Math.ceil(36 / spacing));
        double labelY = y + KEY_BAR + 3 + FONT / 2;
        for (int k = 0; k <= decades; k += stride) {
            s.fillText(NumberFormat.compact(Decimals.pow10(lowDecade + k)), frame.left() + k * spacing, labelY, 0);
        }
    }
}
