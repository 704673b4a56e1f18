package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.teach.LossLandscape;
import org.nnplayground.core.teach.StepTrajectory;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.train.TrainingData;

/**
 * Every painter draws in the palette of the surface it is given, and in nothing else: painted on a
 * dark surface, no text, line, halo or box keeps a colour of the light scheme (white halos, dark grey
 * text, light grid lines), every text reads on the ground, and the heatmaps' quiet middle is the dark
 * scheme's own; and the same the other way round. The palettes' colours are checked on their own in
 * {@link ColorsTest}; this checks that the painters use them.
 */
class SchemePaintersTest {
    static Stream<Palette> palettes() {
        return Stream.of(Palette.LIGHT, Palette.DARK);
    }

    private static Palette other(Palette p) {
        return p.dark() ? Palette.LIGHT : Palette.DARK;
    }

    /** Colours only the other scheme has, without alpha: painted here, they would be the wrong scheme's. */
    private static Set<Integer> foreign(Palette p) {
        Palette o = other(p);
        int[] theirs = {o.background(), o.inset(), o.text(), o.mutedText(), o.grid(), o.trainLine(), o.testLine(), o.ink(),
            o.neutral(), o.positive()};
        int[] ours = {p.background(), p.inset(), p.text(), p.mutedText(), p.grid(), p.trainLine(), p.testLine(), p.ink(),
            p.neutral(), p.positive(), p.negative()};
        Set<Integer> foreign = new LinkedHashSet<>();
        for (int c : theirs) {
            foreign.add(c & 0xFFFFFF);
        }
        for (int c : ours) {
            foreign.remove(c & 0xFFFFFF);
        }
        return foreign;
    }

    /** Every painter of the playground, each painted once on a surface of {@code p}. */
    private static List<RecordingSurface> paintEverything(Palette p) {
        List<RecordingSurface> surfaces = new ArrayList<>();
        Network net = new Network(NetworkSpec.of(2, new int[] {4, 3}, Activation.TANH, 1, Activation.TANH), new Rng(5));
        ViewGrid plane = ViewGrid.plane(Domain.INPUT_SQUARE, 16);
        GridEvaluator values = ViewFixtures.evaluate(net, plane);
        Dataset train = ViewFixtures.binaryPoints(60, 1);
        Dataset test = ViewFixtures.binaryPoints(20, 2);

        RecordingSurface output = new RecordingSurface(400, 340, p);
        new OutputPainter().paint(output, plane, values, train, test, OutputOptions.defaults().withShowTest(true));
        surfaces.add(output);
        Network bands = ViewFixtures.threeBands();
        RecordingSurface classes = new RecordingSurface(400, 340, p);
        new OutputPainter().paint(classes, plane, ViewFixtures.evaluate(bands, plane), ViewFixtures.threeClassPoints(60, 3),
                ViewFixtures.threeClassPoints(10, 4), OutputOptions.defaults());
        surfaces.add(classes);
        Domain curveDomain = new Domain(-6, 6, -6, 6);
        Network line = new Network(NetworkSpec.of(1, new int[] {3}, Activation.TANH, 1, Activation.IDENTITY), new Rng(2));
        ViewGrid axis = ViewGrid.line(curveDomain, 50);
        GridEvaluator lineValues = new GridEvaluator(line.spec(), axis.points());
        axis.writeInputs(FeatureSet.defaults(), lineValues);
        lineValues.evaluate(line, axis.points());
        RecordingSurface curve = new RecordingSurface(400, 260, p);
        new OutputPainter().paint(curve, axis, lineValues, ViewFixtures.curvePoints(40, 5, curveDomain),
                ViewFixtures.curvePoints(10, 6, curveDomain), OutputOptions.defaults().withShowTest(true));
        surfaces.add(curve);

        RecordingSurface graph = new RecordingSurface(420, 300, p);
        NetworkGraphPainter graphPainter = new NetworkGraphPainter();
        graphPainter.paint(graph, net, FeatureSet.defaults(), plane, values, GraphHit.link(1, 0, 0), GraphHit.neuron(1, 1));
        surfaces.add(graph);
        RecordingSurface lineGraph = new RecordingSurface(420, 300, p);
        new NetworkGraphPainter().paint(lineGraph, line, FeatureSet.defaults(), axis, lineValues, null, GraphHit.bias(1, 0));
        surfaces.add(lineGraph);

        LossHistory history = new LossHistory();
        for (int e = 1; e <= 40; e++) {
            history.record(e, 0.7 / (1 + 0.2 * e), 0.75 / (1 + 0.15 * e), true);
        }
        RecordingSurface loss = new RecordingSurface(400, 160, p);
        LossChartPainter lossPainter = new LossChartPainter();
        lossPainter.paint(loss, history, LossChartPainter.Options.defaults(), Double.NaN);
        lossPainter.paint(loss, history, LossChartPainter.Options.defaults(), lossPainter.frame().px(20));
        surfaces.add(loss);

        RecordingSurface thumbnail = new RecordingSurface(52, 52, p);
        new DatasetThumbnailPainter().paint(thumbnail, train);
        surfaces.add(thumbnail);

        Rng rng = new Rng(7);
        double[] x = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-2, 3);
            y[i] = 1.5 * x[i] - 0.7 + rng.gaussian(0, 0.3);
        }
        LossLandscape landscape = new LossLandscape(TrainingData.regression(x.length, 1, x, 1, y));
        double[] min = landscape.minimum();
        RecordingSurface land = new RecordingSurface(360, 360, p);
        new LandscapePainter(32).paint(land, landscape, new double[] {min[0] - 2, min[0] - 1}, new double[] {min[1] + 1, min[1]},
                2, min[0] - 0.5, min[1] + 0.5);
        surfaces.add(land);

        GradientHistory gradients = new GradientHistory();
        for (int e = 1; e <= 20; e++) {
            gradients.record(e, new double[] {1e-6, 1e-3, 0.1});
        }
        RecordingSurface flow = new RecordingSurface(420, 240, p);
        new GradientFlowPainter().paint(flow, gradients);
        surfaces.add(flow);

        LossHistory[] runs = {history, history, history};
        RecordingSurface compare = new RecordingSurface(480, 280, p);
        new CompareChartPainter().paint(compare, runs, new String[] {"small", "good", "large"}, new boolean[] {false, false, true},
                true);
        surfaces.add(compare);

        Network node = new Network(NetworkSpec.of(1, new int[0], Activation.IDENTITY, 1, Activation.IDENTITY), new Rng(3));
        StepTrajectory steps = new StepTrajectory(100, true);
        steps.epochStarting(node, 0);
        for (int k = 1; k <= 4; k++) {
            node.weightBlock(1).values()[0] = -3 * k;
            steps.batchTrained(node, Math.pow(10, k), false);
        }
        RecordingSurface trajectory = new RecordingSurface(420, 240, p);
        new TrajectoryPainter().paint(trajectory, steps, "Epoch 1, step by step");
        surfaces.add(trajectory);

        RecordingSurface fits = new RecordingSurface(480, 160, p);
        new FitsPainter().paint(fits, axis, new GridEvaluator[] {lineValues, lineValues}, ViewFixtures.curvePoints(20, 8, curveDomain),
                new String[] {"ReLU", "Tanh"});
        surfaces.add(fits);
        return surfaces;
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void paintersUseOnlyTheirSurfacesScheme(Palette p) {
        Set<Integer> foreign = foreign(p);
        assertFalse(foreign.isEmpty());
        List<String> wrong = new ArrayList<>();
        int texts = 0;
        for (RecordingSurface s : paintEverything(p)) {
            for (RecordingSurface.Path path : s.paths) {
                if (foreign.contains(path.colour() & 0xFFFFFF)) {
                    wrong.add(String.format("%s path #%06X", path.stroked() ? "stroked" : "filled", path.colour() & 0xFFFFFF));
                }
            }
            for (RecordingSurface.Rect r : s.rects) {
                if (foreign.contains(r.colour() & 0xFFFFFF)) {
                    wrong.add(String.format("rect #%06X", r.colour() & 0xFFFFFF));
                }
            }
            for (RecordingSurface.Text t : s.texts) {
                texts++;
                if (foreign.contains(t.colour() & 0xFFFFFF)) {
                    wrong.add(String.format("text '%s' #%06X", t.text(), t.colour() & 0xFFFFFF));
                }
                double c = ColorsTest.contrast(t.colour(), p.background());
                if (c < 4.5) {
                    wrong.add(String.format("text '%s' #%06X at %.2f:1", t.text(), t.colour() & 0xFFFFFF, c));
                }
            }
        }
        assertTrue(texts > 50, "the painters wrote their labels: " + texts);
        assertEquals(List.of(), wrong, p + ": colours that do not belong on its ground");
    }

    /** The quiet parts of the pictures (an untrained network's output, small gradients, the valley floor) sit near the ground. */
    @ParameterizedTest
    @MethodSource("palettes")
    void quietPixelsSitNearTheGround(Palette p) {
        Network zero = ViewFixtures.signOfX1(Activation.TANH, 0);
        ViewGrid plane = ViewGrid.plane(Domain.INPUT_SQUARE, 8);
        RecordingSurface s = new RecordingSurface(300, 300, p);
        new OutputPainter().paint(s, plane, ViewFixtures.evaluate(zero, plane), ViewFixtures.binaryPoints(5, 1),
                ViewFixtures.binaryPoints(0, 1), OutputOptions.defaults());
        int pixel = s.images.get(0).at(3, 3);
        assertEquals(Colors.toPixel(p.neutral()), pixel, "an output of 0 is the neutral");
        assertEquals(Colors.toPixel(p.diverging(0)), pixel);
        int groundBrightness = brightness(Colors.toPixel(p.background()));
        int otherBrightness = brightness(Colors.toPixel(other(p).background()));
        assertTrue(Math.abs(brightness(pixel) - groundBrightness) < Math.abs(brightness(pixel) - otherBrightness),
                p + ": the neutral is nearer its own ground than the other scheme's");
    }

    private static int brightness(int pixel) {
        return (pixel & 0xFF) + ((pixel >>> 8) & 0xFF) + ((pixel >>> 16) & 0xFF);
    }

    /**
     * The landscape's picture follows the palette without being computed again, and its iso-lines
     * stay visible on both: darker than their cells where the cells are light, lighter where they are dark.
     */
    @Test
    void theLandscapeRecoloursForTheOtherSchemeWithoutComputingAgain() {
        Rng rng = new Rng(11);
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-2, 2);
            y[i] = 0.8 * x[i] + 0.3;
        }
        LossLandscape l = new LossLandscape(TrainingData.regression(x.length, 1, x, 1, y));
        double[] min = l.minimum();
        LandscapeHeatmap heatmap = new LandscapeHeatmap(48);
        int[] light = heatmap.update(l, Palette.LIGHT, min[0] - 2, min[0] + 2, min[1] - 2, min[1] + 2).clone();
        int[] dark = heatmap.update(l, Palette.DARK, min[0] - 2, min[0] + 2, min[1] - 2, min[1] + 2).clone();
        assertEquals(1, heatmap.computed(), "the grid is computed once; only the colours change");
        int centre = 24 * 48 + 24;
        assertTrue(brightness(light[centre]) > 3 * 200, "the light valley floor is light: " + brightness(light[centre]));
        assertTrue(brightness(dark[centre]) < 3 * 80, "the dark valley floor is dark: " + brightness(dark[centre]));
        assertNotEquals(light[0], dark[0]);
        // Along the middle row, from the floor outwards, an iso-line cell is darker or lighter than both neighbours.
        for (int[] pixels : new int[][] {light, dark}) {
            int lines = 0;
            for (int col = 25; col < 47; col++) {
                int here = brightness(pixels[24 * 48 + col]);
                int before = brightness(pixels[24 * 48 + col - 1]);
                int after = brightness(pixels[24 * 48 + col + 1]);
                if ((here < before && here < after) || (here > before && here > after)) {
                    lines++;
                }
            }
            assertTrue(lines >= 2, (pixels == light ? "light" : "dark") + ": iso-lines show: " + lines);
        }
    }
}
