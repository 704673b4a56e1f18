package org.nnplayground.core.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.view.Palette;

/** The drawing pad: its brush, strokes, cursor and how a pointer maps onto it. */
class DrawPadTest {
    @Test
    void aDabPaintsItsPixelFullyAndItsNeighboursSoftly() {
        DrawPad pad = new DrawPad(12);
        assertTrue(pad.isEmpty());
        pad.dab(5.5, 5.5);
        assertEquals(1.0, pad.pixel(5, 5));
        assertEquals(DrawPad.BRUSH - 1, pad.pixel(6, 5), 1e-12);
        assertEquals(0.0, pad.pixel(7, 5));
        assertEquals(0.0, pad.pixel(6, 6), "a diagonal neighbour lies beyond the brush");
        assertEquals(5, pad.painted());
        pad.dab(6.5, 5.5);
        assertEquals(1.0, pad.pixel(5, 5), "the larger of old and new");
    }

    @Test
    void dabsAtTheEdgesStayOnThePad() {
        DrawPad pad = new DrawPad(8);
        pad.dab(0, 0);
        pad.dab(8, 8);
        pad.dab(-3, 20);
        assertTrue(pad.pixel(0, 0) > 0 && pad.pixel(7, 7) > 0);
    }

    @Test
    void aFastStrokeLeavesNoGap() {
        Rng rng = new Rng(9);
        for (int trial = 0; trial < 50; trial++) {
            DrawPad pad = new DrawPad(16);
            double x0 = rng.uniform(0.5, 15.5);
            double y0 = rng.uniform(0.5, 15.5);
            double x1 = rng.uniform(0.5, 15.5);
            double y1 = rng.uniform(0.5, 15.5);
            pad.stroke(x0, y0, x1, y1);
            for (int i = 0; i <= 100; i++) {
                double t = i / 100.0;
                int px = (int) Math.floor(x0 + (x1 - x0) * t);
                int py = (int) Math.floor(y0 + (y1 - y0) * t);
                assertTrue(pad.pixel(px, py) >= 0.45, "pixel under the line " + px + "," + py);
            }
        }
    }

    @Test
    void theCursorMovesOnThePadPaintsAndTheClearBlanks() {
        DrawPad pad = new DrawPad(12);
        assertEquals(5, pad.cursorX());
        pad.moveCursor(-20, 3);
        assertEquals(0, pad.cursorX());
        assertEquals(8, pad.cursorY());
        int before = pad.changes();
        pad.paintCursor();
        assertEquals(1.0, pad.pixel(0, 8));
        assertTrue(pad.changes() > before);
        pad.clear();
        assertTrue(pad.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new DrawPad(0));
    }

    @Test
    void aPointerMapsOntoThePadCentredInItsCanvas() {
        double[] corner = DrawPadPainter.toPad(DrawPadPainter.left(200, 100), 1, 200, 100, 12);
        assertEquals(0, corner[0], 1e-9);
        assertEquals(0, corner[1], 1e-9);
        double size = DrawPadPainter.size(200, 100);
        double[] far = DrawPadPainter.toPad(DrawPadPainter.left(200, 100) + size, 1 + size, 200, 100, 12);
        assertEquals(12, far[0], 1e-9);
        assertEquals(12, far[1], 1e-9);
    }

    @Test
    void thePadDrawsItsPixelsAndTheCursorOnlyWithTheFocus() {
        DrawPad pad = new DrawPad(8);
        pad.dab(2.5, 3.5);
        ImageTestSurface s = new ImageTestSurface(150, 150);
        new DrawPadPainter().paint(s, pad, false);
        assertEquals(1, s.images.size());
        assertEquals(8, s.images.get(0).w());
        assertEquals(0, s.strokedIn(Palette.LIGHT.ink()).size());
        new DrawPadPainter().paint(s, pad, true);
        List<ImageTestSurface.Rect> cursor = s.strokedIn(Palette.LIGHT.ink());
        assertEquals(1, cursor.size());
        double px = DrawPadPainter.size(150, 150) / 8;
        assertEquals(DrawPadPainter.left(150, 150) + pad.cursorX() * px + 1, cursor.get(0).x(), 1e-9);
    }
}
