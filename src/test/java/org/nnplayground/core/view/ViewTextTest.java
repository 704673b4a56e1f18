package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.Metrics;
import org.nnplayground.core.train.StepResult;

class ViewTextTest {
    private static final NetworkSpec SPEC = NetworkSpec.of(2, new int[] {4, 2}, Activation.TANH, 1, Activation.TANH);
    private static final NetworkSpec MULTI = NetworkSpec.of(2, new int[] {3}, Activation.TANH, 3, Activation.SOFTMAX);

    @Test
    void neuronsAreNamedAsTheGraphNamesThem() {
        String[] labels = {"x\u2081", "x\u2082"};
        assertEquals("input x\u2081", ViewText.neuronName(SPEC, labels, GraphHit.neuron(0, 0)));
        assertEquals("input 2", ViewText.neuronName(SPEC, null, GraphHit.neuron(0, 1)));
        assertEquals("neuron 2 of layer 1", ViewText.neuronName(SPEC, labels, GraphHit.neuron(1, 1)));
        assertEquals("the output", ViewText.neuronName(SPEC, labels, GraphHit.neuron(3, 0)));
        assertEquals("output 3", ViewText.neuronName(MULTI, labels, GraphHit.neuron(2, 2)));
        assertEquals("Showing neuron 2 of layer 1", ViewText.shownCaption("neuron 2 of layer 1"));
    }

    @Test
    void theOutputsTextSaysWhichNeuronItShows() {
        StepResult r = new StepResult(5, 50, new Metrics(0.1, 0.9, 50), new Metrics(0.2, 0.8, 50), null);
        String plain = ViewText.output(2, 2, false, r);
        assertTrue(plain.startsWith("Output of the network over the input square"), plain);
        String shown = ViewText.output(2, 2, true, r, "neuron 2 of layer 1");
        assertTrue(shown.startsWith("Showing neuron 2 of layer 1 in place of the network's output: its output over"
                + " the input square"), shown);
        assertTrue(shown.contains("training and test points") && shown.contains("comes back when"), shown);
        assertFalse(shown.contains("one class"), shown);
        String curve = ViewText.output(1, 0, false, r, "input x");
        assertTrue(curve.startsWith("Showing input x in place of the network's output: its output as a curve over x,"), curve);
        assertEquals(plain, ViewText.output(2, 2, false, r, null));
    }

    @Test
    void theStatusSaysTheLossesAreBeingComputedUntilAFirstStatusArrives() {
        StepResult pending = new StepResult(0, -1, new Metrics(Double.NaN, -1, 8000), new Metrics(Double.NaN, -1, 2000), null);
        assertEquals("Epoch 0, losses being computed, training", ViewText.status(pending, true));
        assertEquals("Epoch 0, losses being computed, paused", ViewText.status(pending, false));
        StepResult known = new StepResult(3, 30, new Metrics(0.25, 0.5, 8000), new Metrics(0.5, 0.25, 2000), null);
        assertEquals("Epoch 3, training loss 0.25, test loss 0.5, paused", ViewText.status(known, false));
    }
}
