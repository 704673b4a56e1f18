package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.train.StepResult;

/** The one-click fix after a divergence: the trainer's rate, and clipping for a recurrent network when a probe says it works. */
class DivergenceFixTest {
    private static LabSession diverged(String fragment) {
        LabSession session = new LabSession(LabLinks.decode(fragment).state());
        StepResult r = session.stepEpochs(3);
        assertNotNull(r.divergence(), fragment + " diverges");
        return session;
    }

    @Test
    void aRecurrentRunThatExplodesThroughTimeIsFixedWithTheSaferRateAndClipping() {
        // A running sum over 50 steps by plain SGD at 0.1: the loss explodes in the first epoch.
        LabSession session = diverged("lab=sum&len=50&cell=elman&h=16&opt=sgd&lr=0.1");
        DivergenceFix fix = DivergenceFix.of(session);
        assertEquals(session.trainer().divergence().suggestedLearningRate(), fix.learningRate());
        assertTrue(fix.learningRate() < 0.1);
        assertTrue(fix.addsClipping(), "the probe with clipping trains");
        assertEquals(DivergenceFix.CLIP_NORM, fix.clipNorm());
        assertEquals("Use rate " + org.nnplayground.core.text.NumberFormat.shortest(fix.learningRate()) + " and clip at 1", fix.label());
        String before = session.trainer().network().fingerprint().hex();
        session.apply(fix.apply(session.state()));
        assertEquals(before, session.trainer().network().fingerprint().hex(), "the fix keeps the weights");
        assertEquals(1.0, session.state().training().clipNorm());
        double start = session.last().train().loss();
        StepResult after = session.stepEpochs(5);
        assertNull(after.divergence());
        assertTrue(after.train().loss() < start, start + " -> " + after.train().loss());
    }

    @Test
    void aRunThatClipsAlreadyGetsTheRateAloneAndARunThatTrainsNoFix() {
        LabSession clipping = diverged("lab=sum&len=50&cell=elman&h=16&opt=sgd&lr=10&clip=1000");
        DivergenceFix fix = DivergenceFix.of(clipping);
        assertFalse(fix.addsClipping());
        assertEquals(1000.0, fix.clipNorm());
        assertEquals("Use rate " + org.nnplayground.core.text.NumberFormat.shortest(fix.learningRate()), fix.label());
        assertNull(DivergenceFix.of(new LabSession(LabState.defaultFor("echo", 1))), "nothing to fix");
    }

    @Test
    void theFreeRunsTrueContinuationIsTheSineItself() {
        LabSession session = new LabSession(LabLinks.decode("lab=sine&len=20&period=7").state());
        FreeRun run = FreeRun.of(session, 3, 30);
        SequenceTrace t = SequenceTrace.of(session, true, 3);
        // The targets are the clean values of steps 1 .. 20: sin(w k + a) with w = 2 pi / 7 and a the
        // angle at step 1, found from the first two; steps 21 .. 50 follow.
        double w = 2 * Math.PI / 7;
        double sinA = t.target(0, 0);
        double cosA = (t.target(1, 0) - sinA * Math.cos(w)) / Math.sin(w);
        double a = Math.atan2(sinA, cosA);
        for (int n = 0; n < 30; n++) {
            assertEquals(Math.sin(a + w * (20 + n)), run.truth()[n], 1e-9, "step " + (21 + n));
        }
        assertEquals(30, run.generated().length);
        assertTrue(run.drift(30) >= run.drift(5));
        assertEquals(Math.abs(run.generated()[0] - run.truth()[0]), run.drift(1), 0.0);
    }
}
