package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

/**
 * The layers the painters ask a surface to keep (see {@link DrawSurface#layer}): the output view's
 * data points and the network graph's links. Each is drawn again exactly when what it shows
 * changed, and a picture made with kept layers is the picture drawn afresh, path for path.
 */
class KeptLayersTest {
    private static final Dataset TRAIN = ViewFixtures.binaryPoints(200, 1);
    private static final Dataset TEST = ViewFixtures.binaryPoints(80, 2);
    private static final int LAYER = 0; // each painter's first (and only) layer

    private static String output(DrawSurface s, OutputPainter painter, Network net, Dataset train, OutputOptions options) {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 12);
        painter.paint(s, grid, ViewFixtures.evaluate(net, grid), train, TEST, options);
        return KeepingSurface.digest((RecordingSurface) s);
    }

    @Test
    void theDataPointsAreDrawnAgainOnlyForOtherPointsOrAnotherFrame() {
        KeepingSurface.Layers layers = new KeepingSurface.Layers();
        OutputPainter painter = new OutputPainter();
        OutputOptions options = OutputOptions.defaults();
        Network net = ViewFixtures.signOfX1(Activation.TANH, 1);
        output(new KeepingSurface(300, 300, layers), painter, net, TRAIN, options);
        assertEquals(1, layers.drawn(LAYER));
        Network trained = ViewFixtures.signOfX1(Activation.TANH, 3); // other weights: another heatmap, the same points
        String kept = output(new KeepingSurface(300, 300, layers), painter, trained, TRAIN, options);
        assertEquals(1, layers.drawn(LAYER), "new weights keep the points");
        assertEquals(1, layers.reused(LAYER));
        assertEquals(output(new RecordingSurface(300, 300), new OutputPainter(), trained, TRAIN, options), kept,
                "the picture with the kept points is the picture drawn afresh");
        output(new KeepingSurface(300, 300, layers), painter, trained, TRAIN, options.withShowTest(true));
        assertEquals(2, layers.drawn(LAYER), "the test points shown: drawn again");
        output(new KeepingSurface(300, 300, layers), painter, trained, TRAIN, options);
        assertEquals(3, layers.drawn(LAYER), "and hidden again");
        output(new KeepingSurface(300, 300, layers), painter, trained, ViewFixtures.binaryPoints(200, 1), options);
        assertEquals(4, layers.drawn(LAYER), "other data (equal in value, but another dataset): drawn again");
        String resized = output(new KeepingSurface(420, 260, layers), painter, trained, TRAIN, options);
        assertEquals(5, layers.drawn(LAYER), "another size: another frame");
        assertEquals(output(new RecordingSurface(420, 260), new OutputPainter(), trained, TRAIN, options), resized);
    }

    private static String graph(RecordingSurface s, NetworkGraphPainter painter, Network net, GraphHit hover, long stamp) {
        ViewGrid grid = ViewGrid.plane(Domain.INPUT_SQUARE, 6);
        GridEvaluator eval = ViewFixtures.evaluate(net, grid);
        painter.paint(s, net, FeatureSet.defaults(), grid, eval, hover, null, stamp);
        return KeepingSurface.digest(s);
    }

    @Test
    void theLinksAreKeptWhileTheWeightsStayAndDrawnAgainForNewWeightsOrAnotherLayout() {
        KeepingSurface.Layers layers = new KeepingSurface.Layers();
        NetworkGraphPainter painter = new NetworkGraphPainter();
        Network net = new Network(NetworkSpec.of(2, new int[] {6, 5}, Activation.TANH, 1, Activation.TANH), new Rng(4));
        graph(new KeepingSurface(600, 400, layers), painter, net, null, 7);
        assertEquals(0, layers.drawn(LAYER) + layers.reused(LAYER), "new weights: drawn on the surface, no layer");
        graph(new KeepingSurface(600, 400, layers), painter, net, null, 7);
        assertEquals(1, layers.drawn(LAYER), "the same weights again: now kept");
        GraphHit link = GraphHit.link(1, 0, 0);
        KeepingSurface hovered = new KeepingSurface(600, 400, layers);
        String withHover = graph(hovered, painter, net, link, 7);
        assertEquals(1, layers.drawn(LAYER), "a hover keeps the links");
        assertEquals(1, layers.reused(LAYER));
        assertEquals(graph(new RecordingSurface(600, 400), new NetworkGraphPainter(), net, link, 7), withHover,
                "and the picture, its emphasised link on top, is the one drawn afresh");
        assertTrue(hovered.paths.stream().anyMatch(p -> p.stroked() && p.colour() == Palette.LIGHT.text()),
                "the hovered link's halo is drawn over the kept links");
        net.weightBlock(1).values()[0] = -net.weightBlock(1).values()[0] * 3; // an edit: the version moves
        String edited = graph(new KeepingSurface(600, 400, layers), painter, net, null, 8);
        assertEquals(1, layers.drawn(LAYER), "new weights: drawn on the surface");
        assertEquals(1, layers.reused(LAYER), "not from the kept layer");
        assertEquals(graph(new RecordingSurface(600, 400), new NetworkGraphPainter(), net, null, 8), edited);
        String keptAfterEdit = graph(new KeepingSurface(600, 400, layers), painter, net, null, 8);
        assertEquals(2, layers.drawn(LAYER), "and kept anew at the next paint");
        assertEquals(edited, keptAfterEdit);
        graph(new KeepingSurface(500, 400, layers), painter, net, null, 8);
        assertEquals(3, layers.drawn(LAYER), "another size: another layout");
        Network other = new Network(net.spec(), new Rng(5));
        String otherNet = graph(new KeepingSurface(500, 400, layers), painter, other, null, 8);
        assertEquals(4, layers.drawn(LAYER), "another network of the same shape, even at the same version");
        assertEquals(graph(new RecordingSurface(500, 400), new NetworkGraphPainter(), other, null, 8), otherNet);
        int before = layers.drawn(LAYER) + layers.reused(LAYER);
        for (int i = 0; i < 3; i++) {
            String unstamped = graph(new KeepingSurface(500, 400, layers), painter, other, null, -1);
            assertEquals(graph(new RecordingSurface(500, 400), new NetworkGraphPainter(), other, null, -1), unstamped,
                    "without a stamp the links are drawn on the surface itself");
        }
        assertEquals(before, layers.drawn(LAYER) + layers.reused(LAYER), "and no layer is asked for");
    }
}
