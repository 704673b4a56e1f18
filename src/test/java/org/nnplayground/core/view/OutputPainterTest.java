package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.core.view.ViewFixtures.blue;
import static org.nnplayground.core.view.ViewFixtures.red;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.RecordingSurface.Kind;
import org.nnplayground.core.view.RecordingSurface.Path;

class OutputPainterTest {
    private static final Dataset TRAIN = ViewFixtures.binaryPoints(60, 1);
    private static final Dataset TEST = ViewFixtures.binaryPoints(25, 2);

    private static RecordingSurface paint(Network net, ViewGrid grid, Dataset train, Dataset test, OutputOptions options,
                                          double w, double h) {
        RecordingSurface s = new RecordingSurface(w, h);
        new OutputPainter().paint(s, grid, ViewFixtures.evaluate(net, grid), train, test, options);
        return s;
    }

    @Test
    void heatmapOfSignOfX1IsPositiveOnTheRightAndNegativeOnTheLeft() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 20);
        RecordingSurface s = paint(ViewFixtures.signOfX1(Activation.TANH, 10), grid, TRAIN, TEST,
                OutputOptions.defaults(), 300, 300);
        RecordingSurface.Pixels image = s.images.get(0);
        assertEquals(20, image.w());
        assertEquals(20, image.h());
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 20; col++) {
                int px = image.at(row, col);
                if (col < 10) {
                    assertTrue(red(px) > blue(px), "left cell " + row + "," + col + " is orange");
                } else {
                    assertTrue(blue(px) > red(px), "right cell " + row + "," + col + " is blue");
                }
            }
        }
        assertEquals(Colors.toPixel(Palette.LIGHT.positive()), image.at(5, 19), "saturated far right");
    }

    @Test
    void discretizeUsesOnlyTheTwoClassColours() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 30);
        Network net = ViewFixtures.signOfX1(Activation.TANH, 0.3); // soft: shaded without discretize
        RecordingSurface s = paint(net, grid, TRAIN, TEST, OutputOptions.defaults().withDiscretize(true), 300, 300);
        Set<Integer> colours = distinct(s.images.get(0).pixels());
        assertEquals(Set.of(Colors.toPixel(Palette.LIGHT.positive()), Colors.toPixel(Palette.LIGHT.negative())), colours);
        RecordingSurface shaded = paint(net, grid, TRAIN, TEST, OutputOptions.defaults(), 300, 300);
        assertTrue(distinct(shaded.images.get(0).pixels()).size() > 10, "shaded heatmap has many tones");
    }

    @Test
    void sigmoidOutputCentresOnOneHalf() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 10);
        RecordingSurface s = paint(ViewFixtures.signOfX1(Activation.SIGMOID, 0), grid, TRAIN, TEST,
                OutputOptions.defaults(), 300, 300);
        assertEquals(Set.of(Colors.toPixel(Palette.LIGHT.neutral())), distinct(s.images.get(0).pixels()), "0.5 is neutral");
        assertTrue(s.hasText("0") && s.hasText("0.5") && s.hasText("1"), "legend reads 0 .. 1");
    }

    @Test
    void multiclassPixelsTakeTheWinningClassColour() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 24); // cells 0.5 wide
        Network net = ViewFixtures.threeBands();
        Dataset train = ViewFixtures.threeClassPoints(90, 3);
        for (boolean discretize : new boolean[] {false, true}) {
            RecordingSurface s = paint(net, grid, train, train, OutputOptions.defaults().withDiscretize(discretize), 400, 300);
            RecordingSurface.Pixels image = s.images.get(0);
            for (int row = 0; row < 24; row++) {
                assertEquals(Colors.toPixel(Palette.LIGHT.forClass(0, 3)), image.at(row, 2), "class 0 at x1 = -4.75");
                assertEquals(Colors.toPixel(Palette.LIGHT.forClass(1, 3)), image.at(row, 12), "class 1 at x1 = 0.25");
                assertEquals(Colors.toPixel(Palette.LIGHT.forClass(2, 3)), image.at(row, 21), "class 2 at x1 = 4.75");
            }
            if (discretize) {
                Set<Integer> palette = Set.of(Colors.toPixel(Palette.LIGHT.forClass(0, 3)), Colors.toPixel(Palette.LIGHT.forClass(1, 3)),
                        Colors.toPixel(Palette.LIGHT.forClass(2, 3)));
                assertEquals(palette, distinct(image.pixels()));
            }
            assertTrue(s.hasText("Class 1") && s.hasText("Class 2") && s.hasText("Class 3"), "class legend");
        }
    }

    @Test
    void trainPointsAlwaysTestPointsOnlyWhenAsked() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 10);
        Network net = ViewFixtures.signOfX1(Activation.TANH, 1);
        RecordingSurface hidden = paint(net, grid, TRAIN, TEST, OutputOptions.defaults(), 300, 300);
        assertEquals(TRAIN.size(), circles(hidden.strokedIn(Palette.LIGHT.background())));
        assertEquals(0, circles(hidden.strokedIn(DataPointsPainter.testOutline(Palette.LIGHT))));
        RecordingSurface shown = paint(net, grid, TRAIN, TEST, OutputOptions.defaults().withShowTest(true), 300, 300);
        assertEquals(TRAIN.size(), circles(shown.strokedIn(Palette.LIGHT.background())));
        assertEquals(TEST.size(), circles(shown.strokedIn(DataPointsPainter.testOutline(Palette.LIGHT))));
        long filledInClassColours = shown.paths.stream().filter(p -> !p.stroked()
                && (p.colour() == Palette.LIGHT.positive() || p.colour() == Palette.LIGHT.negative())).mapToLong(p -> p.count(Kind.CIRCLE)).sum();
        assertEquals(TRAIN.size() + TEST.size(), filledInClassColours);
    }

    @Test
    void curveFollowsTheNetworkAtTheGridsX() {
        Domain domain = new Domain(-1.5, 1.5, -3, 3);
        NetworkSpec spec = NetworkSpec.of(1, new int[] {4}, Activation.TANH, 1, Activation.IDENTITY);
        Network net = new Network(spec, new Rng(9));
        ViewGrid grid = ViewGrid.line(domain, 50);
        GridEvaluator eval = ViewFixtures.evaluate(net, grid);
        Dataset data = ViewFixtures.curvePoints(30, 4, domain);
        RecordingSurface s = new RecordingSurface(400, 260);
        OutputPainter painter = new OutputPainter();
        painter.paint(s, grid, eval, data, data, OutputOptions.defaults().withShowTest(true));
        List<Path> curves = s.paths.stream().filter(p -> p.stroked() && p.colour() == Palette.LIGHT.positive()
                && p.lineWidth() == 2 && p.has(Kind.LINE) && p.count(Kind.LINE) > 10).toList();
        assertEquals(1, curves.size());
        List<RecordingSurface.Segment> points = curves.get(0).segments();
        assertEquals(50, points.size());
        PlotFrame f = painter.frame();
        for (int p = 0; p < 50; p++) {
            double[] in = {grid.x1(p)};
            double expected = net.forward(in, 0)[0];
            assertEquals(f.px(grid.x1(p)), points.get(p).x(), 1e-9);
            assertEquals(f.py(expected), points.get(p).y(), 1e-9);
        }
        assertEquals(f.left(), points.get(0).x(), 1e-9, "the curve spans the plot");
        assertEquals(f.right(), points.get(49).x(), 1e-9);
        assertEquals(data.size() + 1, circles(s.strokedIn(DataPointsPainter.testOutline(Palette.LIGHT))), "points and the key's mark");
        assertTrue(s.hasText("network") && s.hasText("train") && s.hasText("test"), "curve key");
    }

    @Test
    void nonFiniteOutputsAreNeverDrawnAsData() {
        Network net = ViewFixtures.signOfX1(Activation.TANH, Double.NaN);
        ViewGrid plane = ViewGrid.plane(Domain.INPUT_SQUARE, 8);
        RecordingSurface s = paint(net, plane, TRAIN, TEST, OutputOptions.defaults().withDiscretize(true), 300, 300);
        assertEquals(Set.of(Colors.toPixel(Palette.LIGHT.neutral())), distinct(s.images.get(0).pixels()));

        Domain domain = new Domain(-1, 1, -1, 1);
        Network line = new Network(NetworkSpec.of(1, new int[0], Activation.TANH, 1, Activation.IDENTITY), new Rng(2));
        line.weightBlock(1).values()[0] = Double.POSITIVE_INFINITY;
        ViewGrid grid = ViewGrid.line(domain, 21); // x = 0 gives inf * 0 = NaN, the rest +-infinity
        Dataset data = ViewFixtures.curvePoints(5, 1, domain);
        RecordingSurface c = new RecordingSurface(300, 200);
        new OutputPainter().paint(c, grid, ViewFixtures.evaluate(line, grid), data, data,
                OutputOptions.defaults().withShowLegend(false));
        assertTrue(c.allCoordinatesFinite());
        long curveSegments = c.paths.stream().filter(p -> p.stroked() && p.colour() == Palette.LIGHT.positive() && p.lineWidth() == 2)
                .mapToLong(p -> p.count(Kind.LINE) + p.count(Kind.MOVE)).sum();
        assertEquals(0, curveSegments);
    }

    @Test
    void regressionPointsTakeTheColourOfTheirTarget() {
        double[] x1 = {-5, 5, 0};
        double[] x2 = {0, 0, 3};
        double[] targets = {-1, 1, 0};
        Dataset data = Dataset.ofSurface(x1, x2, targets, Domain.INPUT_SQUARE);
        Network net = ViewFixtures.signOfX1(Activation.IDENTITY, 1.0 / 6);
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 12);
        RecordingSurface s = paint(net, grid, data, data, OutputOptions.defaults(), 300, 300);
        for (int i = 0; i < 3; i++) {
            int colour = Palette.LIGHT.diverging(targets[i]);
            assertTrue(s.paths.stream().anyMatch(p -> !p.stroked() && p.colour() == colour && p.has(Kind.CIRCLE)));
        }
        RecordingSurface.Pixels image = s.images.get(0);
        assertEquals(Colors.toPixel(Palette.LIGHT.diverging(grid.x1(0) / 6)), image.at(3, 0), "output x1 / 6 as is");
        assertTrue(s.hasText("-1") && s.hasText("1"), "legend from -1 to 1");
    }

    @Test
    void fitsEverySurfaceSize() {
        Network net = ViewFixtures.signOfX1(Activation.TANH, 1);
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 16);
        double[][] sizes = {{280, 200}, {200, 280}, {320, 320}, {800, 500}, {1600, 900}};
        for (double[] size : sizes) {
            for (boolean legend : new boolean[] {true, false}) {
                OutputPainter painter = new OutputPainter();
                RecordingSurface s = new RecordingSurface(size[0], size[1]);
                painter.paint(s, grid, ViewFixtures.evaluate(net, grid), TRAIN, TEST,
                        OutputOptions.defaults().withShowLegend(legend));
                PlotFrame f = painter.frame();
                String where = size[0] + "x" + size[1];
                assertEquals(f.width(), f.height(), 1e-9, "square plot " + where);
                assertTrue(f.left() >= 0 && f.top() >= 0 && f.right() <= size[0] && f.bottom() <= size[1], where);
                assertTrue(f.width() > size[1] * 0.5 || f.width() > size[0] * 0.5, "plot uses the room " + where);
                for (RecordingSurface.Text t : s.texts) {
                    double half = s.textWidth(t.text()) * (t.align() == 0 ? 0.5 : 1);
                    assertTrue(t.x() - (t.align() >= 0 ? half : 0) >= -0.5 && t.x() + (t.align() <= 0 ? half : 0) <= size[0] + 0.5
                            && t.y() >= 0 && t.y() <= size[1], "text '" + t.text() + "' inside " + where);
                }
                assertEquals(1, s.clears);
                assertEquals(0, s.saveDepth);
            }
        }
    }

    @Test
    void refusesAnEvaluatorOfAnotherGrid() {
        Network net = ViewFixtures.signOfX1(Activation.TANH, 1);
        GridEvaluator eval = ViewFixtures.evaluate(net, ViewGrid.plane(Domain.INPUT_SQUARE, 10));
        ViewGrid other = ViewGrid.plane(Domain.INPUT_SQUARE, 12);
        assertThrows(IllegalArgumentException.class, () -> new OutputPainter().paint(new RecordingSurface(300, 300),
                other, eval, TRAIN, TEST, OutputOptions.defaults()));
        assertFalse(eval.points() == other.points());
    }

    // ---- one neuron shown in place of the output (hovered or focused in the graph) ----------------

    /** x1, x2 -> tanh(x1), tanh(x2) -> tanh(3 h1): the output follows x1, the second neuron x2. */
    private static Network twoHidden(Activation hidden) {
        Network n = new Network(NetworkSpec.of(2, new int[] {2}, hidden, 1, Activation.TANH), new Rng(1));
        double[] w = n.weightBlock(1).values();
        w[0] = 1; w[1] = 0;
        w[2] = 0; w[3] = 1;
        n.biasBlock(1).values()[0] = 0;
        n.biasBlock(1).values()[1] = 0;
        n.weightBlock(2).values()[0] = 3;
        n.weightBlock(2).values()[1] = 0;
        n.biasBlock(2).values()[0] = 0;
        return n;
    }

    @Test
    void aNeuronShownInPlaceOfTheOutputIsDrawnWithItsOwnValues() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 20);
        Network net = twoHidden(Activation.TANH);
        GridEvaluator eval = ViewFixtures.evaluate(net, grid);
        OutputPainter painter = new OutputPainter();
        RecordingSurface output = new RecordingSurface(300, 300);
        painter.paint(output, grid, eval, TRAIN, TEST, OutputOptions.defaults());
        RecordingSurface neuron = new RecordingSurface(300, 300);
        painter.paint(neuron, grid, eval, TRAIN, TEST, OutputOptions.defaults(), GraphHit.neuron(1, 1));
        RecordingSurface.Pixels image = neuron.images.get(0);
        for (int p = 0; p < grid.points(); p++) {
            assertEquals(Colors.toPixel(Palette.LIGHT.diverging(eval.value(1, 1, p))), image.pixels()[p], "point " + p);
        }
        // The second neuron follows x2 (blue at the top, orange at the bottom); the output follows x1.
        assertTrue(blue(image.at(0, 3)) > red(image.at(0, 3)) && red(image.at(19, 3)) > blue(image.at(19, 3)));
        RecordingSurface.Pixels outputImage = output.images.get(0);
        assertTrue(red(outputImage.at(0, 3)) > blue(outputImage.at(0, 3)), "the output is orange on the left");
        assertEquals(TRAIN.size(), circles(neuron.strokedIn(Palette.LIGHT.background())), "the points are drawn on top");
        assertTrue(neuron.hasText("-1") && neuron.hasText("1"), "legend of the neuron's scale");

        RecordingSurface discrete = new RecordingSurface(300, 300);
        painter.paint(discrete, grid, eval, TRAIN, TEST, OutputOptions.defaults().withDiscretize(true), GraphHit.neuron(1, 1));
        assertEquals(Set.of(Colors.toPixel(Palette.LIGHT.positive()), Colors.toPixel(Palette.LIGHT.negative())), distinct(discrete.images.get(0).pixels()));
    }

    @Test
    void aNeuronIsShownOnTheScaleOfItsThumbnail() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 10);
        // A sigmoid neuron centres on 0.5: all weights 0 give 0.5 everywhere, drawn neutral, legend 0 .. 1.
        Network sigmoid = twoHidden(Activation.SIGMOID);
        sigmoid.weightBlock(1).values()[0] = 0;
        RecordingSurface s = new RecordingSurface(300, 300);
        new OutputPainter().paint(s, grid, ViewFixtures.evaluate(sigmoid, grid), TRAIN, TEST, OutputOptions.defaults(),
                GraphHit.neuron(1, 0));
        assertEquals(Set.of(Colors.toPixel(Palette.LIGHT.neutral())), distinct(s.images.get(0).pixels()));
        assertTrue(s.hasText("0") && s.hasText("0.5") && s.hasText("1"), "legend reads 0 .. 1");

        // An input is divided by its largest magnitude over the grid: x1 reaches the full colours at the edges.
        GridEvaluator eval = ViewFixtures.evaluate(twoHidden(Activation.TANH), grid);
        RecordingSurface input = new RecordingSurface(300, 300);
        new OutputPainter().paint(input, grid, eval, TRAIN, TEST, OutputOptions.defaults(), GraphHit.neuron(0, 0));
        RecordingSurface.Pixels image = input.images.get(0);
        assertEquals(Colors.toPixel(Palette.LIGHT.positive()), image.at(4, 9));
        assertEquals(Colors.toPixel(Palette.LIGHT.negative()), image.at(4, 0));
        assertTrue(input.hasText(NumberFormat.compact(-grid.x1(9))) && input.hasText(NumberFormat.compact(grid.x1(9))),
                "legend from -max to max of x1: " + input.texts);

        // One output of several: that class's probability, centred on 0.5.
        ViewGrid wide = ViewGrid.plane(Domain.INPUT_SQUARE, 24);
        RecordingSurface classOut = new RecordingSurface(400, 300);
        new OutputPainter().paint(classOut, wide, ViewFixtures.evaluate(ViewFixtures.threeBands(), wide),
                ViewFixtures.threeClassPoints(30, 3), TEST, OutputOptions.defaults(), GraphHit.neuron(1, 2));
        assertEquals(Colors.toPixel(Palette.LIGHT.positive()), classOut.images.get(0).at(5, 23), "class 3 is sure on the right");
        assertEquals(Colors.toPixel(Palette.LIGHT.negative()), classOut.images.get(0).at(5, 0), "and ruled out on the left");
        assertFalse(classOut.hasText("Class 1"), "a gradient legend, not the class key");
    }

    @Test
    void theOnlyOutputShownAsANeuronIsTheNetworksOutput() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 12);
        Network net = twoHidden(Activation.TANH);
        GridEvaluator eval = ViewFixtures.evaluate(net, grid);
        RecordingSurface plain = new RecordingSurface(300, 300);
        new OutputPainter().paint(plain, grid, eval, TRAIN, TEST, OutputOptions.defaults());
        RecordingSurface asNeuron = new RecordingSurface(300, 300);
        new OutputPainter().paint(asNeuron, grid, eval, TRAIN, TEST, OutputOptions.defaults(), GraphHit.neuron(2, 0));
        assertTrue(java.util.Arrays.equals(plain.images.get(0).pixels(), asNeuron.images.get(0).pixels()));
    }

    @Test
    void onACurveANeuronIsDrawnOnAxesThatHoldIt() {
        Domain domain = new Domain(-1.5, 1.5, -1, 1);
        Network net = new Network(NetworkSpec.of(1, new int[] {1}, Activation.RELU, 1, Activation.IDENTITY), new Rng(3));
        net.weightBlock(1).values()[0] = 4; // relu(4x) reaches 6 at x = 1.5, far above the data's y range
        net.biasBlock(1).values()[0] = 0;
        ViewGrid grid = ViewGrid.line(domain, 31);
        GridEvaluator eval = ViewFixtures.evaluate(net, grid);
        Dataset data = ViewFixtures.curvePoints(10, 5, domain);
        OutputPainter painter = new OutputPainter();
        painter.paint(new RecordingSurface(400, 260), grid, eval, data, data, OutputOptions.defaults());
        assertEquals(1, painter.frame().yMax(), 1e-12, "the network's output keeps the data's axes");

        RecordingSurface s = new RecordingSurface(400, 260);
        painter.paint(s, grid, eval, data, data, OutputOptions.defaults(), GraphHit.neuron(1, 0));
        PlotFrame f = painter.frame();
        assertTrue(f.yMax() >= 6 - 1e-9 && f.yMin() <= -1, "widened to hold the neuron: " + f.yMin() + " .. " + f.yMax());
        List<Path> curves = s.paths.stream().filter(p -> p.stroked() && p.colour() == Palette.LIGHT.positive()
                && p.lineWidth() == 2 && p.count(Kind.LINE) > 10).toList();
        assertEquals(1, curves.size());
        List<RecordingSurface.Segment> points = curves.get(0).segments();
        assertEquals(31, points.size());
        for (int p = 0; p < 31; p++) {
            assertEquals(f.py(Math.max(0, 4 * grid.x1(p))), points.get(p).y(), 1e-9, "the neuron's value at point " + p);
        }
        assertTrue(s.hasText("neuron") && !s.hasText("network"), "the key names what the curve is");
    }

    @Test
    void refusesToShowWhatIsNotANeuronOfTheNetwork() {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 8);
        GridEvaluator eval = ViewFixtures.evaluate(twoHidden(Activation.TANH), grid);
        for (GraphHit bad : new GraphHit[] {GraphHit.neuron(1, 2), GraphHit.neuron(3, 0), GraphHit.bias(1, 0)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OutputPainter().paint(
                    new RecordingSurface(300, 300), grid, eval, TRAIN, TEST, OutputOptions.defaults(), bad));
            assertTrue(e.getMessage().contains("is not a neuron of the network"), e.getMessage());
        }
    }

    private static long circles(List<Path> paths) {
        return paths.stream().mapToLong(p -> p.count(Kind.CIRCLE)).sum();
    }

    private static Set<Integer> distinct(int[] pixels) {
        Set<Integer> set = new HashSet<>();
        for (int p : pixels) {
            set.add(p);
        }
        return set;
    }
}
