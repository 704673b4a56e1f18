package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** {@link Session#frame(DoubleSupplier, double)}: a time budget per frame, the same run however it is cut. */
class SessionFrameBudgetTest {
    /** A clock that moves {@code step} ms on every reading after the first. */
    private static DoubleSupplier ticking(double step) {
        double[] now = {-step};
        return () -> now[0] += step;
    }

    private static Session playing(int speed) {
        Session session = new Session(Presets.defaultPreset().state());
        session.setSpeed(speed);
        session.play();
        return session;
    }

    @Test
    void aSlowEpochLimitsTheFrameToWhatFitsTheBudget() {
        Session session = playing(100);
        // The first epoch "takes" 2 ms: 1 + 11 more fit in 25 ms.
        assertEquals(12, session.frame(ticking(2), 25).epoch());
        assertEquals(24, session.frame(ticking(2), 25).epoch());
    }

    @Test
    void aFastEpochOrNoClockTrainsTheFullSpeed() {
        assertEquals(100, playing(100).frame(ticking(0.01), 25).epoch());
        assertEquals(100, playing(100).frame().epoch());
    }

    @Test
    void anEpochOverTheWholeBudgetStillTrainsOneAndNothingWhenPaused() {
        assertEquals(1, playing(100).frame(ticking(60), 25).epoch());
        Session paused = playing(100);
        paused.pause();
        assertEquals(0, paused.frame(ticking(1), 25).epoch());
    }

    @Test
    void theEpochLimitStillHolds() {
        Session session = playing(100);
        session.setEpochLimit(30);
        session.frame(ticking(1), 25);
        session.frame(ticking(1), 25);
        assertEquals(30, session.frame(ticking(1), 25).epoch());
        assertEquals(false, session.playing());
    }

    @Test
    void howEpochsAreSpreadOverFramesDoesNotChangeTheRun() {
        Session cut = playing(100);
        while (cut.last().epoch() < 120) {
            cut.frame(ticking(cut.last().epoch() % 3 + 1.5), 10);
        }
        Session whole = new Session(Presets.defaultPreset().state());
        for (int i = 0; i < cut.last().epoch(); i++) {
            whole.stepEpoch();
        }
        assertEquals(whole.trainer().network().fingerprint().hex(), cut.trainer().network().fingerprint().hex());
        assertEquals(whole.last().train().loss(), cut.last().train().loss());
    }
}
