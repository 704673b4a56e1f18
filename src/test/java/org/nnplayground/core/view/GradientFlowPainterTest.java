package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.view.RecordingSurface.Kind;
import org.nnplayground.core.view.RecordingSurface.Path;
import org.nnplayground.core.view.RecordingSurface.Pixels;

class GradientFlowPainterTest {
    private static int brightness(int pixel) {
        return (pixel & 0xFF) + ((pixel >>> 8) & 0xFF) + ((pixel >>> 16) & 0xFF);
    }

    /** Four layers whose gradients shrink a hundredfold per layer towards the input. */
    private static GradientHistory vanishing(int epochs) {
        GradientHistory h = new GradientHistory();
        for (int e = 1; e <= epochs; e++) {
            h.record(e, new double[] {1e-7, 1e-5, 1e-3, 1e-1});
        }
        return h;
    }

    @Test
    void vanishingLayersArePaleAndLow() {
        GradientFlowPainter painter = new GradientFlowPainter();
        RecordingSurface s = new RecordingSurface(420, 240);
        painter.paint(s, vanishing(50));
        assertEquals(-7, painter.lowDecade());
        assertEquals(-1, painter.highDecade());
        for (int l = 1; l <= 4; l++) {
            assertTrue(s.hasText("layer " + l), "layer " + l);
        }
        assertTrue(s.hasText("1e-7") && s.hasText("0.1"), "decades in the key and the latest sizes");
        // the strips are the images drawn inside the frame, one per layer, top down
        Pixels[] strips = s.images.stream().filter(p -> p.h() == 1 && p.y() < painter.frame().bottom())
                .toArray(Pixels[]::new);
        assertEquals(4, strips.length);
        for (int l = 0; l < 4; l++) {
            assertEquals(painter.stripTop(l), strips[l].y(), 1e-9);
        }
        int first = brightness(strips[0].at(0, 5));
        int last = brightness(strips[3].at(0, 5));
        assertTrue(first > 3 * 240, "layer 1 is near-white: " + first);
        assertTrue(last < 3 * 100, "layer 4 is dark: " + last);
        assertTrue(brightness(strips[1].at(0, 5)) > brightness(strips[2].at(0, 5)));
        Path[] lines = s.strokedIn(GradientFlowPainter.line(Palette.LIGHT)).toArray(Path[]::new);
        assertEquals(4, lines.length);
        for (int l = 0; l < 4; l++) {
            double floor = painter.stripTop(l) + painter.stripHeight();
            double expected = floor - l / 3.0 * painter.stripHeight(); // 1e-7, 1e-5, 1e-3, 1e-1 on [-7, -1]
            double y = lines[l].segments().get(10).y();
            assertEquals(expected, y, 1e-9, "layer " + (l + 1));
            assertEquals(painter.frame().px(11), lines[l].segments().get(10).x(), 1e-9);
        }
    }

    @Test
    void nanSizesLeaveGapsAndGreyAndAreNeverPrinted() {
        GradientHistory h = new GradientHistory();
        for (int e = 1; e <= 30; e++) {
            double v = e >= 10 && e < 20 ? Double.NaN : 0.01;
            h.record(e, new double[] {v, 0.0, e == 30 ? Double.POSITIVE_INFINITY : 0.5});
        }
        GradientFlowPainter painter = new GradientFlowPainter();
        RecordingSurface s = new RecordingSurface(400, 200);
        painter.paint(s, h);
        assertTrue(s.allCoordinatesFinite());
        assertTrue(s.texts.stream().noneMatch(t -> t.text().contains("NaN") || t.text().contains("\u221e")));
        Path[] lines = s.strokedIn(GradientFlowPainter.line(Palette.LIGHT)).toArray(Path[]::new);
        assertEquals(2, lines[0].count(Kind.MOVE), "the NaN run breaks layer 1's line");
        assertEquals(20, lines[0].segments().size());
        double floor = painter.stripTop(1) + painter.stripHeight();
        assertTrue(lines[1].segments().stream().allMatch(seg -> Math.abs(seg.y() - floor) < 1e-9),
                "a zero gradient lies on the floor");
        Pixels strip = s.images.stream().filter(p -> p.h() == 1 && p.y() == painter.stripTop(0)).findFirst()
                .orElseThrow();
        int grey = Colors.toPixel(Palette.LIGHT.neutral());
        int middle = (int) ((15.0 - 1) / 29 * strip.w());
        assertEquals(grey, strip.at(0, middle), "no value: grey, not a colour of the scale");
        assertTrue(s.hasText("\u2013"), "layer 3's latest size was infinite");
    }

    @Test
    void emptyAndSingleRecordHistoriesPaintCleanly() {
        GradientFlowPainter painter = new GradientFlowPainter();
        RecordingSurface empty = new RecordingSurface(300, 160);
        painter.paint(empty, new GradientHistory());
        assertTrue(empty.hasText("No gradients yet"));
        assertTrue(empty.allCoordinatesFinite());
        GradientHistory one = new GradientHistory();
        one.record(0, new double[] {0.2, 0.02});
        RecordingSurface s = new RecordingSurface(300, 160);
        painter.paint(s, one);
        assertTrue(s.allCoordinatesFinite());
        assertTrue(s.paths.stream().anyMatch(p -> !p.stroked() && p.colour() == GradientFlowPainter.line(Palette.LIGHT)
                && p.has(Kind.CIRCLE)), "a dot marks the single record");
        assertEquals(GradientFlowPainter.MIN_DECADES, painter.highDecade() - painter.lowDecade());
    }

    @Test
    void historyIsBoundedKeepsFirstAndLatestAndRestartsOnANewShape() {
        GradientHistory h = new GradientHistory();
        for (int e = 1; e <= 100_000; e++) {
            h.record(e, new double[] {1.0 / e, 2.0 / e});
        }
        assertTrue(h.size() <= GradientHistory.CAPACITY + 1 && h.size() > GradientHistory.CAPACITY / 2);
        assertEquals(1, h.epoch(0));
        assertEquals(100_000, h.epoch(h.size() - 1));
        for (int i = 1; i < h.size(); i++) {
            assertTrue(h.epoch(i) > h.epoch(i - 1));
            assertEquals(2 * h.gradient(i, 0), h.gradient(i, 1), 1e-18);
            assertEquals(1.0 / h.epoch(i), h.gradient(i, 0), 1e-18);
        }
        h.record(5, new double[] {1, 1});
        assertEquals(100_000, h.epoch(h.size() - 1), "an older epoch is ignored");
        h.record(3, new double[] {-1, Double.NaN, 0.5});
        assertEquals(1, h.size());
        assertEquals(3, h.layers());
        assertTrue(Double.isNaN(h.gradient(0, 0)) && Double.isNaN(h.gradient(0, 1)), "negative and NaN sizes");
        assertEquals(0.5, h.gradient(0, 2));
    }
}
