package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;

class StateEditsTest {
    private final PlaygroundState start = Presets.defaultPreset().state();

    @Test
    void changingTheProblemBringsItsOutputAndLoss() {
        PlaygroundState multi = StateEdits.withProblem(start, ProblemType.MULTICLASS);
        assertEquals(ProblemType.MULTICLASS, multi.data().kind().problem());
        assertEquals(Activation.SOFTMAX, multi.outputActivation());
        assertEquals(Loss.SOFTMAX_CROSS_ENTROPY, multi.training().loss());
        assertEquals(3, multi.networkSpec().outputs());
        PlaygroundState curve = StateEdits.withProblem(multi, ProblemType.REGRESSION_1D);
        assertEquals(Activation.IDENTITY, curve.outputActivation());
        assertEquals(Loss.SQUARED_ERROR, curve.training().loss());
        assertEquals(1, curve.networkSpec().inputs());
        assertSame(curve, StateEdits.withProblem(curve, ProblemType.REGRESSION_1D));
        curve.newTrainer().trainEpochs(1);
        multi.newTrainer().trainEpochs(1);
    }

    @Test
    void aDatasetOfTheSameProblemKeepsTheOutput() {
        PlaygroundState sigmoid = StateEdits.withOutput(start, Activation.SIGMOID);
        PlaygroundState xor = StateEdits.withDataset(sigmoid, DatasetKind.XOR);
        assertEquals(Activation.SIGMOID, xor.outputActivation());
    }

    @Test
    void outputsOfferTheLossesThatFit() {
        assertEquals(List.of(Loss.SQUARED_ERROR, Loss.BINARY_CROSS_ENTROPY), OutputHead.lossesFor(Activation.SIGMOID));
        assertEquals(List.of(Loss.SOFTMAX_CROSS_ENTROPY, Loss.SQUARED_ERROR), OutputHead.lossesFor(Activation.SOFTMAX));
        PlaygroundState bce = StateEdits.withOutput(start, Activation.SIGMOID);
        assertEquals(Loss.BINARY_CROSS_ENTROPY, bce.training().loss());
        assertEquals(Loss.SQUARED_ERROR, StateEdits.withOutput(bce, Activation.TANH).training().loss());
        PlaygroundState softmaxBinary = StateEdits.withOutput(start, Activation.SOFTMAX);
        assertEquals(2, softmaxBinary.networkSpec().outputs());
        assertEquals(Loss.SOFTMAX_CROSS_ENTROPY, softmaxBinary.training().loss());
        for (ProblemType p : ProblemType.values()) {
            for (Activation a : StateEdits.outputChoices(p)) {
                PlaygroundState s = StateEdits.withOutput(StateEdits.withProblem(start, p), a);
                for (Loss l : OutputHead.lossesFor(a)) {
                    s.withOutput(a, l).newTrainer();
                }
            }
        }
    }

    @Test
    void layersAndNeuronsStayWithinTheLimits() {
        PlaygroundState s = start;
        for (int i = 0; i < Limits.MAX_HIDDEN_LAYERS - 2; i++) {
            s = StateEdits.addLayer(s);
        }
        assertEquals(Limits.MAX_HIDDEN_LAYERS, s.hiddenSizes().size());
        PlaygroundState full = s;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateEdits.addLayer(full));
        assertEquals("Hidden layers: 17 is above the limit of 16; using 16.", e.getMessage());
        PlaygroundState none = start;
        none = StateEdits.removeLayer(StateEdits.removeLayer(none));
        assertEquals(0, none.hiddenSizes().size());
        assertSame(none, StateEdits.removeLayer(none));
        assertEquals(List.of(DefaultWidth.VALUE), StateEdits.addLayer(none).hiddenSizes());
        assertEquals(1, StateEdits.changeWidth(start, 1, -5).hiddenSizes().get(1));
        assertEquals(Limits.MAX_LAYER_WIDTH, StateEdits.changeWidth(start, 0, 1000).hiddenSizes().get(0));
        assertEquals(5, StateEdits.changeWidth(start, 0, 1).hiddenSizes().get(0));
        PlaygroundState widest = StateEdits.changeWidth(start, 0, 1000);
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> StateEdits.changeWidth(widest, 0, 1));
        assertEquals("Neurons in hidden layer 1: 257 is above the limit of 256; using 256.", wide.getMessage(),
                "the words a link with h=257 gets");
        PlaygroundState narrowest = StateEdits.changeWidth(start, 1, -5);
        IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class, () -> StateEdits.changeWidth(narrowest, 1, -1));
        assertEquals("Neurons in hidden layer 2: 0 is below the minimum of 1; using 1.", narrow.getMessage());
    }

    @Test
    void activationsPerLayerOrAll() {
        PlaygroundState relu = StateEdits.withLayerActivation(start, 1, Activation.RELU);
        assertEquals(List.of(Activation.TANH, Activation.RELU), relu.hiddenActivations());
        assertEquals(List.of(Activation.SINE, Activation.SINE), StateEdits.withAllActivations(relu, Activation.SINE).hiddenActivations());
    }

    private static final class DefaultWidth {
        static final int VALUE = StateEdits.DEFAULT_WIDTH;
    }
}
