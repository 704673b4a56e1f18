package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;

/** The Elman layer's shapes, its refusals, a hand-computed run and stacking. */
class ElmanTest {

    @Test
    void givesEveryStepOrTheLastStep() {
        Shape input = Shape.of(5, 3);
        assertEquals(Shape.of(5, 2), Elman.Spec.tanh(2, StepOutput.EVERY_STEP).outputShape(input));
        assertEquals(Shape.vector(2), Elman.Spec.tanh(2, StepOutput.LAST_STEP).outputShape(input));
        Elman layer = Elman.Spec.tanh(2, StepOutput.EVERY_STEP).build(input, Init.GLOROT, new Rng(1));
        assertEquals(List.of(6, 4, 2), List.of(layer.inputWeights().size(), layer.recurrentWeights().size(),
                layer.biases().size()));
        assertEquals(Activation.TANH, layer.activation());
    }

    @Test
    void refusesWhatCannotWork() {
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> Elman.Spec.tanh(2, StepOutput.LAST_STEP).outputShape(Shape.vector(4)));
        assertEquals("a recurrent layer takes a sequence of steps x features, not 4", flat.getMessage());
        assertEquals("Hidden units of a recurrent layer: 0 is not allowed; use 1 to 256", assertThrows(IllegalArgumentException.class,
                () -> new Elman.Spec(0, Activation.TANH, StepOutput.LAST_STEP, 0)).getMessage());
        assertEquals("Hidden units of an LSTM layer: 257 is not allowed; use 1 to 256", assertThrows(IllegalArgumentException.class,
                () -> new Lstm.Spec(257, StepOutput.LAST_STEP, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Elman.Spec(2, Activation.SOFTMAX, StepOutput.LAST_STEP, 0));
        assertThrows(IllegalArgumentException.class, () -> new Elman.Spec(2, Activation.TANH, null, 0));
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class,
                () -> new Elman.Spec(2, Activation.TANH, StepOutput.LAST_STEP, -1));
        assertTrue(cut.getMessage().startsWith("truncation: -1 steps is not allowed"), cut.getMessage());
    }

    @Test
    void aLinearUnitFollowsItsRecurrenceByHand() {
        Elman layer = new Elman.Spec(1, Activation.IDENTITY, StepOutput.EVERY_STEP, 0).build(Shape.of(3, 1), Init.GLOROT,
                new Rng(2));
        layer.inputWeights().set(0, 0, 2.0);
        layer.recurrentWeights().set(0, 0, 0.5);
        layer.biases().set(0, 0, 0.25);
        double[] out = new double[3];
        layer.forward(new double[] {1, -1, 3}, out);
        // h0 = 2 + 0.25; h1 = -2 + 0.5 * 2.25 + 0.25; h2 = 6 + 0.5 * -0.625 + 0.25.
        assertEquals(2.25, out[0], 0.0);
        assertEquals(-0.625, out[1], 0.0);
        assertEquals(5.9375, out[2], 0.0);
        // dL/dh2 = 1 only: dWh = h1 + 0.5 * h0 (through h2 then h1), db = 1 + 0.5 + 0.25.
        layer.backward(new double[] {1, -1, 3}, out, new double[] {0, 0, 1}, null);
        assertEquals(-0.625 + 0.5 * 2.25, layer.recurrentWeights().gradient(0, 0), 0.0);
        assertEquals(1.75, layer.biases().gradient(0, 0), 0.0);
        assertEquals(3 + 0.5 * -1 + 0.25 * 1, layer.inputWeights().gradient(0, 0), 0.0);
        assertEquals(0.25, layer.hiddenGradients()[0], 0.0);
    }

    @Test
    void stacksOnAnotherRecurrentLayersEveryStepOutput() {
        Network net = new Network(Shape.of(4, 2), List.of(Elman.Spec.tanh(3, StepOutput.EVERY_STEP),
                Elman.Spec.tanh(2, StepOutput.LAST_STEP), new Dense.Spec(1, Activation.IDENTITY, false)),
                Activation.IDENTITY, Init.GLOROT, new Rng(3));
        assertEquals(Shape.of(4, 3), net.layer(2).inputShape());
        assertEquals(8, net.parameters().size());
        assertEquals(1, net.forward(new double[] {1, 0, 0, 1, 1, 1, 0, 0}, 0).length);
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class, () -> new Network(Shape.of(4, 2),
                List.of(Elman.Spec.tanh(3, StepOutput.LAST_STEP), Elman.Spec.tanh(2, StepOutput.LAST_STEP)),
                Activation.IDENTITY, Init.GLOROT, new Rng(3)));
        assertEquals("a recurrent layer takes a sequence of steps x features, not 3", flat.getMessage());
    }

    @Test
    void sayTheirForwardCost() {
        Shape input = Shape.of(10, 3);
        assertEquals(10L * 4 * (3 + 4 + 1), Elman.Spec.tanh(4, StepOutput.LAST_STEP).build(input, Init.GLOROT, new Rng(1))
                .forwardCost());
        assertEquals(10L * 16 * (3 + 4 + 1), new Lstm.Spec(4, StepOutput.LAST_STEP, 0).build(input, Init.GLOROT, new Rng(1))
                .forwardCost());
        assertEquals(10L * 12 * (3 + 4 + 1), new Gru.Spec(4, StepOutput.LAST_STEP, 0).build(input, Init.GLOROT, new Rng(1))
                .forwardCost());
        assertEquals(10L * 2 * (3 + 1), new StepDense.Spec(2, Activation.TANH).build(input, Init.GLOROT, new Rng(1))
                .forwardCost());
        assertEquals(10L * 5, new Embedding.Spec(7, 5).build(Shape.of(10, 1), Init.GLOROT, new Rng(1)).forwardCost());
        assertEquals(10L * 5 * 7, new Embedding.Spec(7, 5).build(Shape.of(10, 7), Init.GLOROT, new Rng(1)).forwardCost());
    }
}
