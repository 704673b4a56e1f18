package org.nnplayground.core.view.lab;

import java.util.function.DoubleUnaryOperator;
import org.nnplayground.core.view.Colors;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * Draws a grid of values as a small image, one colour per value, with one reusable pixel buffer:
 * images, filters and feature maps alike. Also fits a text to a width, with an ellipsis.
 */
final class Tiles {
    private int[] buffer = new int[0];

    /**
     * Draws {@code w x h} values of {@code values} from {@code offset} (row-major), each mapped by
     * {@code scale} to [-1, 1] or [0, 1] and coloured by {@code colour}, into the rectangle (x, y, dw, dh).
     */
    void draw(DrawSurface s, double[] values, int offset, int w, int h, DoubleUnaryOperator scale, boolean signed,
              double x, double y, double dw, double dh) {
        int n = w * h;
        if (buffer.length < n) {
            buffer = new int[n];
        }
        Palette p = s.palette();
        for (int i = 0; i < n; i++) {
            double v = scale.applyAsDouble(values[offset + i]);
            buffer[i] = Colors.toPixel(signed ? p.diverging(v) : p.sequential(v));
        }
        s.drawPixels(buffer, w, h, x, y, dw, dh);
    }

    /** {@code text}, shortened with an ellipsis until it fits {@code width} at the surface's font. */
    static String fit(DrawSurface s, String text, double width) {
        if (s.textWidth(text) <= width) {
            return text;
        }
        for (int n = text.length() - 1; n > 0; n--) {
            String cut = text.substring(0, n) + "\u2026";
            if (s.textWidth(cut) <= width) {
                return cut;
            }
        }
        return "";
    }

    /** The largest magnitude among {@code count} values from {@code offset}; a tiny positive number for all zeros. */
    static double largest(double[] values, int offset, int count) {
        double m = 0;
        for (int i = 0; i < count; i++) {
            double a = Math.abs(values[offset + i]);
            if (a > m) {
                m = a;
            }
        }
        return m > 1e-12 ? m : 1e-12;
    }
}
