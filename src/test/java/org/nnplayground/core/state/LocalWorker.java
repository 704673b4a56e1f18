package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

/**
 * A channel to a {@link WorkerRun} in the same JVM, for the hand-over tests of both kinds: the
 * worker's session is made from the link it is sent (as a Web Worker makes it), and the worker acts
 * only in {@link #slice} and {@link #deliverStop}, so that its messages arrive when a test says, as a
 * Web Worker's arrive later.
 */
public final class LocalWorker implements WorkerHandOver.Channel {
    private final Function<String, HandedOverRun> sessions;
    public WorkerRun run;
    public boolean stopAsked;
    public int opened;
    private WorkerHandOver handOver;

    /** A worker whose session of a link is {@code sessions}' (a new session of that state, speed and stop conditions). */
    public LocalWorker(Function<String, HandedOverRun> sessions) {
        this.sessions = sessions;
    }

    /** The page's hand-over of {@code page} over this channel. */
    public WorkerHandOver connect(HandedOverRun page) {
        handOver = new WorkerHandOver(page, this);
        return handOver;
    }

    @Override
    public void open(String fragment, double[] snapshot, boolean resetWeights) {
        opened++;
        run = new WorkerRun(sessions.apply(fragment), snapshot.clone(), resetWeights);
    }

    @Override
    public void stop() {
        stopAsked = true;
    }

    /** One slice of the worker and its message to the page. */
    public void slice() {
        double[] status = run.slice(null, 0);
        double[] weights = run.changedWeights();
        handOver.progress(status.clone(), run.completedEpochs(), weights == null ? null : weights.clone());
    }

    /** The worker's answer to the stop asked for: its snapshot and status. */
    public void deliverStop() {
        assertTrue(stopAsked);
        handOver.stopped(run.snapshot(), run.status());
    }
}
