package org.nnplayground.web;

import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.WorkerHandOver;

/**
 * Where {@link LabPage}'s run trains: on the page, or in a Web Worker while it plays and one batch is
 * beyond a frame ({@link WorkerHandOver}, over a {@link TrainWorkerChannel}). Hands the run over when
 * it is due and its link carries all of its state (the worker builds the run from the link), keeps
 * the worker's weights coming at the page's pace, and says where the run is and whether the worker failed.
 */
final class LabWorkerTraining {
    private final LabSession session;
    private final TrainWorkerChannel worker = new TrainWorkerChannel();
    private final WorkerHandOver handOver;
    /** A state whose link does not carry all of it (e.g. added images too many for a link): trained here. */
    private LabState notHandedOver;
    private String toldFailure;

    LabWorkerTraining(LabSession session) {
        this.session = session;
        this.handOver = new WorkerHandOver(session, worker);
        worker.connect(handOver);
    }

    /**
     * At the start of a frame: hands the run over when due; while it is away, asks for the worker's
     * next weights. Returns whether the page trains the run itself in this frame.
     */
    boolean beforeFrame() {
        if (handOver.due(session.state() != notHandedOver && worker.available())) {
            String fragment = LabLinks.encode(session.state(), session.speed(), 0);
            if (LabLinks.decode(fragment).state().equals(session.state())) {
                handOver.begin(fragment);
            } else {
                notHandedOver = session.state();
            }
        }
        if (handOver.local()) {
            return true;
        }
        worker.askForMore();
        return false;
    }

    /** Tells how long the page's last frame took, which paces the worker's weights (see {@link TrainWorkerChannel}). */
    void frameTook(double ms) {
        worker.frameTook(ms);
    }

    /** Runs {@code action} now, or once the run is back from the worker (see {@link WorkerHandOver#whenLocal}). */
    void whenLocal(Runnable action) {
        handOver.whenLocal(action);
    }

    /** Whether the run is on the page. */
    boolean local() {
        return handOver.local();
    }

    /** Where the run trains, for the status line: "" on the page. */
    String where() {
        switch (handOver.phase()) {
            case AWAY:
                return " (in a background worker)";
            case COMING_BACK:
                return " (taking the run back from the background worker)";
            default:
                return "";
        }
    }

    /** The worker's failure the first time it is asked after it happened, else null. */
    String newFailure() {
        String failure = handOver.failure();
        if (failure == null || failure.equals(toldFailure)) {
            return null;
        }
        toldFailure = failure;
        return failure;
    }

    /** Ends the worker (the page is left). */
    void close() {
        worker.close();
    }
}
