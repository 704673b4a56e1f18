package org.nnplayground.core.view;

/**
 * The mark a chart puts where a run diverged: a small x with a halo of the ground's colour, so that
 * it shows on top of the lines it ends. Shared by the charts that draw runs which may diverge.
 */
final class DivergenceMark {
    /** Half the width of the x, in pixels. */
    static final double SIZE = 4;

    private DivergenceMark() {
    }

    /** Draws the x centred on (x, y) in {@code colour}. */
    static void draw(DrawSurface s, double x, double y, int colour) {
        for (int pass = 0; pass < 2; pass++) {
            s.setStroke(pass == 0 ? s.palette().background() : colour);
            s.setLineWidth(pass == 0 ? 4 : 2);
            s.beginPath();
            s.moveTo(x - SIZE, y - SIZE);
            s.lineTo(x + SIZE, y + SIZE);
            s.moveTo(x - SIZE, y + SIZE);
            s.lineTo(x + SIZE, y - SIZE);
            s.stroke();
        }
    }
}
