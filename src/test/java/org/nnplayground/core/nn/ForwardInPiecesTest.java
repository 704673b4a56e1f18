package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/** One sample's forward pass in pieces of any size against the whole pass, bit for bit, over seeded recurrent networks. */
class ForwardInPiecesTest {
    /** A random stack of one to three recurrent layers over {@code steps} x {@code features}, with a per-step or a last-step head. */
    static Network network(Rng pick, int steps, int features, long seed) {
        List<LayerSpec> layers = new ArrayList<>();
        int stack = 1 + pick.nextInt(3);
        boolean everyStep = pick.nextInt(2) == 0;
        for (int i = 0; i < stack; i++) {
            int hidden = 1 + pick.nextInt(6);
            StepOutput mode = i < stack - 1 || everyStep ? StepOutput.EVERY_STEP : StepOutput.LAST_STEP;
            layers.add(switch (pick.nextInt(3)) {
                case 0 -> Elman.Spec.tanh(hidden, mode);
                case 1 -> new Gru.Spec(hidden, mode, 0);
                default -> new Lstm.Spec(hidden, mode, 0);
            });
        }
        int classes = 2 + pick.nextInt(3);
        layers.add(everyStep ? new StepDense.Spec(classes, Activation.IDENTITY) : new Dense.Spec(classes, Activation.IDENTITY, false));
        return new Network(Shape.of(steps, features), layers, Activation.SOFTMAX, Init.GLOROT, new Rng(seed));
    }

    @Test
    void piecesOfAnySizeGiveTheOutputAndLossOfTheWholePass() {
        Rng pick = new Rng(41);
        for (int shape = 0; shape < 60; shape++) {
            int steps = 1 + pick.nextInt(30);
            int features = 1 + pick.nextInt(3);
            Network whole = network(new Rng(shape), steps, features, shape);
            Network pieced = network(new Rng(shape), steps, features, shape);
            double[] x = new double[steps * features * 2];
            for (int i = 0; i < x.length; i++) {
                x[i] = pick.uniform(-1, 1);
            }
            int offset = steps * features; // the second sample of the matrix
            double[] expected = whole.forward(x, offset).clone();
            double[] target = new double[expected.length];
            target[pick.nextInt(target.length)] = 1.0;
            long work = 1 + pick.nextInt((int) Math.min(Integer.MAX_VALUE, whole.forwardCost()));
            ForwardInPieces pieces = new ForwardInPieces(pieced);
            assertTrue(pieces.done(), "nothing begun");
            pieces.begin(x, offset);
            int calls = 0;
            while (!pieces.advance(work)) {
                calls++;
                assertFalse(pieces.done());
            }
            assertArrayEquals(expected, pieces.output(), "shape " + shape + " in pieces of " + work + " (" + calls + " calls)");
            assertEquals(whole.loss(Loss.SOFTMAX_CROSS_ENTROPY, target, 0), pieced.loss(Loss.SOFTMAX_CROSS_ENTROPY, target, 0));
        }
    }

    @Test
    void aLongSequenceGoesInManyPiecesOfAboutTheWorkAsked() {
        Network net = new Network(Shape.of(200, 1), List.of(new Lstm.Spec(8, StepOutput.LAST_STEP, 0),
                new Dense.Spec(1, Activation.IDENTITY, false)), Activation.IDENTITY, Init.GLOROT, new Rng(3));
        double[] x = new double[200];
        for (int t = 0; t < 200; t++) {
            x[t] = Math.sin(t * 0.1);
        }
        double expected = net.forward(x, 0)[0];
        long perStep = net.layers().get(0).forwardCost() / 200;
        ForwardInPieces pieces = new ForwardInPieces(net);
        pieces.begin(x, 0);
        int calls = 1;
        while (!pieces.advance(10 * perStep)) {
            calls++;
        }
        assertEquals(21, calls, "ten steps a call, then the dense layer");
        assertEquals(expected, pieces.output()[0]);
    }
}
