package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.OptimizerKind;

/** What {@link Session#apply} keeps and what it starts afresh. */
class SessionApplyTest {
    private static Session trainedTwoEpochs() {
        Session session = new Session(Presets.defaultPreset().state());
        session.stepEpoch();
        session.stepEpoch();
        return session;
    }

    @Test
    void trainingSettingsKeepTheWeightsAndTheEpoch() {
        Session session = trainedTwoEpochs();
        String weights = session.trainer().network().fingerprint().hex();
        session.apply(session.state().withTraining(session.state().training().withLearningRate(0.3)
                .withOptimizer(OptimizerKind.ADAM)));
        assertEquals(2, session.last().epoch());
        assertEquals(weights, session.trainer().network().fingerprint().hex());
    }

    @Test
    void dataThatCannotBeMadeLeavesTheSessionAsItWas() {
        Session session = new Session(StateEdits.withDataset(Presets.defaultPreset().state(), DatasetKind.FORMULA_CURVE));
        session.stepEpoch();
        PlaygroundState before = session.state();
        String weights = session.trainer().network().fingerprint().hex();
        PlaygroundState nowhere = before.withData(before.data().withFormula("log(-1 - x^2)"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.apply(nowhere));
        assertTrue(e.getMessage().contains("undefined at every one"), e.getMessage());
        assertEquals(before, session.state());
        assertEquals(1, session.last().epoch());
        assertEquals(weights, session.trainer().network().fingerprint().hex());
        assertThrows(IllegalArgumentException.class, () -> session.replace(nowhere));
        assertEquals(before, session.state());
    }

    /** Tanh to sigmoid brings binary cross-entropy: a tanh network with that loss is no state to build. */
    @Test
    void anotherOutputActivationAndItsLossBuildANewNetwork() {
        Session session = trainedTwoEpochs();
        session.apply(StateEdits.withOutput(session.state(), Activation.SIGMOID));
        assertEquals(0, session.last().epoch());
        assertEquals(Activation.SIGMOID, session.trainer().network().spec().outputActivation());
        assertEquals(Loss.BINARY_CROSS_ENTROPY, session.state().training().loss());
        session.stepEpoch();
        session.apply(StateEdits.withOutput(session.state(), Activation.TANH));
        assertEquals(0, session.last().epoch());
        assertEquals(Activation.TANH, session.trainer().network().spec().outputActivation());
    }

    @Test
    void anotherLossAloneStartsAgain() {
        Session session = trainedTwoEpochs();
        session.apply(StateEdits.withOutput(session.state(), Activation.SIGMOID));
        session.stepEpoch();
        session.apply(session.state().withOutput(Activation.SIGMOID, Loss.SQUARED_ERROR));
        assertEquals(0, session.last().epoch());
        assertEquals(Loss.SQUARED_ERROR, session.state().training().loss());
    }
}
