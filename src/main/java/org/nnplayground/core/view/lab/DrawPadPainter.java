package org.nnplayground.core.view.lab;

import org.nnplayground.core.view.Colors;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * The drawing pad: the reader's pixels (blank near the ground, painted far from it), a faint grid
 * that shows how coarse the network's eyes are, a frame, and the keyboard cursor when the pad has
 * the focus. The pad is the largest square that fits the surface, centred across; {@link #toPad}
 * turns a pointer position into pad pixels.
 */
public final class DrawPadPainter {
    private final Tiles tiles = new Tiles();

    /** Side of the pad on a surface of {@code width x height}. */
    public static double size(double width, double height) {
        return Math.max(1, Math.min(width, height) - 2);
    }

    /** Left edge of the pad. */
    public static double left(double width, double height) {
        return (width - size(width, height)) / 2;
    }

    /** A pointer at (x, y) of the surface, in pad pixels ({x, y}; may lie outside 0 to side). */
    public static double[] toPad(double x, double y, double width, double height, int side) {
        double size = size(width, height);
        return new double[] {(x - left(width, height)) / size * side, (y - 1) / size * side};
    }

    public void paint(DrawSurface s, DrawPad pad, boolean showCursor) {
        Palette p = s.palette();
        s.clear();
        double size = size(s.width(), s.height());
        double x0 = left(s.width(), s.height());
        double y0 = 1;
        int side = pad.side();
        tiles.draw(s, pad.pixels(), 0, side, side, v -> v, false, x0, y0, size, size);
        double px = size / side;
        s.setStroke(Colors.withAlpha(p.grid(), 0.6));
        s.setLineWidth(1);
        s.beginPath();
        for (int i = 1; i < side; i++) {
            s.moveTo(x0 + i * px, y0);
            s.lineTo(x0 + i * px, y0 + size);
            s.moveTo(x0, y0 + i * px);
            s.lineTo(x0 + size, y0 + i * px);
        }
        s.stroke();
        s.setStroke(p.mutedText());
        s.strokeRect(x0 - 0.5, y0 - 0.5, size + 1, size + 1);
        if (showCursor) {
            s.setStroke(p.ink());
            s.setLineWidth(2);
            s.strokeRect(x0 + pad.cursorX() * px + 1, y0 + pad.cursorY() * px + 1, px - 2, px - 2);
        }
    }
}
