package org.nnplayground.core.view.lab;

/**
 * What the reader draws: a square of {@code side x side} pixels in [0, 1], row by row (the layout of
 * an image of the data), and a keyboard cursor. The brush is about two pixels wide and soft at its
 * edge, like the strokes of the generated digits: a dab at a point sets each pixel whose centre
 * lies within 1.3 pixels to {@code 1.3 - distance} (at most 1), keeping the larger of old and new.
 * A stroke dabs every quarter pixel along its segment, so a fast pointer leaves no gaps.
 */
public final class DrawPad {
    /** Reach of the brush from its point, in pixels. */
    public static final double BRUSH = 1.3;

    private final int side;
    private final double[] pixels;
    private int cursorX;
    private int cursorY;
    private int changes;

    /** An empty pad of {@code side} pixels a side (1 to 64), the cursor in the middle. */
    public DrawPad(int side) {
        if (side < 1 || side > 64) {
            throw new IllegalArgumentException("a drawing pad is 1 to 64 pixels a side, not " + side);
        }
        this.side = side;
        this.pixels = new double[side * side];
        cursorX = (side - 1) / 2;
        cursorY = (side - 1) / 2;
    }

    public int side() {
        return side;
    }

    /** The drawing, as a new array (row-major). */
    public double[] pixels() {
        return pixels.clone();
    }

    /** Pixel (x, y). */
    public double pixel(int x, int y) {
        return pixels[y * side + x];
    }

    /** A number that changes at every change of the drawing. */
    public int changes() {
        return changes;
    }

    /** Whether nothing is drawn. */
    public boolean isEmpty() {
        for (double v : pixels) {
            if (v > 0) {
                return false;
            }
        }
        return true;
    }

    /** How many pixels are not blank. */
    public int painted() {
        int n = 0;
        for (double v : pixels) {
            if (v > 0) {
                n++;
            }
        }
        return n;
    }

    /** A dab of the brush at (x, y), in pixels from the pad's top left corner (pixel (0, 0) spans 0 to 1). */
    public void dab(double x, double y) {
        int x0 = Math.max(0, (int) Math.floor(x - BRUSH - 0.5));
        int x1 = Math.min(side - 1, (int) Math.ceil(x + BRUSH - 0.5));
        int y0 = Math.max(0, (int) Math.floor(y - BRUSH - 0.5));
        int y1 = Math.min(side - 1, (int) Math.ceil(y + BRUSH - 0.5));
        for (int py = y0; py <= y1; py++) {
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - x;
                double dy = py + 0.5 - y;
                double v = Math.min(1, BRUSH - Math.sqrt(dx * dx + dy * dy));
                int i = py * side + px;
                if (v > pixels[i]) {
                    pixels[i] = v;
                }
            }
        }
        changes++;
    }

    /** Dabs along the segment from (x0, y0) to (x1, y1), both ends included. */
    public void stroke(double x0, double y0, double x1, double y1) {
        double length = Math.sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0));
        int steps = Math.max(1, (int) Math.ceil(length * 4));
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            dab(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
        }
    }

    /** Moves the cursor by (dx, dy) pixels, kept on the pad. */
    public void moveCursor(int dx, int dy) {
        cursorX = Math.max(0, Math.min(side - 1, cursorX + dx));
        cursorY = Math.max(0, Math.min(side - 1, cursorY + dy));
    }

    /** A dab at the cursor's pixel. */
    public void paintCursor() {
        dab(cursorX + 0.5, cursorY + 0.5);
    }

    public int cursorX() {
        return cursorX;
    }

    public int cursorY() {
        return cursorY;
    }

    /** Blanks every pixel. */
    public void clear() {
        java.util.Arrays.fill(pixels, 0);
        changes++;
    }
}
