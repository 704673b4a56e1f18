package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;

/** The batched grid pass gives, neuron by neuron, the very bits of point-by-point forward passes. */
class GridEvaluatorTest {
    @Test
    void matchesForwardBitForBitOnRandomShapes() {
        Rng rng = new Rng(5);
        Activation[] hidden = {Activation.TANH, Activation.RELU, Activation.SIGMOID, Activation.GELU, Activation.SINE};
        Activation[] output = {Activation.TANH, Activation.IDENTITY, Activation.SOFTMAX, Activation.SIGMOID};
        for (int trial = 0; trial < 60; trial++) {
            int inputs = 1 + rng.nextInt(4);
            int depth = rng.nextInt(4);
            int width = 1 + rng.nextInt(6);
            int[] sizes = new int[depth];
            for (int i = 0; i < depth; i++) {
                sizes[i] = rng.nextInt(2) == 0 ? width : 1 + rng.nextInt(6);
            }
            Activation out = output[rng.nextInt(output.length)];
            NetworkSpec spec = NetworkSpec.of(inputs, sizes, hidden[rng.nextInt(hidden.length)],
                    out == Activation.SOFTMAX ? 3 : 1, out).withSkip(rng.nextInt(2) == 0);
            Network network = new Network(spec, rng.split());
            int capacity = trial % 3 == 0 ? 700 : 50; // 700: several tiles, the last one partial
            int n = 1 + rng.nextInt(capacity);
            GridEvaluator grid = new GridEvaluator(spec, capacity);
            double[][] points = new double[n][inputs];
            for (int p = 0; p < n; p++) {
                for (int i = 0; i < inputs; i++) {
                    points[p][i] = rng.uniform(-6, 6);
                    grid.inputs()[i * capacity + p] = points[p][i];
                }
            }
            grid.evaluate(network, n);
            for (int p = 0; p < n; p++) {
                network.forward(points[p], 0);
                for (int l = 1; l <= network.layerCount(); l++) {
                    for (int neuron = 0; neuron < network.width(l); neuron++) {
                        assertEquals(network.layerOutput(l)[neuron], grid.value(l, neuron, p),
                                "layer " + l + " neuron " + neuron + " point " + p + " of " + spec);
                    }
                }
            }
        }
    }

    @Test
    void evaluatingInPartsGivesTheWholeEvaluationAndLeavesTheRestAlone() {
        Rng rng = new Rng(9);
        NetworkSpec[] specs = {
            NetworkSpec.of(2, new int[] {8, 8, 8}, Activation.TANH, 1, Activation.TANH).withSkip(true),
            NetworkSpec.of(3, new int[] {5}, Activation.RELU, 3, Activation.SOFTMAX),
        };
        for (NetworkSpec spec : specs) {
            Network before = new Network(spec, rng.split());
            Network after = new Network(spec, rng.split());
            int capacity = 900;
            int n = 777;
            GridEvaluator wholeBefore = new GridEvaluator(spec, capacity);
            GridEvaluator whole = new GridEvaluator(spec, capacity);
            GridEvaluator parts = new GridEvaluator(spec, capacity);
            for (int i = 0; i < spec.inputs() * capacity; i++) {
                double x = rng.uniform(-6, 6);
                wholeBefore.inputs()[i] = x;
                whole.inputs()[i] = x;
                parts.inputs()[i] = x;
            }
            wholeBefore.evaluate(before, n);
            whole.evaluate(after, n);
            parts.evaluate(before, n);
            parts.evaluatePart(after, n, 0, 300);
            for (int l = 1; l <= spec.layerCount(); l++) {
                for (int neuron = 0; neuron < spec.width(l); neuron++) {
                    for (int p = 0; p < n; p++) {
                        double expected = p < 300 ? whole.value(l, neuron, p) : wholeBefore.value(l, neuron, p);
                        assertEquals(expected, parts.value(l, neuron, p), "first part done, point " + p);
                    }
                }
            }
            parts.evaluatePart(after, n, 300, n);
            assertEquals(n, parts.points());
            for (int l = 1; l <= spec.layerCount(); l++) {
                for (int i = 0; i < spec.width(l) * n; i++) {
                    int neuron = i / n;
                    int p = i % n;
                    assertEquals(whole.value(l, neuron, p), parts.value(l, neuron, p), "both halves, point " + p);
                }
            }
        }
    }

    @Test
    void refusesMorePointsThanItHolds() {
        NetworkSpec spec = NetworkSpec.of(2, new int[] {2}, Activation.TANH, 1, Activation.TANH);
        GridEvaluator grid = new GridEvaluator(spec, 4);
        Network network = new Network(spec, new Rng(1));
        assertEquals("points: 5; this evaluator holds 0 to 4",
                assertThrows(IllegalArgumentException.class, () -> grid.evaluate(network, 5)).getMessage());
    }
}
