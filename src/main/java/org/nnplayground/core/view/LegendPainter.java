package org.nnplayground.core.view;

import org.nnplayground.core.text.NumberFormat;

/**
 * Colour keys for the output view, drawn into a rectangle the caller chooses: a gradient bar with
 * tick labels for continuous outputs, class swatches for classes, and a small key of curve and
 * points for 1-D data. A rectangle taller than wide gives a vertical legend, otherwise horizontal.
 * Holds one small pixel buffer, reused every paint.
 */
public final class LegendPainter {
    /** Font size of legend labels. */
    public static final double FONT = 10;
    private static final int STEPS = 64;
    private final int[] bar = new int[STEPS];

    /**
     * A colour bar from {@code low} (the negative colour) to {@code high} (the positive colour) with
     * labels at both ends and the middle; {@code discrete} shows the two solid halves of a
     * discretized heatmap instead of the gradient.
     */
    public void gradient(DrawSurface s, double x, double y, double w, double h, double low, double high,
                         boolean discrete) {
        boolean vertical = h > w;
        Palette p = s.palette();
        for (int i = 0; i < STEPS; i++) {
            double t = (i + 0.5) / STEPS * 2 - 1; // -1 .. 1 along the bar
            int colour = discrete ? (t > 0 ? p.positive() : p.negative()) : p.diverging(t);
            bar[vertical ? STEPS - 1 - i : i] = Colors.toPixel(colour);
        }
        s.setFont(FONT, false);
        s.setFill(p.mutedText());
        String lowText = NumberFormat.compact(low);
        String midText = NumberFormat.compact((low + high) / 2);
        String highText = NumberFormat.compact(high);
        if (vertical) {
            double bw = Math.min(10, w / 3);
            double bh = Math.max(1, h - FONT);
            double top = y + FONT / 2;
            s.drawPixels(bar, 1, STEPS, x, top, bw, bh);
            s.fillText(highText, x + bw + 4, top, -1);
            s.fillText(midText, x + bw + 4, top + bh / 2, -1);
            s.fillText(lowText, x + bw + 4, top + bh, -1);
        } else {
            double edge = Math.max(s.textWidth(lowText), s.textWidth(highText)) / 2;
            double left = x + edge;
            double bw = Math.max(1, w - 2 * edge);
            double bh = Math.min(8, Math.max(2, h - FONT - 4));
            s.drawPixels(bar, STEPS, 1, left, y, bw, bh);
            double ty = y + bh + 3 + FONT / 2;
            s.fillText(lowText, left, ty, 0);
            s.fillText(midText, left + bw / 2, ty, 0);
            s.fillText(highText, left + bw, ty, 0);
        }
    }

    /** One swatch and "Class k" (1-based) per class, in rows (horizontal) or one column (vertical). */
    public void classes(DrawSurface s, double x, double y, double w, double h, int classes) {
        s.setFont(FONT, false);
        double box = 9;
        double rowHeight = 14;
        double cx = x;
        double cy = y;
        for (int k = 0; k < classes; k++) {
            String label = classLabel(k);
            double itemWidth = box + 4 + s.textWidth(label) + 10;
            if (h <= w && cx > x && cx + itemWidth > x + w) {
                cx = x;
                cy += rowHeight;
            }
            if (cy + box > y + h + 0.5) {
                return; // no room left: drop the rest rather than draw outside
            }
            s.setFill(s.palette().forClass(k, classes));
            s.fillRect(cx, cy, box, box);
            s.setFill(s.palette().mutedText());
            s.fillText(label, cx + box + 4, cy + box / 2, -1);
            if (h > w) {
                cy += rowHeight;
            } else {
                cx += itemWidth;
            }
        }
    }

    /** The label of class {@code k} (0-based): "Class 1", "Class 2", ... */
    public static String classLabel(int k) {
        return "Class " + (k + 1);
    }

    /** A key for 1-D data: the network's curve, training points and (when shown) test points. */
    public void curveKey(DrawSurface s, double x, double y, double w, double h, boolean showTest) {
        curveKey(s, x, y, w, h, showTest, "network");
    }

    /** The same with the curve named {@code curveName} ("network", or "neuron" while one neuron is shown). */
    public void curveKey(DrawSurface s, double x, double y, double w, double h, boolean showTest, String curveName) {
        s.setFont(FONT, false);
        double cy = y + Math.min(h, 12) / 2;
        double cx = x;
        s.setDash(0);
        s.setLineWidth(2);
        Palette p = s.palette();
        s.setStroke(p.positive());
        s.beginPath();
        s.moveTo(cx, cy);
        s.lineTo(cx + 14, cy);
        s.stroke();
        cx = label(s, curveName, cx + 18, cy);
        s.setLineWidth(1);
        s.setStroke(p.background());
        s.setFill(DataPointsPainter.curveTrain(p));
        s.beginPath();
        s.circle(cx + 4, cy, 3);
        s.fill();
        s.stroke();
        cx = label(s, "train", cx + 10, cy);
        if (showTest && cx + 40 <= x + w) {
            s.setLineWidth(1.5);
            s.setStroke(DataPointsPainter.testOutline(p));
            s.beginPath();
            s.circle(cx + 4, cy, 3);
            s.stroke();
            label(s, "test", cx + 10, cy);
        }
    }

    /** Draws a key label at x on the line cy; returns where the next item starts. */
    private static double label(DrawSurface s, String text, double x, double cy) {
        s.setFill(s.palette().mutedText());
        s.fillText(text, x, cy, -1);
        return x + s.textWidth(text) + 12;
    }
}
