package org.nnplayground.core.view.lab;

import java.util.List;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * A confusion matrix: one row per true class, one column per class the network chose, each cell
 * shaded by its count (the largest cell at full colour) and the count written in it. The diagonal
 * holds the right answers and has an outline. Class names label the rows, and the columns when
 * they fit (else their first letter).
 */
public final class ConfusionPainter {
    /** Height of the column headers. */
    public static final double HEADER = 32;
    /** Largest cell side. */
    public static final double MAX_CELL = 40;

    /** The side of one cell for {@code classes} classes in {@code width} pixels, with {@code labelWidth} for the row names. */
    public static double cell(int classes, double width, double labelWidth) {
        return Math.max(12, Math.min(MAX_CELL, Math.floor((width - labelWidth - 8) / classes)));
    }

    /** Height of the matrix for {@code classes} classes in {@code width} pixels. */
    public static double height(int classes, double width) {
        return HEADER + classes * cell(classes, width, labelWidthFor(width)) + 4;
    }

    private static double labelWidthFor(double width) {
        return Math.min(84, width * 0.3);
    }

    /**
     * Paints the matrix.
     *
     * @param names the class names
     * @param counts images of true class a put in class b at {@code a * classes + b}
     */
    public void paint(DrawSurface s, List<String> names, int[] counts) {
        Palette p = s.palette();
        s.clear();
        int k = names.size();
        int largest = 1;
        for (int c : counts) {
            largest = Math.max(largest, c);
        }
        s.setFont(11, false);
        double labelWidth = 0;
        for (String n : names) {
            labelWidth = Math.max(labelWidth, s.textWidth(n));
        }
        labelWidth = Math.min(labelWidthFor(s.width()), labelWidth + 6);
        double cell = Math.min(cell(k, s.width(), labelWidth), Math.floor((s.height() - HEADER - 4) / k));
        double x0 = labelWidth + 4;
        double y0 = HEADER;
        s.setFill(p.mutedText());
        s.fillText("chosen \u2192", x0, 8, -1);
        boolean fits = true;
        for (String n : names) {
            fits &= s.textWidth(n) <= cell - 2;
        }
        s.setFill(p.text());
        for (int b = 0; b < k; b++) {
            String head = fits ? names.get(b) : names.get(b).substring(0, 1);
            s.fillText(head, x0 + b * cell + cell / 2, HEADER - 9, 0);
        }
        for (int a = 0; a < k; a++) {
            double y = y0 + a * cell;
            s.setFont(11, false);
            s.setFill(p.text());
            s.fillText(Tiles.fit(s, names.get(a), labelWidth - 4), labelWidth, y + cell / 2, 1);
            for (int b = 0; b < k; b++) {
                double x = x0 + b * cell;
                int n = counts[a * k + b];
                double t = (double) n / largest;
                s.setFill(p.sequential(t));
                s.fillRect(x, y, cell - 1, cell - 1);
                if (n > 0) {
                    s.setFont(cell < 20 ? 9 : 11, a == b);
                    s.setFill(t > 0.55 ? p.background() : p.text());
                    s.fillText(Integer.toString(n), x + cell / 2 - 0.5, y + cell / 2 - 0.5, 0);
                }
                if (a == b) {
                    s.setStroke(p.mutedText());
                    s.setLineWidth(1);
                    s.strokeRect(x + 0.5, y + 0.5, cell - 2, cell - 2);
                }
            }
        }
    }
}
