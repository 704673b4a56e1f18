package org.nnplayground.core.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.view.Colors;
import org.nnplayground.core.view.Palette;
import org.nnplayground.core.view.lab.FeatureMapPainter.FeatureLayer;

/** The image views' painters, read from what they drew on a recording surface. */
class ImagePaintersTest {
    private static ImageSet bars() {
        return new ImageSpec(ImageProblem.BARS, 8, 100, 0.0, 0.5, 0, 3).generate().test();
    }

    private static int[] labels(ImageSet images) {
        int[] p = new int[images.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = images.label(i);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(doubles = {300, 330, 700, 1200})
    void theGridFitsItsWidthAndFindsEveryCell(double width) {
        ImageGridPainter.Layout l = ImageGridPainter.layout(width, 24);
        assertTrue(l.columns() >= 1 && l.cell() >= ImageGridPainter.MIN_CELL && l.cell() <= ImageGridPainter.MAX_CELL, l.toString());
        for (int i = 0; i < 24; i++) {
            assertTrue(l.x(i) >= ImageGridPainter.MARGIN && l.x(i) + l.cell() + ImageGridPainter.MARGIN <= width, i + " in " + width);
            assertEquals(i, l.hit(l.x(i) + l.cell() / 2, l.y(i) + l.cell() / 2));
            assertEquals(i, l.hit(l.x(i) + 1, l.y(i) + l.cell() + ImageGridPainter.LABELS - 1), "the labels belong to the cell");
        }
        assertEquals(-1, l.hit(l.x(0) + l.cell() + ImageGridPainter.GAP / 2, l.y(0) + 4), "a gap is no cell");
        assertTrue(l.y(23) + l.cell() + ImageGridPainter.LABELS <= l.height());
        assertEquals(0, l.move(0, -1, 0));
        assertEquals(0, l.move(0, 0, -1), "up from the top row stays");
        assertEquals(23, l.move(23, 1, 0));
        assertEquals(Math.min(23, l.columns()), l.move(0, 0, 1));
    }

    @Test
    void aWrongImageHasAWarningFrameAndACrossAndTheSelectedOneAFrameInInk() {
        ImageSet images = bars();
        int[] predicted = labels(images);
        predicted[2] = 1 - predicted[2];
        ImageGridPainter.Layout l = ImageGridPainter.layout(700, 24);
        for (Palette palette : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            ImageTestSurface s = new ImageTestSurface(700, l.height(), palette);
            new ImageGridPainter().paint(s, l, images, predicted, 5, 7);
            List<ImageTestSurface.Rect> warned = s.strokedIn(palette.warning());
            assertEquals(1, warned.size(), "one wrong image");
            assertEquals(l.x(2) + 1.5, warned.get(0).x(), 1e-9);
            assertEquals(3, warned.get(0).lineWidth());
            List<ImageTestSurface.Text> crossed = s.texts.stream().filter(t -> t.text().startsWith("\u2717 ")).toList();
            assertEquals(1, crossed.size(), "the cross says it without colour too");
            assertEquals(palette.warning(), crossed.get(0).colour());
            String answer = images.problem().classNames().get(predicted[2]);
            assertTrue(answer.startsWith(crossed.get(0).text().substring(2).replace("\u2026", "")), crossed.get(0).text());
            assertEquals(23, s.texts.stream().filter(t -> t.text().startsWith("\u2713 ")).count());
            List<ImageTestSurface.Rect> ink = s.strokedIn(palette.ink());
            assertTrue(ink.stream().anyMatch(r -> r.x() == l.x(5) - 2 && r.dash() == 0), "the selected image");
            assertTrue(ink.stream().anyMatch(r -> r.x() == l.x(7) - 4 && r.dash() > 0), "the keyboard's cell");
            assertEquals(24, s.images.size());
        }
        assertNotEquals(Palette.LIGHT.warning(), Palette.DARK.warning());
    }

    @Test
    void beforeTrainingTheGridShowsLabelsOnlyAndEachImagesPixels() {
        ImageSet images = bars();
        ImageGridPainter.Layout l = ImageGridPainter.layout(400, 24);
        ImageTestSurface s = new ImageTestSurface(400, l.height());
        new ImageGridPainter().paint(s, l, images, null, -1, -1);
        assertEquals(0, s.strokedIn(Palette.LIGHT.warning()).size());
        assertTrue(s.texts.stream().noneMatch(t -> t.text().startsWith("\u2713") || t.text().startsWith("\u2717")));
        assertEquals(24, s.texts.size(), "one label per image");
        ImageTestSurface.Pixels first = s.images.get(0);
        assertEquals(8, first.w());
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertEquals(Colors.toPixel(Palette.LIGHT.sequential(images.pixel(0, x, y))), first.at(y, x));
            }
        }
    }

    private static Conv2d conv(int filters, int channels) {
        Conv2d c = Conv2d.Spec.of(filters, 3, Activation.RELU).build(Shape.of(channels, 6, 6), Init.HE, new Rng(5));
        double[] w = c.weights().values();
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.sin(i + 1.0);
        }
        return c;
    }

    @ParameterizedTest
    @ValueSource(doubles = {300, 700})
    void everyWeightOfEveryFilterIsDrawnAndFoundWhereItIs(double width) {
        List<Conv2d> convs = List.of(conv(4, 1), conv(6, 4));
        FilterPainter.Layout l = FilterPainter.layout(convs, width);
        ImageTestSurface s = new ImageTestSurface(width, l.height());
        new FilterPainter().paint(s, l, convs, null);
        assertEquals(4 + 6, s.images.size(), "one image per filter, its channels side by side");
        assertEquals(4 * 9 + 6 * 4 * 9, l.weights());
        for (int i = 0; i < l.weights(); i++) {
            FilterPainter.Hit h = l.at(i);
            assertEquals(i, l.indexOf(h));
            FilterPainter.Box b = l.boxes().get(h.layer());
            double x = b.filterX(h.filter()) + h.channel() * (b.channelSide() + FilterPainter.CHANNEL_GAP) + (h.column() + 0.5) * b.px();
            double y = b.filterY(h.filter()) + (h.row() + 0.5) * b.px();
            assertTrue(x < width && y < l.height(), "inside");
            assertEquals(h, l.hit(x, y));
            // The pixel drawn there is the weight's colour, orange to blue by its layer's largest weight.
            double w = FilterPainter.weight(convs, h);
            double max = FilterPainter.scale(convs.get(h.layer()));
            assertEquals(Colors.toPixel(Palette.LIGHT.diverging(w / max)), pixelAt(s, x, y), "weight " + h);
        }
        FilterPainter.Hit h = new FilterPainter.Hit(1, 5, 3, 2, 1);
        double w = FilterPainter.weight(convs, h);
        assertEquals(Math.sin(convs.get(1).weightIndex(5, 3, 2, 1) + 1.0), w, 1e-12);
        ImageTestSurface.Pixels last = s.images.get(s.images.size() - 1);
        FilterPainter.Box b = l.boxes().get(1);
        assertEquals(b.filterWidth(), last.dw(), 1e-9, "drawn at its own size");
        assertEquals(b.channelSide(), last.dh(), 1e-9);
        int gapColumn = (int) b.channelSide();
        for (int row = 0; row < last.h(); row++) {
            assertEquals(0, last.at(row, gapColumn), "the gap between channels is left clear");
        }
        assertTrue(s.hasText("Layer 2: 6 filters of 3\u00d73 over 4 channels"));
        assertNull(l.hit(-5, -5));
        assertEquals(l.at(0), l.move(null, 1));
        assertEquals(l.at(l.weights() - 1), l.move(l.at(l.weights() - 1), 5), "kept within the weights");
    }

    /** The pixel at (x, y) of the last image drawn over that point (each image at its own size, 1:1). */
    private static int pixelAt(ImageTestSurface s, double x, double y) {
        for (int i = s.images.size() - 1; i >= 0; i--) {
            ImageTestSurface.Pixels p = s.images.get(i);
            if (x >= p.x() && x < p.x() + p.dw() && y >= p.y() && y < p.y() + p.dh()) {
                assertEquals(p.w(), p.dw(), 1e-9, "drawn 1:1");
                return p.at((int) Math.floor(y - p.y()), (int) Math.floor(x - p.x()));
            }
        }
        throw new AssertionError("no image under (" + x + ", " + y + ")");
    }

    @Test
    void theCursorWeightIsOutlined() {
        List<Conv2d> convs = List.of(conv(2, 1));
        FilterPainter.Layout l = FilterPainter.layout(convs, 300);
        ImageTestSurface s = new ImageTestSurface(300, l.height());
        new FilterPainter().paint(s, l, convs, new FilterPainter.Hit(0, 1, 0, 1, 2));
        FilterPainter.Box b = l.boxes().get(0);
        List<ImageTestSurface.Rect> ink = s.strokedIn(Palette.LIGHT.ink());
        assertEquals(1, ink.size());
        assertEquals(b.filterX(1) + 2 * b.px() - 1, ink.get(0).x(), 1e-9);
    }

    @Test
    void featureMapsAreHeatmapsScaledByTheirLayerAndVectorsARowOfCells() {
        double[] maps = new double[2 * 4 * 4];
        for (int i = 0; i < maps.length; i++) {
            maps[i] = i % 5 - 2;
        }
        double[] vector = {0.5, -1, 0.25, 0, 0, 0, 0, 0, 0, 0};
        List<FeatureLayer> layers = List.of(new FeatureLayer("Conv2d: 2 maps of 4\u00d74", 2, 4, 4, maps),
                FeatureLayer.vector("Dense: 10 values", vector));
        FeatureMapPainter.Layout l = FeatureMapPainter.layout(layers, 320);
        ImageTestSurface s = new ImageTestSurface(320, l.height());
        new FeatureMapPainter().paint(s, l, layers);
        assertEquals(3, s.images.size(), "two maps and one row");
        ImageTestSurface.Pixels second = s.images.get(1);
        assertEquals(Colors.toPixel(Palette.LIGHT.diverging(maps[16 + 5] / 2)), second.at(1, 1));
        ImageTestSurface.Pixels row = s.images.get(2);
        assertEquals(10, row.w());
        assertEquals(1, row.h());
        assertEquals(Colors.toPixel(Palette.LIGHT.diverging(-1)), row.at(0, 1), "its largest magnitude at full colour");
        assertTrue(row.x() + row.dw() <= 320);
        assertTrue(s.hasText("Dense: 10 values") && s.hasText("Conv2d: 2 maps"));
        assertTrue(l.height() > 2 * FeatureMapPainter.TITLE);
    }

    @Test
    void aLongVectorWrapsIntoRows() {
        FeatureMapPainter.Layout l = FeatureMapPainter.layout(List.of(FeatureLayer.vector("Dense", new double[200])), 320);
        FeatureMapPainter.Box b = l.boxes().get(0);
        assertTrue(b.rows() > 1 && b.perRow() * b.px() <= 320, b.toString());
    }

    @Test
    void theLikeliestClassIsBlueWhenRightAndWarnsWithACrossWhenWrong() {
        List<String> names = List.of("horizontal", "vertical");
        ImageTestSurface right = new ImageTestSurface(300, ProbabilityPainter.height(2));
        new ProbabilityPainter().paint(right, names, new double[] {0.25, 0.75}, 1);
        List<ImageTestSurface.Rect> blue = right.rects.stream().filter(r -> r.filled() && r.colour() == Palette.LIGHT.positive()).toList();
        List<ImageTestSurface.Rect> grey = right.rects.stream().filter(r -> r.filled() && r.colour() == Palette.LIGHT.mutedText()).toList();
        assertEquals(1, blue.size());
        assertEquals(1, grey.size());
        assertEquals(3, blue.get(0).w() / grey.get(0).w(), 1e-9, "bars as long as the probabilities");
        assertTrue(right.hasText("75.0%") && right.hasText("25.0%"));
        assertTrue(right.text("vertical").bold(), "the label's class is bold");
        ImageTestSurface wrong = new ImageTestSurface(300, ProbabilityPainter.height(2));
        new ProbabilityPainter().paint(wrong, names, new double[] {0.25, 0.75}, 0);
        assertTrue(wrong.rects.stream().anyMatch(r -> r.filled() && r.colour() == Palette.LIGHT.warning()));
        assertTrue(wrong.hasText("vertical \u2717"));
    }

    @Test
    void theConfusionMatrixWritesEveryCountAndShadesByTheLargest() {
        List<String> names = List.of("0", "1", "2");
        int[] counts = {8, 1, 0, 2, 6, 0, 0, 0, 4};
        ImageTestSurface s = new ImageTestSurface(300, ConfusionPainter.height(3, 300));
        new ConfusionPainter().paint(s, names, counts);
        for (String n : new String[] {"8", "1", "2", "6", "4"}) {
            assertTrue(s.hasText(n), n);
        }
        assertEquals(9, s.rects.stream().filter(r -> r.filled()).count());
        assertTrue(s.rects.stream().anyMatch(r -> r.filled() && r.colour() == Palette.LIGHT.sequential(1)), "the largest count at full colour");
        assertTrue(s.rects.stream().anyMatch(r -> r.filled() && r.colour() == Palette.LIGHT.sequential(0.75)), "6 of 8");
        assertEquals(3, s.strokedIn(Palette.LIGHT.mutedText()).size(), "the diagonal outlined");
    }

    @ParameterizedTest
    @ValueSource(doubles = {200, 330, 700})
    void tenClassesFitTheHeightTheMatrixAsksFor(double width) {
        List<String> names = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        double height = ConfusionPainter.height(10, width);
        ImageTestSurface s = new ImageTestSurface(width, height);
        new ConfusionPainter().paint(s, names, new int[100]);
        for (ImageTestSurface.Rect r : s.rects) {
            assertTrue(r.y() + r.h() <= height && r.x() + r.w() <= width, r + " inside " + width + "x" + height);
        }
    }
}
