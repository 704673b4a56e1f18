package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.train.Divergence;
import org.nnplayground.core.train.Metrics;
import org.nnplayground.core.train.StepResult;

/** A status crosses to the page and back as numbers unchanged, NaN losses (a status still to come) included. */
class StatusNumbersTest {
    @Test
    void seededStatusesComeBackAsTheyWere() {
        Rng rng = new Rng(3);
        Divergence d = new Divergence(Divergence.Reason.EXPLODING_LOSS, 4, 0.3, 0.1, 2.0, true);
        for (int i = 0; i < 200; i++) {
            boolean diverged = rng.nextInt(4) == 0;
            boolean pending = rng.nextInt(5) == 0;
            StepResult s = new StepResult(rng.nextInt(1_000_000), pending ? -1 : (long) rng.nextInt(Integer.MAX_VALUE) * 1000,
                    new Metrics(pending ? Double.NaN : rng.nextDouble() * 100, rng.nextInt(2) == 0 ? -1 : rng.nextDouble(), rng.nextInt(10_000)),
                    new Metrics(pending ? Double.NaN : rng.nextDouble(), -1, rng.nextInt(10_000)), diverged ? d : null);
            boolean playing = rng.nextInt(2) == 0;
            double[] numbers = StatusNumbers.write(s, playing);
            assertEquals(s, StatusNumbers.read(numbers, d.equals(s.divergence()) ? d : null));
            assertEquals(playing, StatusNumbers.playing(numbers));
            assertEquals(diverged, StatusNumbers.diverged(numbers));
        }
    }

    @Test
    void aDivergedStatusTakesTheDivergenceItIsGivenAndNoOtherIsMadeUp() {
        StepResult s = new StepResult(1, 10, new Metrics(1, -1, 5), new Metrics(0, -1, 0), null);
        assertNull(StatusNumbers.read(StatusNumbers.write(s, true), null).divergence());
        assertFalse(StatusNumbers.diverged(StatusNumbers.write(s, true)));
        assertTrue(StatusNumbers.playing(StatusNumbers.write(s, true)));
    }

    @Test
    void numbersThatAreNotAStatusAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusNumbers.read(new double[3], null));
        double[] bad = StatusNumbers.write(new StepResult(1, 10, new Metrics(1, -1, 5), new Metrics(0, -1, 0), null), false);
        bad[0] = 1.5;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusNumbers.read(bad, null));
        assertTrue(e.getMessage().contains("whole numbers"), e.getMessage());
    }
}
