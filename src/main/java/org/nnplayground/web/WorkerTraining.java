package org.nnplayground.web;

import org.nnplayground.core.state.HandedOverRun;
import org.nnplayground.core.state.WorkerHandOver;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Where a page's run trains: on the page, or in a Web Worker while it plays and one batch is beyond
 * a frame ({@link WorkerHandOver}, over a {@link TrainWorkerChannel}). Used by both pages, the
 * points' ({@link PlaygroundPage}) and the sequences' and images' ({@link LabPage}). Hands the run
 * over when it is due and its link carries all of its state (the worker builds the run from the
 * link), keeps the worker's weights coming at the page's pace, and says where the run is and
 * whether the worker failed.
 */
final class WorkerTraining {
    /** What the page says of its run for a hand-over. */
    interface Run {
        /** The run's state now: a state whose link was found not to carry all of it is not tried again. */
        Object state();

        /** The run's link (without '#') when it carries all of the run's state, else null. */
        String completeLink();

        /** Whether the page lets the run go now (a page may keep it, e.g. while a lesson watches each batch). */
        boolean mayLeave();
    }

    private final HandedOverRun session;
    private final Run run;
    private final TrainWorkerChannel worker;
    private final WorkerHandOver handOver;
    /** A state whose link does not carry all of it (e.g. a table or images too many for a link): trained here. */
    private Object notHandedOver;
    private String toldFailure;
    private String shownWhere;

    /** The hand-over of {@code session}'s run, to a worker that loads the module of {@code kind} ("points" or "lab"). */
    WorkerTraining(HandedOverRun session, String kind, Run run) {
        this.session = session;
        this.run = run;
        this.worker = new TrainWorkerChannel(kind);
        this.handOver = new WorkerHandOver(session, worker);
        worker.connect(handOver);
    }

    /**
     * At the start of a frame: hands the run over when due; while it is away, asks for the worker's
     * next weights. Returns whether the page trains the run itself in this frame.
     */
    boolean beforeFrame() {
        Object state = run.state();
        if (state != notHandedOver && handOver.due(run.mayLeave() && worker.available())) {
            String fragment = run.completeLink();
            if (fragment != null) {
                handOver.begin(fragment);
            } else {
                notHandedOver = state;
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

    /** Where the run trains, in words for the status line or the run bar: "" on the page. */
    String where() {
        switch (handOver.phase()) {
            case AWAY:
                return "in a background worker";
            case COMING_BACK:
                return "taking the run back from the background worker";
            default:
                return "";
        }
    }

    /** The notice of the worker's failure the first time it is asked after it happened, else null. */
    String newFailureNotice() {
        String failure = handOver.failure();
        if (failure == null || failure.equals(toldFailure)) {
            return null;
        }
        toldFailure = failure;
        return "Training in the background stopped: " + failure + ". It goes on here, from where it was handed over.";
    }

    /**
     * Sets {@code root}'s data-training to where the run trains ("page" or "worker"); returns whether
     * {@link #where} changed since the last call (taking the run back shows before it is back).
     */
    boolean showWhere(HTMLElement root) {
        String where = where();
        if (where.equals(shownWhere)) {
            return false;
        }
        shownWhere = where;
        root.setAttribute("data-training", local() ? "page" : "worker");
        return true;
    }

    /** Ends the worker (the page is left). */
    void close() {
        worker.close();
    }
}
