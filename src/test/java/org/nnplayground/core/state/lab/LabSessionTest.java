package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.train.StepResult;

/** Every sequence and image problem starts, trains and is traced as its views need. */
class LabSessionTest {

    @ParameterizedTest
    @ValueSource(strings = {"echo", "parity", "parity-end", "sum", "count", "adding", "sine", "text", "bars", "shapes", "digits"})
    void everyProblemStartsAndItsTrainingLossFalls(String id) {
        LabState state = LabState.defaultFor(id, 1);
        assertNotNull(state, id);
        assertEquals(id, state.model().problemId());
        LabSession session = new LabSession(state);
        double start = session.last().train().loss();
        StepResult after = session.stepEpochs(3);
        assertNull(after.divergence(), id);
        assertTrue(after.train().loss() < start, id + ": " + start + " -> " + after.train().loss());
        assertEquals(3, after.epoch());
    }

    @Test
    void anUnknownProblemHasNoState() {
        assertNull(LabState.defaultFor("circle", 1));
        assertTrue(LabState.isProblem("digits"));
        assertTrue(!LabState.isProblem("circle"));
    }

    @Test
    void playingTrainsOneEpochPerFrameAtTheDefaultSpeedAndTheSameBitsAsStepping() {
        LabSession played = new LabSession(LabState.defaultFor("echo", 3));
        played.play();
        for (int i = 0; i < 4; i++) {
            played.frame(null, 0);
        }
        LabSession stepped = new LabSession(LabState.defaultFor("echo", 3));
        stepped.stepEpochs(4);
        assertEquals(4, played.last().epoch());
        assertEquals(stepped.trainer().network().fingerprint().hex(), played.trainer().network().fingerprint().hex());
        assertEquals(5, played.history().size());
    }

    @Test
    void aTrainingChangeKeepsTheWeightsAndAModelChangeStartsAgain() {
        LabSession session = new LabSession(LabState.defaultFor("echo", 1));
        session.stepEpochs(2);
        session.apply(session.state().withTraining(session.state().training().withLearningRate(0.01)));
        assertEquals(2, session.last().epoch());
        SequenceModel m = (SequenceModel) session.state().model();
        session.apply(session.state().withModel(m.withNet(m.net().withCell(Cell.GRU))));
        assertEquals(0, session.last().epoch());
        session.regenerate();
        assertTrue(session.state().model().seed() != 1);
    }

    @Test
    void aSequenceTraceHasEveryStepOfEveryLayerAndItsGates() {
        LabState state = LabState.defaultFor("echo", 1);
        SequenceModel m = (SequenceModel) state.model();
        LabSession session = new LabSession(state.withModel(m.withNet(m.net().withCell(Cell.LSTM).withHidden(List.of(6, 4)))));
        session.stepEpochs(1);
        String before = session.trainer().network().fingerprint().hex();
        SequenceTrace trace = SequenceTrace.of(session, true, 0);
        assertEquals(before, session.trainer().network().fingerprint().hex(), "a trace leaves the weights as they were");
        assertEquals(10, trace.steps());
        assertEquals(10, trace.targetSteps());
        assertEquals(2, trace.layers().size());
        SequenceTrace.LayerTrace bottom = trace.layers().get(0);
        assertEquals(6, bottom.hidden());
        assertEquals(4, bottom.gateRows());
        assertEquals(10 * 6, bottom.states().length);
        assertEquals(10 * 4 * 6, bottom.gates().length);
        for (double norm : bottom.gradientNorms()) {
            assertTrue(norm >= 0 && norm < 1e6);
        }
        assertTrue(bottom.gradientNorms()[9] > 0, "the last step has a gradient");
        double sigmoid = bottom.gate(3, 1, 2);
        assertTrue(sigmoid > 0 && sigmoid < 1, "a forget gate is a sigmoid: " + sigmoid);
        assertEquals(List.of("input", "forget", "candidate", "output"), SequenceTrace.gateNames("LSTM"));
        assertThrows(IllegalArgumentException.class, () -> SequenceTrace.of(session, true, 999));
    }

    @Test
    void tracingTheSameSequenceBetweenFramesChangesNothingOfTheRun() {
        LabSession traced = new LabSession(LabState.defaultFor("parity", 5));
        LabSession plain = new LabSession(LabState.defaultFor("parity", 5));
        for (int i = 0; i < 3; i++) {
            traced.stepEpochs(1);
            SequenceTrace.of(traced, false, i);
            plain.stepEpochs(1);
        }
        assertEquals(plain.trainer().network().fingerprint().hex(), traced.trainer().network().fingerprint().hex());
    }

    @Test
    void anImageTraceHasEveryLayersOutputAndTheConfusionMatrixCountsEveryTestImage() {
        LabSession session = new LabSession(LabState.defaultFor("digits", 1));
        session.stepEpochs(1);
        ImageModel m = (ImageModel) session.state().model();
        assertEquals(ImageProblem.DIGITS, m.data().problem());
        ImageTrace trace = ImageTrace.of(session.trainer().network(), session.sets().images().test(), 0);
        assertEquals(5, trace.layers().size());
        assertTrue(trace.layers().get(0).isMaps());
        assertEquals(8 * 12 * 12, trace.layers().get(0).values().length);
        assertEquals(16 * 3 * 3, trace.layers().get(3).values().length);
        double sum = 0;
        for (double p : trace.probabilities()) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(2, ImageTrace.convolutions(session.trainer().network()).size());
        Confusion c = Confusion.of(session.trainer().network(), session.sets().images().test());
        assertEquals(100, c.total());
        int counted = 0;
        for (int a = 0; a < 10; a++) {
            for (int g = 0; g < 10; g++) {
                counted += c.count(a, g);
            }
        }
        assertEquals(100, counted);
        assertEquals(session.last().test().accuracy(), c.accuracy(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ImageTrace.of(session.trainer().network(), new double[10], 3));
    }

    @Test
    void shapesThatDoNotFitAreRefusedWithASentence() {
        ImageModel m = (ImageModel) LabState.defaultFor("bars", 1).model();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.withNet(m.net().withImageLayers(
                List.of(new org.nnplayground.core.nn.layer.Conv2d.Spec(4, 7, 2, org.nnplayground.core.nn.layer.Padding.VALID,
                        Activation.RELU), new org.nnplayground.core.nn.layer.MaxPool2d.Spec(),
                        new org.nnplayground.core.nn.layer.MaxPool2d.Spec()))));
        assertTrue(e.getMessage().length() > 20, e.getMessage());
        SequenceModel s = (SequenceModel) LabState.defaultFor("echo", 1).model();
        assertThrows(IllegalArgumentException.class, () -> s.withNet(s.net().withEmbedding(4)));
        assertThrows(IllegalArgumentException.class, () -> s.withData(s.data().withDelay(10)));
    }

    @Test
    void aSlowSpeedTrainsOnEveryNthFrame() {
        LabSession session = new LabSession(LabState.defaultFor("echo", 1));
        session.setSpeed(Speed.epochEvery(2));
        session.play();
        session.frame(null, 0);
        session.frame(null, 0);
        session.frame(null, 0);
        assertEquals(2, session.last().epoch());
    }
}
