package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/**
 * Hands a playing run (either kind, see {@link HandedOverRun}) to a trainer elsewhere (a Web Worker, behind {@link
 * Channel}) and takes it back, so that a network whose one batch is beyond a frame trains without
 * holding the page's frames: {@link #begin} sends the session's snapshot; while the run is away the
 * session trains nothing itself and shows the weights and status that {@link #progress} brings;
 * anything that would change the run ({@link #whenLocal}: pause, step, reset, an edit, a link) first
 * asks for the run back, and runs once {@link #stopped} has put the worker's snapshot into the
 * session's trainer, so that everything after is as if the page had trained it all. A worker that
 * fails ({@link #failed}) leaves the session at the snapshot it was handed, and no further hand-over
 * is tried. Messages arrive in order; this class holds no clock and no browser.
 */
public final class WorkerHandOver {
    /**
     * Multiply-adds of one batch (forward, backward and update: three per weight and sample) above
     * which a playing run is handed over: more than a frame's share of training on this machine's
     * kind of core (the wasm-gc build does a few hundred million a second).
     */
    public static final long HAND_OVER_BATCH_WORK = 10_000_000;

    /** What the page sends to the trainer elsewhere. */
    public interface Channel {
        /**
         * Starts training run {@code fragment} (the run's link, of either kind) from {@code snapshot}
         * ({@link HandedOverRun#snapshot}), whose weights are its reset ones when {@code resetWeights}.
         */
        void open(String fragment, double[] snapshot, boolean resetWeights);

        /** Asks for the run back: answered by one {@link #stopped}, or {@link #failed}. */
        void stop();
    }

    /** Where the run is. */
    public enum Phase { LOCAL, AWAY, COMING_BACK }

    private final HandedOverRun session;
    private final Channel channel;
    private Phase phase = Phase.LOCAL;
    /** The snapshot handed over: what the session goes back to if the worker fails. */
    private double[] handedOver;
    private StepResult latest;
    private final List<Runnable> waiting = new ArrayList<>();
    private String failure;

    public WorkerHandOver(HandedOverRun session, Channel channel) {
        this.session = session;
        this.channel = channel;
    }

    /** Whether a run that plays at {@code speed} is worth handing over: one batch is beyond a frame, and it trains every frame. */
    public static boolean worthHandingOver(Trainer trainer, Speed speed) {
        int batch = Math.min(trainer.config().batchSize(), Math.max(1, trainer.trainData().size()));
        return speed.everyFrames() == 1 && trainer.divergence() == null
                && trainer.network().forwardCost() * 3L * batch > HAND_OVER_BATCH_WORK;
    }

    /**
     * Whether the session should hand its run over now, with a worker to take it ({@code available}):
     * one batch is beyond a frame ({@link #worthHandingOver}), or the speed asks more epochs than the
     * page's frames can train ({@link HandedOverRun#budgetBound}), so that the frames are left to drawing.
     */
    public boolean due(boolean available) {
        return available && failure == null && phase == Phase.LOCAL && session.playing()
                && (worthHandingOver(session.trainer(), session.speed()) || session.budgetBound());
    }

    /** Hands the run over as {@code fragment} (the session's link, whose state is the session's). */
    public void begin(String fragment) {
        if (phase != Phase.LOCAL) {
            return;
        }
        handedOver = session.snapshot();
        latest = null;
        phase = Phase.AWAY;
        channel.open(fragment, handedOver, session.weightsAreReset());
    }

    /** Where the run is. */
    public Phase phase() {
        return phase;
    }

    /** Whether the run is here, so that the session may train it. */
    public boolean local() {
        return phase == Phase.LOCAL;
    }

    /** The worker's failure, said once it happened (null: none). */
    public String failure() {
        return failure;
    }

    /**
     * The worker's status ({@link StatusNumbers}), the epochs it completed ({@link
     * WorkerRun#completedEpochs}) and, when it sent them, its weights (null: not this time); shown
     * by the session while the run is away. A worker that stopped playing by itself (it diverged) is
     * asked for the run back.
     */
    public void progress(double[] status, double[] epochs, double[] weights) {
        if (phase == Phase.LOCAL) {
            return;
        }
        latest = StatusNumbers.read(status, null);
        session.epochsCompletedElsewhere(epochs);
        if (phase == Phase.AWAY) {
            session.showTrainedElsewhere(weights, latest);
            if (!StatusNumbers.playing(status)) {
                comeBack();
            }
        }
    }

    /**
     * Runs {@code action} now when the run is here, else once it is back (in the order asked),
     * asking for it back if that has not been asked yet.
     */
    public void whenLocal(Runnable action) {
        if (phase == Phase.LOCAL) {
            action.run();
            return;
        }
        waiting.add(action);
        comeBack();
    }

    private void comeBack() {
        if (phase == Phase.AWAY) {
            phase = Phase.COMING_BACK;
            channel.stop();
        }
    }

    /**
     * The worker stopped and sent its {@code snapshot} and last status: the session takes the run
     * back and what waited runs. A snapshot that does not fit counts as the worker's failure.
     */
    public void stopped(double[] snapshot, double[] status) {
        if (phase == Phase.LOCAL) {
            return;
        }
        try {
            session.handBack(snapshot, status);
        } catch (IllegalArgumentException e) {
            failed("the worker's run did not fit (" + e.getMessage() + ")");
            return;
        }
        back();
    }

    /**
     * The worker failed ({@code message} says how): the session goes back to the snapshot it handed
     * over, training goes on here, and what waited runs.
     */
    public void failed(String message) {
        failure = message == null || message.isEmpty() ? "the worker stopped" : message;
        if (phase != Phase.LOCAL) {
            session.handBack(handedOver, null);
            back();
        }
    }

    private void back() {
        phase = Phase.LOCAL;
        handedOver = null;
        List<Runnable> actions = new ArrayList<>(waiting);
        waiting.clear();
        for (Runnable a : actions) {
            a.run();
        }
    }

    /** The worker's last status (null before the first). */
    public StepResult latest() {
        return latest;
    }
}
