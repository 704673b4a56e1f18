package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

/**
 * The grids of the views stay within a frame's work at every allowed network size, and what they
 * show is exact: a still picture ends whole, of the current weights, bit for bit what evaluating it
 * in one go gives.
 */
class ProgressiveGridTest {
    /** The page's budget for the output heatmap. */
    private static final GridBudget BUDGET = new GridBudget(new int[] {8, 16, 32, 64}, 2_500_000, 8_000_000, 2_000_000);
    private static final Dataset DATA = ViewFixtures.binaryPoints(50, 3);

    private static Network network(int layers, int width, Activation activation, long seed) {
        int[] hidden = new int[layers];
        Arrays.fill(hidden, width);
        return new Network(NetworkSpec.of(2, hidden, activation, 1, Activation.TANH), new Rng(seed));
    }

    /** The largest network the playground allows. */
    private static Network largest(long seed) {
        return network(Limits.MAX_HIDDEN_LAYERS, Limits.MAX_LAYER_WIDTH, Activation.RELU, seed);
    }

    /** Every value of every layer of {@code grid} equals a fresh one-go evaluation of {@code net} at its resolution. */
    private static void assertExact(ProgressiveGrid grid, Network net) {
        ViewGrid g = grid.grid();
        GridEvaluator fresh = new GridEvaluator(net.spec(), g.points());
        g.writeInputs(FeatureSet.defaults(), fresh);
        fresh.evaluate(net, g.points());
        GridEvaluator shown = grid.evaluator();
        for (int l = 0; l <= net.layerCount(); l++) {
            assertArrayEquals(fresh.values(l), shown.values(l), "layer " + l + " at resolution " + g.resolution());
        }
    }

    @Test
    void theLargestNetworkIsEvaluatedWithinAFramesWorkAndEndsWholeAndExactWhenPaused() {
        Network net = largest(1);
        long cost = GridBudget.costPerPoint(net.spec());
        assertTrue(cost > 1_000_000, "a point costs " + cost);
        ProgressiveGrid grid = new ProgressiveGrid(BUDGET, DATA, FeatureSet.defaults(), net.spec());
        grid.advance(net, true, true);
        assertEquals(8, grid.grid().resolution(), "the first picture is the coarsest");
        // Training: the weights change every frame; no frame does more than its share.
        Rng rng = new Rng(2);
        for (int frame = 0; frame < 40; frame++) {
            net.weightBlock(1).values()[0] = rng.nextDouble();
            grid.advance(net, true, true);
            assertTrue(grid.lastWork() <= BUDGET.frameWork(), "frame " + frame + ": " + grid.lastWork());
            assertTrue(grid.lastPoints() >= 1, "every frame moves on");
        }
        // Paused: a bounded number of frames later the picture is whole, of these weights, as fine as memory allows.
        int frames = 0;
        boolean first = true;
        while (!grid.complete()) {
            grid.advance(net, false, first);
            first = false;
            assertTrue(grid.lastWork() <= BUDGET.frameWork(), "paused frame " + frames + ": " + grid.lastWork());
            assertTrue(++frames < 1000, "refines in a bounded number of frames");
        }
        int still = BUDGET.stillResolution(net.spec(), 2);
        assertEquals(still, grid.grid().resolution());
        assertTrue(still >= 16, "still resolution " + still);
        assertExact(grid, net);
        grid.advance(net, false, false);
        assertEquals(0, grid.lastPoints(), "nothing changed: no work");
    }

    @Test
    void anEditWhilePausedMidwayStartsTheFillOverSoThePictureIsOfOneNetwork() {
        Network net = network(8, 64, Activation.TANH, 4);
        ProgressiveGrid grid = new ProgressiveGrid(BUDGET, DATA, FeatureSet.defaults(), net.spec());
        grid.advance(net, true, true);
        grid.advance(net, false, true);
        grid.advance(net, false, false); // part of the way through a fill
        assertFalse(grid.complete());
        net.biasBlock(8).values()[3] += 0.25; // edited by hand
        int frames = 0;
        boolean changed = true;
        while (!grid.complete() && frames++ < 1000) {
            grid.advance(net, false, changed);
            changed = false;
        }
        assertTrue(grid.complete());
        assertEquals(BUDGET.stillResolution(net.spec(), 2), grid.grid().resolution());
        assertExact(grid, net);
    }

    @Test
    void smallNetworksAreEvaluatedWholeEveryFrameAtTheFinestResolution() {
        Network net = network(2, 4, Activation.TANH, 5);
        ProgressiveGrid grid = new ProgressiveGrid(BUDGET, DATA, FeatureSet.defaults(), net.spec());
        for (int frame = 0; frame < 3; frame++) {
            net.weightBlock(2).values()[1] += 0.1;
            grid.advance(net, true, true);
            assertEquals(64, grid.grid().resolution());
            assertEquals(64 * 64, grid.lastPoints());
            assertTrue(grid.complete(), "whole and of this frame's weights");
            assertExact(grid, net);
        }
    }

    @Test
    void everyAllowedSizeStaysWithinTheFrameBudgetAfterItsFirstPicture() {
        int[] widths = {1, 8, 32, 64, 128, 256};
        int[] depths = {0, 1, 2, 6, 8, 16};
        for (int depth : depths) {
            for (int width : widths) {
                NetworkSpec spec = network(depth, width, Activation.TANH, 1).spec();
                long cost = GridBudget.costPerPoint(spec);
                int perFrame = BUDGET.pointsPerFrame(spec);
                assertTrue(perFrame >= 1);
                assertTrue(perFrame == 1 || (long) perFrame * cost <= BUDGET.frameWork(), depth + " x " + width);
                int running = BUDGET.runningResolution(spec, 2);
                int still = BUDGET.stillResolution(spec, 2);
                assertTrue(running <= still, depth + " x " + width);
                assertTrue((long) still * still * GridBudget.neurons(spec) <= 2_000_000 || still == 8,
                        "memory at " + depth + " x " + width);
            }
        }
    }
}
