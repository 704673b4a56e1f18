package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Recurrent;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepOutput;

/** One sample's backward pass in pieces of any size against the whole pass, bit for bit, over seeded recurrent networks. */
class BackwardInPiecesTest {
    /** Every gradient of {@code net} and every layer's dLoss/dh, as bits, in order. */
    private static String gradientBits(Network net) {
        StringBuilder sb = new StringBuilder();
        for (ParamBlock block : net.parameters()) {
            for (double g : block.grads()) {
                sb.append(Long.toHexString(Double.doubleToRawLongBits(g))).append(',');
            }
        }
        for (Layer layer : net.layers()) {
            if (layer instanceof Recurrent) {
                for (double g : ((Recurrent) layer).hiddenGradients()) {
                    sb.append(Long.toHexString(Double.doubleToRawLongBits(g))).append(';');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void piecesOfAnySizeAddTheGradientsOfTheWholePass() {
        Rng pick = new Rng(43);
        for (int shape = 0; shape < 60; shape++) {
            int steps = 1 + pick.nextInt(30);
            int features = 1 + pick.nextInt(3);
            Network whole = ForwardInPiecesTest.network(new Rng(shape), steps, features, shape);
            Network pieced = ForwardInPiecesTest.network(new Rng(shape), steps, features, shape);
            double[] x = new double[steps * features];
            for (int i = 0; i < x.length; i++) {
                x[i] = pick.uniform(-1, 1);
            }
            double[] target = new double[whole.forward(x, 0).length];
            target[pick.nextInt(target.length)] = 1.0;
            pieced.forward(x, 0);
            double scale = shape % 3 == 0 ? 0.25 : 1.0;
            whole.zeroGradients();
            whole.backward(Loss.SOFTMAX_CROSS_ENTROPY, target, 0, scale);
            pieced.zeroGradients();
            long work = 1 + pick.nextInt((int) Math.min(Integer.MAX_VALUE, 3 * whole.forwardCost()));
            BackwardInPieces pieces = new BackwardInPieces(pieced);
            pieces.begin(Loss.SOFTMAX_CROSS_ENTROPY, target, 0, scale);
            int calls = 0;
            while (!pieces.advance(work)) {
                calls++;
                assertFalse(pieces.done());
            }
            assertTrue(pieces.done());
            assertEquals(gradientBits(whole), gradientBits(pieced), "shape " + shape + " in pieces of " + work + " (" + calls + " calls)");
        }
    }

    @Test
    void aLongSequenceGoesBackInManyPiecesOfAboutTheWorkAsked() {
        Network net = new Network(Shape.of(200, 1), List.of(new Lstm.Spec(8, StepOutput.EVERY_STEP, 0),
                new Lstm.Spec(8, StepOutput.LAST_STEP, 30), new Dense.Spec(1, Activation.IDENTITY, false)),
                Activation.IDENTITY, Init.GLOROT, new Rng(5));
        Network whole = new Network(net.architecture(), new Rng(0));
        double[] parameters = net.parameterBuffer();
        net.copyParametersTo(parameters);
        whole.copyParametersFrom(parameters);
        double[] x = new double[200];
        for (int t = 0; t < 200; t++) {
            x[t] = Math.sin(t * 0.1);
        }
        double[] target = {0.5};
        whole.forward(x, 0);
        whole.zeroGradients();
        whole.backward(Loss.SQUARED_ERROR, target, 0, 1.0);
        net.forward(x, 0);
        net.zeroGradients();
        BackwardInPieces pieces = new BackwardInPieces(net);
        pieces.begin(Loss.SQUARED_ERROR, target, 0, 1.0);
        long perStep = 2 * (net.layers().get(0).forwardCost() / 200);
        int calls = 1;
        while (!pieces.advance(10 * perStep)) {
            calls++;
        }
        assertTrue(calls >= 40, "two layers of 200 steps, about ten steps a call: " + calls);
        assertEquals(gradientBits(whole), gradientBits(net), "a truncated layer too");
    }
}
