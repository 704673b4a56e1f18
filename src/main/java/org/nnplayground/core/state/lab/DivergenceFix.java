package org.nnplayground.core.state.lab;

import org.nnplayground.core.train.Divergence;
import org.nnplayground.core.train.Objective;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.text.NumberFormat;

/**
 * The one-click fix after a run diverged: the learning rate the trainer found to train from the
 * restored weights and, for a recurrent network that does not clip yet, gradient clipping at norm
 * {@value #CLIP_NORM} when it works: a probe run with that rate and clipping, started from the
 * restored weights on a separate trainer, trains {@value #PROBE_EPOCHS} epochs without diverging and
 * ends no higher than it started. Exploding gradients through time are what clipping is for; the
 * probe keeps the page from offering it where it would not help.
 *
 * @param learningRate the rate to train on with
 * @param clipNorm the clipping to train on with (the run's own when the fix adds none)
 * @param addsClipping whether the fix turns clipping on
 */
public record DivergenceFix(double learningRate, double clipNorm, boolean addsClipping) {
    /** The clipping threshold the fix offers: the usual start. */
    public static final double CLIP_NORM = 1.0;
    /** Epochs the probe with clipping must train unharmed. */
    public static final int PROBE_EPOCHS = 3;

    /** The fix for the session's divergence, or null when it has not diverged. */
    public static DivergenceFix of(LabSession session) {
        Divergence d = session.trainer().divergence();
        if (d == null) {
            return null;
        }
        TrainingConfig now = session.state().training();
        double rate = d.suggestedLearningRate();
        boolean recurrent = session.state().model() instanceof SequenceModel;
        if (recurrent && !now.clips() && clippedProbeTrains(session, now.withLearningRate(rate).withClipNorm(CLIP_NORM))) {
            return new DivergenceFix(rate, CLIP_NORM, true);
        }
        return new DivergenceFix(rate, now.clipNorm(), false);
    }

    private static boolean clippedProbeTrains(LabSession session, TrainingConfig candidate) {
        LabState probeState = session.state().withTraining(candidate);
        Trainer probe = probeState.newTrainer(session.sets());
        double[] weights = new double[session.trainer().network().parameterCount()];
        session.trainer().network().copyParametersTo(weights);
        probe.restore(weights, session.trainer().epoch());
        double before = Objective.evaluate(probe.network(), session.sets().train(), candidate.loss()).loss();
        StepResult after = probe.trainEpochs(PROBE_EPOCHS);
        return after.divergence() == null && after.train().loss() <= before;
    }

    /** {@code state} with the fix applied (its training settings only, so the weights stay). */
    public LabState apply(LabState state) {
        return state.withTraining(state.training().withLearningRate(learningRate).withClipNorm(clipNorm));
    }

    /** The button's words: "Use rate 0.003 and clip at 1". */
    public String label() {
        String rate = "Use rate " + NumberFormat.shortest(learningRate);
        return addsClipping ? rate + " and clip at " + NumberFormat.shortest(clipNorm) : rate;
    }
}
