package org.nnplayground.core.view;

/**
 * The keyboard cursor of a drawing over the output view: a cross where the next point goes, or a
 * ring as wide as the eraser's reach in erase mode, in the ink colour with a ground-coloured halo
 * so that it shows over any heatmap.
 */
public final class DrawCursorPainter {
    private static final double ARM = 7;

    private DrawCursorPainter() {
    }

    /** Paints the cursor at data (x1, x2) of {@code frame}. */
    public static void paint(DrawSurface s, PlotFrame frame, double x1, double x2, boolean erase) {
        double x = frame.px(x1);
        double y = frame.py(x2);
        s.save();
        s.setDash(0);
        for (int pass = 0; pass < 2; pass++) {
            s.setStroke(pass == 0 ? s.palette().background() : s.palette().ink());
            s.setLineWidth(pass == 0 ? 4 : 2);
            s.beginPath();
            if (erase) {
                s.circle(x, y, DrawingEdits.KEY_ERASE_RADIUS);
            } else {
                s.moveTo(x - ARM, y);
                s.lineTo(x + ARM, y);
                s.moveTo(x, y - ARM);
                s.lineTo(x, y + ARM);
            }
            s.stroke();
        }
        s.restore();
    }
}
