package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.core.view.ViewFixtures.blue;
import static org.nnplayground.core.view.ViewFixtures.red;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.view.RecordingSurface.Kind;
import org.nnplayground.core.view.RecordingSurface.Path;

class NetworkGraphPainterTest {
    private static final FeatureSet XY = FeatureSet.defaults();

    private static Network network(int inputs, int[] hidden, int outputs, long seed) {
        return new Network(NetworkSpec.of(inputs, hidden, Activation.TANH, outputs, Activation.TANH), new Rng(seed));
    }

    private static NetworkGraphPainter painted(Network net, double w, double h) {
        NetworkGraphPainter painter = new NetworkGraphPainter();
        FeatureSet features = new FeatureSet((1 << net.width(0)) - 1); // the first n features
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 10);
        GridEvaluator eval = new GridEvaluator(net.spec(), grid.points());
        grid.writeInputs(features, eval);
        eval.evaluate(net, grid.points());
        painter.paint(new RecordingSurface(w, h), net, features, grid, eval, null, null);
        return painter;
    }

    @Test
    void hitTestFindsEveryNodeAtItsCentre() {
        Network net = network(2, new int[] {4, 3}, 1, 1);
        NetworkGraphPainter painter = painted(net, 600, 400);
        NetworkLayout layout = painter.layout();
        for (int l = 0; l < layout.columns(); l++) {
            for (int i = 0; i < layout.layerWidth(l); i++) {
                assertEquals(GraphHit.neuron(l, i), painter.hitTest(layout.centerX(l), layout.centerY(l, i)));
            }
        }
    }

    @Test
    void hitTestFindsALinkAtItsMidpoint() {
        Network net = network(1, new int[] {3}, 1, 2);
        NetworkGraphPainter painter = painted(net, 600, 400);
        NetworkLayout layout = painter.layout();
        for (int to = 0; to < 3; to++) {
            double x = (layout.linkStartX(1) + layout.linkEndX(1)) / 2;
            double y = (layout.centerY(0, 0) + layout.centerY(1, to)) / 2;
            assertEquals(GraphHit.link(1, to, 0), painter.hitTest(x, y), "link 0 -> " + to);
        }
    }

    @Test
    void hitTestPicksTheNearestOfCrossingLinks() {
        Network net = network(3, new int[] {5}, 2, 3);
        NetworkGraphPainter painter = painted(net, 700, 420);
        NetworkLayout layout = painter.layout();
        for (int l = 1; l <= 2; l++) {
            double x0 = layout.linkStartX(l);
            double x1 = layout.linkEndX(l);
            for (int to = 0; to < layout.layerWidth(l); to++) {
                for (int from = 0; from < layout.layerWidth(l - 1); from++) {
                    double y0 = layout.centerY(l - 1, from);
                    double y1 = layout.centerY(l, to);
                    double t = 0.3;
                    double x = x0 + (x1 - x0) * LinkCurve.xFraction(t);
                    double y = y0 + (y1 - y0) * LinkCurve.yBlend(t);
                    GraphHit hit = painter.hitTest(x, y);
                    assertNotNull(hit, "link " + from + " -> " + to);
                    assertEquals(GraphHit.Kind.LINK, hit.kind());
                    double found = LinkCurve.distance(x, y, x0, layout.centerY(l - 1, hit.fromNeuron()), x1,
                            layout.centerY(l, hit.neuron()));
                    assertTrue(found < 1e-6, "the hit link passes through the point");
                }
            }
        }
    }

    @Test
    void hitTestFindsBiasesAndNothingOnEmptySpace() {
        Network net = network(2, new int[] {2}, 1, 4);
        NetworkGraphPainter painter = painted(net, 600, 400);
        NetworkLayout layout = painter.layout();
        assertTrue(layout.biasSize() > 0);
        assertEquals(GraphHit.bias(1, 1), painter.hitTest(layout.biasX(1), layout.biasY(1, 1)));
        assertEquals(GraphHit.bias(2, 0), painter.hitTest(layout.biasX(2) - 1, layout.biasY(2, 0) + 1));
        double gapX = (layout.linkStartX(1) + layout.linkEndX(1)) / 2;
        assertNull(painter.hitTest(gapX, layout.top() + 2), "above every link");
        assertNull(painter.hitTest(layout.centerX(1), 399), "below the nodes");
        assertNull(painter.hitTest(1, 1));
        assertNull(new NetworkGraphPainter().hitTest(10, 10), "nothing painted yet");
    }

    @Test
    void linkWidthGrowsWithMagnitudeAndColourFollowsSign() {
        Network net = network(1, new int[] {4}, 1, 5);
        double[] w = {-1.0, -0.2, 0.2, 1.0};
        System.arraycopy(w, 0, net.weightBlock(1).values(), 0, 4);
        RecordingSurface s = new RecordingSurface(600, 400);
        NetworkGraphPainter painter = new NetworkGraphPainter();
        painter.paint(s, net, FeatureSet.of(Feature.X1), null, null, null, null);
        List<Path> linkPaths = s.paths.stream().filter(p -> p.stroked() && p.has(Kind.BEZIER) && p.dash() == 0).toList();
        assertEquals(4 + 4, linkPaths.stream().mapToLong(p -> p.count(Kind.BEZIER)).sum(), "four links in, four out");
        NetworkLayout layout = painter.layout();
        Path[] links = new Path[4];
        for (int i = 0; i < 4; i++) {
            double endY = layout.centerY(1, i);
            double endX = layout.linkEndX(1);
            for (Path p : linkPaths) {
                for (RecordingSurface.Segment seg : p.segments()) {
                    if (seg.kind() == Kind.BEZIER && seg.x() == endX && seg.y() == endY) {
                        links[i] = p;
                    }
                }
            }
            assertTrue(links[i] != null, "the link into hidden neuron " + i + " is drawn");
        }
        for (int i = 0; i < 4; i++) {
            Path link = links[i];
            int pixel = Colors.toPixel(link.colour());
            if (w[i] < 0) {
                assertTrue(red(pixel) > blue(pixel), "negative weight " + w[i] + " is orange");
            } else {
                assertTrue(blue(pixel) > red(pixel), "positive weight " + w[i] + " is blue");
            }
        }
        assertTrue(links[0].lineWidth() > links[1].lineWidth());
        assertTrue(links[3].lineWidth() > links[2].lineWidth());
        assertEquals(links[0].lineWidth(), links[3].lineWidth());
        for (double a = 0.05; a < 3; a += 0.05) {
            assertTrue(NetworkGraphPainter.linkWidth(a + 0.05, 6) >= NetworkGraphPainter.linkWidth(a, 6));
            assertTrue(NetworkGraphPainter.linkWidth(a, 6) >= 0.5 && NetworkGraphPainter.linkWidth(a, 6) <= 6);
        }
    }

    @Test
    void linkShadesKeepSignAndOrderAndStandForTheirOwnStep() {
        int previous = NetworkGraphPainter.shadeOf(-1e9);
        for (double v = -20; v <= 20; v += 0.01) {
            int shade = NetworkGraphPainter.shadeOf(v);
            assertTrue(shade >= previous, "shades grow with the weight at " + v);
            assertTrue(v >= 0 || shade <= 0, "a negative weight never gets a positive shade: " + v);
            assertTrue(v <= 0 || shade >= 0, "a positive weight never gets a negative shade: " + v);
            previous = shade;
        }
        for (int k = -39; k <= 39; k++) {
            assertEquals(k, NetworkGraphPainter.shadeOf(NetworkGraphPainter.shadeWeight(k)), "shade " + k);
        }
        // Within a shade the drawn width is off by at most half a step of the width scale.
        for (double a = 0; a < 10; a += 0.013) {
            double drawn = NetworkGraphPainter.linkWidth(Math.abs(NetworkGraphPainter.shadeWeight(
                    NetworkGraphPainter.shadeOf(a))), 6);
            assertEquals(NetworkGraphPainter.linkWidth(a, 6), drawn, 5.5 / 40 / 2 + 1e-9, "width at " + a);
        }
    }

    @Test
    void nodesShowThumbnailsOfWhatTheyCompute() {
        Network net = network(2, new int[] {3}, 1, 6);
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 12);
        RecordingSurface s = new RecordingSurface(600, 400);
        new NetworkGraphPainter().paint(s, net, XY, grid, ViewFixtures.evaluate(net, grid), null, null);
        assertEquals(2 + 3 + 1, s.images.size(), "one heatmap per node");
        RecordingSurface.Pixels x1 = s.images.get(0);
        assertTrue(red(x1.at(6, 0)) > blue(x1.at(6, 0)) && blue(x1.at(6, 11)) > red(x1.at(6, 11)), "x1 grows to the right");
        RecordingSurface.Pixels x2 = s.images.get(1);
        assertTrue(blue(x2.at(0, 6)) > red(x2.at(0, 6)) && red(x2.at(11, 6)) > blue(x2.at(11, 6)), "x2 grows upward");
        assertTrue(s.hasText("x\u2081") && s.hasText("x\u2082"), "feature labels");
        assertTrue(s.hasText("3 neurons") && s.hasText("Input") && s.hasText("Output"), "headers");
    }

    @Test
    void oneDimensionalNodesShowCurves() {
        Network net = new Network(NetworkSpec.of(1, new int[] {2}, Activation.TANH, 1, Activation.IDENTITY), new Rng(7));
        ViewGrid grid = ViewGrid.line(new Domain(-1.5, 1.5, -2, 2), 40);
        RecordingSurface s = new RecordingSurface(500, 300);
        new NetworkGraphPainter().paint(s, net, XY, grid, ViewFixtures.evaluate(net, grid), null, null);
        assertEquals(0, s.images.size());
        long curves = s.strokedIn(Palette.LIGHT.positive()).stream().filter(p -> p.count(Kind.LINE) >= 10).count();
        assertEquals(4, curves, "input, two hidden, output");
        assertTrue(s.hasText("x"));
        assertTrue(s.allCoordinatesFinite());
    }

    @Test
    void hugeNetworksStayWithinTheLinkBudgetAndSkipThumbnails() {
        List<Integer> sizes = new ArrayList<>(Collections.nCopies(16, 256));
        List<Activation> activations = new ArrayList<>(Collections.nCopies(16, Activation.RELU));
        NetworkSpec spec = new NetworkSpec(7, sizes, activations, 1, Activation.TANH, true,
                org.nnplayground.core.nn.layer.Init.UNIFORM);
        Network net = new Network(spec, new Rng(8));
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 4);
        GridEvaluator eval = new GridEvaluator(spec, grid.points());
        grid.writeInputs(FeatureSet.all(), eval);
        eval.evaluate(net, grid.points());
        RecordingSurface s = new RecordingSurface(800, 500);
        NetworkGraphPainter painter = new NetworkGraphPainter();
        painter.paint(s, net, FeatureSet.all(), grid, eval, null, null);
        List<Path> linkPaths = s.paths.stream().filter(p -> p.stroked() && p.has(Kind.BEZIER) && p.dash() == 0).toList();
        long links = linkPaths.stream().mapToLong(p -> p.count(Kind.BEZIER)).sum();
        assertTrue(linkPaths.size() <= 81, "links are stroked in at most 81 shades: " + linkPaths.size());
        assertTrue(links <= NetworkGraphPainter.LINK_BUDGET * 1.6, "links drawn: " + links);
        assertTrue(links >= NetworkGraphPainter.LINK_BUDGET / 2, "links drawn: " + links);
        assertEquals(0, s.images.size(), "nodes too small for thumbnails");
        assertTrue(s.allCoordinatesFinite());
        GraphHit hit = painter.hitTest(painter.layout().centerX(5), painter.layout().centerY(5, 100));
        assertEquals(GraphHit.neuron(5, 100), hit);
    }

    @Test
    void thumbnailsAreCappedInNumberHoweverLargeTheSurface() {
        // 7 + 16 x 25 + 1 = 408 legible nodes: one more than the cap; 7 + 16 x 24 + 1 = 392 fit.
        for (int width : new int[] {25, 24}) {
            int[] hidden = new int[16];
            java.util.Arrays.fill(hidden, width);
            Network net = new Network(NetworkSpec.of(7, hidden, Activation.TANH, 1, Activation.TANH), new Rng(width));
            ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 4);
            RecordingSurface s = new RecordingSurface(2400, 1200);
            NetworkGraphPainter painter = new NetworkGraphPainter();
            painter.paint(s, net, FeatureSet.all(), grid, ViewFixtures.evaluate(net, grid), null, null);
            assertTrue(painter.layout().nodeSize() >= NetworkLayout.MIN_THUMBNAIL, "legible: " + painter.layout().nodeSize());
            int nodes = 7 + 16 * width + 1;
            boolean fit = nodes <= NetworkGraphPainter.MAX_THUMBNAILS;
            assertEquals(fit, painter.showsThumbnails());
            assertEquals(fit ? nodes : 0, s.images.size(), nodes + " nodes");
        }
    }

    @Test
    void skipConnectionsAreDashedArcs() {
        NetworkSpec spec = NetworkSpec.of(2, new int[] {3, 3, 3}, Activation.TANH, 1, Activation.TANH).withSkip(true);
        Network net = new Network(spec, new Rng(9));
        RecordingSurface s = new RecordingSurface(700, 400);
        new NetworkGraphPainter().paint(s, net, XY, null, null, null, null);
        long arcs = s.paths.stream().filter(p -> p.stroked() && p.dash() > 0).mapToLong(p -> p.count(Kind.BEZIER)).sum();
        assertEquals(6, arcs, "layers 2 and 3 add their inputs");
    }

    @Test
    void nonFiniteWeightsAreNotDrawn() {
        Network net = network(2, new int[] {2}, 1, 10);
        net.weightBlock(1).values()[0] = Double.NaN;
        net.weightBlock(1).values()[1] = Double.POSITIVE_INFINITY;
        net.biasBlock(1).values()[0] = Double.NaN;
        RecordingSurface s = new RecordingSurface(600, 400);
        new NetworkGraphPainter().paint(s, net, XY, null, null, null, null);
        long links = s.paths.stream().filter(p -> p.stroked() && p.has(Kind.BEZIER) && p.dash() == 0).count();
        assertEquals(4 + 2 - 2, links);
        assertTrue(s.allCoordinatesFinite());
    }

    @Test
    void valuesTooltipsAndEditing() {
        Network net = network(2, new int[] {2}, 1, 11);
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 6);
        GridEvaluator eval = ViewFixtures.evaluate(net, grid);
        NetworkGraphPainter painter = new NetworkGraphPainter();
        GraphHit link = GraphHit.link(1, 1, 0);
        RecordingSurface s = new RecordingSurface(600, 400);
        painter.paint(s, net, XY, grid, eval, link, GraphHit.bias(1, 0));
        assertEquals(net.weightBlock(1).values()[2], painter.valueOf(link));
        net.weightBlock(1).set(1, 0, 0.25);
        assertEquals(0.25, net.weightBlock(1).values()[2]);
        assertEquals("Weight 0.25 from x\u2081 to neuron 2 of layer 1", painter.tooltip(link));
        net.biasBlock(2).set(0, 0, -1.5);
        assertEquals("Bias -1.5 of the output", painter.tooltip(GraphHit.bias(2, 0)));
        double mean = 0;
        for (int p = 0; p < grid.points(); p++) {
            mean += eval.value(1, 0, p);
        }
        assertEquals(mean / grid.points(), painter.valueOf(GraphHit.neuron(1, 0)), 1e-12);
        assertTrue(painter.tooltip(GraphHit.neuron(1, 0)).startsWith("Neuron 1 of layer 1: mean output "));
        assertTrue(painter.tooltip(GraphHit.neuron(0, 1)).startsWith("x\u2082: mean value "));
        assertThrows(IllegalArgumentException.class, () -> painter.valueOf(GraphHit.link(1, 2, 0)));
        assertThrows(IllegalArgumentException.class, () -> painter.valueOf(GraphHit.bias(0, 0)));
        long halos = s.strokedIn(Palette.LIGHT.text()).stream().filter(p -> p.has(Kind.BEZIER)).count();
        assertEquals(1, halos, "the hovered link is emphasised");
        assertTrue(s.rects.stream().anyMatch(r -> !r.filled() && r.colour() == Palette.LIGHT.text()), "the selected bias is framed");
    }

    @Test
    void refusesAnEvaluatorOfAnotherShape() {
        Network net = network(2, new int[] {3}, 1, 12);
        Network other = network(2, new int[] {4}, 1, 12);
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 5);
        GridEvaluator eval = ViewFixtures.evaluate(other, grid);
        assertThrows(IllegalArgumentException.class, () -> new NetworkGraphPainter()
                .paint(new RecordingSurface(400, 300), net, XY, grid, eval, null, null));
    }

    @Test
    void fitsSmallSurfacesWithDeepNetworks() {
        for (int depth = 0; depth <= 16; depth += 4) {
            int[] hidden = new int[depth];
            java.util.Arrays.fill(hidden, 8);
            Network net = new Network(NetworkSpec.of(7, hidden, Activation.TANH, 1, Activation.TANH), new Rng(depth));
            RecordingSurface s = new RecordingSurface(280, 200);
            new NetworkGraphPainter().paint(s, net, FeatureSet.all(), null, null, null, null);
            assertTrue(s.allCoordinatesFinite());
            for (RecordingSurface.Rect r : s.rects) {
                assertTrue(r.x() >= -1 && r.y() >= -1 && r.x() + r.w() <= 281 && r.y() + r.h() <= 201, "rect inside");
            }
            for (RecordingSurface.Text t : s.texts) {
                assertTrue(t.y() >= 0 && t.y() <= 200, "text " + t.text() + " inside");
            }
        }
    }
}
