package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnplayground.core.train.StepResult;

/** With their fixed seeds, the classification presets reach 95 % train accuracy within a stated number of epochs. */
class ConvergenceTest {
    @ParameterizedTest(name = "{0} within {1} epochs")
    @CsvSource({"default, 50", "xor, 20", "spiral, 50", "spiral3, 200"})
    void reachesNinetyFivePercentTrainAccuracy(String preset, int epochs) {
        StepResult result = Presets.byId(preset).state().newTrainer().trainEpochs(epochs);
        assertFalse(result.diverged());
        assertTrue(result.train().accuracy() >= 0.95, preset + ": train accuracy " + result.train().accuracy()
                + " after " + epochs + " epochs");
        assertTrue(result.test().accuracy() >= 0.85, preset + ": test accuracy " + result.test().accuracy());
    }
}
