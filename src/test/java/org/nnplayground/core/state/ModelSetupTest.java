package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.TrainingConfig;

/**
 * A state is what is trained ({@link ModelSetup}) and how ({@link TrainingConfig}): each edit of the
 * model starts a session again, each other edit of the training goes on with the weights.
 */
class ModelSetupTest {
    private static final PlaygroundState START = Presets.defaultPreset().state();

    private static Map<String, PlaygroundState> modelEdits() {
        Map<String, PlaygroundState> edits = new LinkedHashMap<>();
        edits.put("data", START.withData(START.data().withNoise(0.2)));
        edits.put("seed", START.withSeed(START.seed() + 1));
        edits.put("features", START.withFeatures(new FeatureSet(1 << Feature.SIN_X1.ordinal()
                | 1 << Feature.X1.ordinal())));
        edits.put("width", StateEdits.changeWidth(START, 0, 1));
        edits.put("layers", StateEdits.addLayer(START));
        edits.put("activation", StateEdits.withLayerActivation(START, 0, Activation.RELU));
        edits.put("output", StateEdits.withOutput(START, Activation.SIGMOID));
        edits.put("skip", START.withSkip(!START.skip()));
        edits.put("init", START.withInit(Init.HE));
        edits.put("loss", START.withOutput(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY)
                .withOutput(Activation.SIGMOID, Loss.SQUARED_ERROR));
        return edits;
    }

    private static Map<String, PlaygroundState> trainingEdits() {
        TrainingConfig t = START.training();
        Map<String, PlaygroundState> edits = new LinkedHashMap<>();
        edits.put("learning rate", START.withTraining(t.withLearningRate(0.3)));
        edits.put("optimizer", START.withTraining(t.withOptimizer(OptimizerKind.ADAM)));
        edits.put("batch size", START.withTraining(t.withBatchSize(3)));
        edits.put("regularization", START.withTraining(t.withRegularization(Regularization.L2, 0.01)));
        edits.put("biases", START.withTraining(t.withUpdateBiases(false)));
        edits.put("shuffle", START.withTraining(t.withShuffle(false)));
        return edits;
    }

    @Test
    void everyEditOfTheModelChangesTheModelAndTheRestDoNot() {
        for (Map.Entry<String, PlaygroundState> e : modelEdits().entrySet()) {
            assertNotEquals(START.model(), e.getValue().model(), e.getKey());
        }
        for (Map.Entry<String, PlaygroundState> e : trainingEdits().entrySet()) {
            assertEquals(START.model(), e.getValue().model(), e.getKey());
            assertNotEquals(START.training(), e.getValue().training(), e.getKey());
        }
    }

    @Test
    void aSessionStartsAgainForTheModelAndGoesOnForTheTraining() {
        for (Map.Entry<String, PlaygroundState> e : modelEdits().entrySet()) {
            Session session = trainedTwoEpochs();
            session.apply(e.getValue());
            assertEquals(0, session.last().epoch(), e.getKey());
            assertEquals(e.getValue(), session.state(), e.getKey());
        }
        for (Map.Entry<String, PlaygroundState> e : trainingEdits().entrySet()) {
            Session session = trainedTwoEpochs();
            String weights = session.trainer().network().fingerprint().hex();
            session.apply(e.getValue());
            assertEquals(2, session.last().epoch(), e.getKey());
            assertEquals(weights, session.trainer().network().fingerprint().hex(), e.getKey());
            assertEquals(e.getValue().training(), session.trainer().config(), e.getKey());
        }
    }

    /** The loss is the model's (it must fit the output) and the trainer's; both parts say the same. */
    @Test
    void theLossIsTheModelsAndTheTrainersAlike() {
        PlaygroundState sigmoid = START.withOutput(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY);
        assertEquals(Loss.BINARY_CROSS_ENTROPY, sigmoid.model().loss());
        assertEquals(Loss.BINARY_CROSS_ENTROPY, sigmoid.training().loss());
        PlaygroundState viaTraining = sigmoid.withTraining(sigmoid.training().withLoss(Loss.SQUARED_ERROR));
        assertEquals(Loss.SQUARED_ERROR, viaTraining.model().loss());
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> new PlaygroundState(sigmoid.model(), sigmoid.training().withLoss(Loss.SQUARED_ERROR)));
        assertEquals("the training's loss Squared error is not the model's loss Binary cross-entropy", mixed.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> START.withTraining(START.training().withLoss(Loss.BINARY_CROSS_ENTROPY)), "a tanh output");
    }

    private static Session trainedTwoEpochs() {
        Session session = new Session(START);
        session.stepEpoch();
        session.stepEpoch();
        return session;
    }
}
