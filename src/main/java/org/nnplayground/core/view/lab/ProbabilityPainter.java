package org.nnplayground.core.view.lab;

import java.util.List;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * The class probabilities of one image as labelled horizontal bars, the percentage after each.
 * The network's answer (the longest bar) is drawn in the positive colour, or in the warning
 * colour with a cross when the image's label says otherwise; the label's class name is bold.
 */
public final class ProbabilityPainter {
    /** Height of one bar's row. */
    public static final double ROW = 20;

    /** Height of the bars of {@code classes} classes. */
    public static double height(int classes) {
        return classes * ROW + 4;
    }

    /**
     * Paints the bars.
     *
     * @param names the class names
     * @param probabilities one per class
     * @param actual the image's label, or -1 for an image without one (a drawing)
     */
    public void paint(DrawSurface s, List<String> names, double[] probabilities, int actual) {
        Palette p = s.palette();
        s.clear();
        int k = probabilities.length;
        int best = argmax(probabilities);
        s.setFont(12, true);
        double labelWidth = 0;
        for (int c = 0; c < k; c++) {
            labelWidth = Math.max(labelWidth, s.textWidth(names.get(c) + " \u2717"));
        }
        labelWidth = Math.min(labelWidth, s.width() * 0.4);
        double barX = labelWidth + 8;
        double barWidth = Math.max(10, s.width() - barX - 48);
        for (int c = 0; c < k; c++) {
            double y = 2 + c * ROW;
            double v = probabilities[c];
            boolean wrong = c == best && actual >= 0 && actual != best;
            s.setFont(12, c == actual);
            s.setFill(p.text());
            String name = names.get(c) + (wrong ? " \u2717" : "");
            s.fillText(Tiles.fit(s, name, labelWidth), labelWidth, y + ROW / 2, 1);
            s.setFill(p.grid());
            s.fillRect(barX, y + 4, barWidth, ROW - 8);
            s.setFill(c != best ? p.mutedText() : wrong ? p.warning() : p.positive());
            s.fillRect(barX, y + 4, barWidth * clamp(v), ROW - 8);
            s.setFont(11, false);
            s.setFill(p.text());
            s.fillText(percent(v), barX + barWidth + 4, y + ROW / 2, -1);
        }
    }

    /** "12.5%"; "-" for a value that is not a number. */
    public static String percent(double v) {
        return Doubles.isNaN(v) ? "-" : NumberFormat.fixed(100 * v, 1) + "%";
    }

    /** The largest entry's index (the first of equals). */
    public static int argmax(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }

    private static double clamp(double v) {
        return Doubles.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
