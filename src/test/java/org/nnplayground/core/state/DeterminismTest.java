package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.train.Trainer;

/** The same state and seed give the same bits; another seed gives other bits. */
class DeterminismTest {
    private static String fingerprintAfter(PlaygroundState state, int epochs) {
        Trainer t = state.newTrainer();
        t.trainEpochs(epochs);
        return t.network().fingerprint().hex();
    }

    @Test
    void everyPresetReplaysBitForBit() {
        for (Preset p : Presets.all()) {
            assertEquals(fingerprintAfter(p.state(), 20), fingerprintAfter(p.state(), 20), p.id());
        }
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        PlaygroundState state = Presets.defaultPreset().state();
        assertNotEquals(fingerprintAfter(state, 5), fingerprintAfter(state.withSeed(2), 5));
    }

    @Test
    void theFingerprintSeesTheLastBit() {
        Trainer t = Presets.defaultPreset().state().newTrainer();
        String before = t.network().fingerprint().hex();
        double[] w = t.network().weightBlock(1).values();
        w[0] = Math.nextUp(w[0]);
        assertNotEquals(before, t.network().fingerprint().hex());
    }
}
