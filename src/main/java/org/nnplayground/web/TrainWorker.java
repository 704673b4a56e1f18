package org.nnplayground.web;

import java.util.function.Function;
import org.nnplayground.core.state.HandedOverRun;
import org.nnplayground.core.state.WorkerRun;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The functions web/train-worker.js calls in a Web Worker that loaded the same wasm-gc module as the
 * page (main is not run there, and nothing here touches a document): open a run from its link and
 * the page's snapshot, train it in slices, and give its status, weights and snapshot back (see
 * {@link WorkerRun}). Numbers cross as Float64Arrays. TeaVM exports only the main class's
 * functions, so {@link PointsMain}, {@link LabMain} and {@link Main} hand these on under the same
 * names, and each tells {@link #use} how its module makes the session of a link.
 */
final class TrainWorker {
    private static Function<String, HandedOverRun> sessions;
    private static WorkerRun run;

    private TrainWorker() {
    }

    /**
     * How this module makes the worker's session of a link (a new session of its state, speed and
     * stop conditions; refused with an IllegalArgumentException when the link is not of a kind it knows).
     */
    static void use(Function<String, HandedOverRun> opener) {
        sessions = opener;
    }

    /**
     * Takes up the run of link {@code fragment} from {@code snapshot} (its weights the reset ones when
     * {@code resetWeights}) and plays it; returns "" or what was wrong.
     */
    static String workerOpen(String fragment, Float64Array snapshot, boolean resetWeights) {
        run = null;
        try {
            run = new WorkerRun(sessions.apply(fragment), snapshot.copyToJavaArray(), resetWeights);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Trains for about {@code sliceMs}; returns the status (org.nnplayground.core.state.StatusNumbers). */
    static Float64Array workerSlice(double sliceMs) {
        return Float64Array.copyFromJavaArray(run.slice(Browser::now, sliceMs));
    }

    /** The status without training. */
    static Float64Array workerStatus() {
        return Float64Array.copyFromJavaArray(run.status());
    }

    /** The epochs completed since the last call, as pairs of number and batch loss. */
    static Float64Array workerEpochs() {
        return Float64Array.copyFromJavaArray(run.completedEpochs());
    }

    /** The weights when they changed since the last call, else null. */
    static Float64Array workerWeights() {
        double[] w = run.changedWeights();
        return w == null ? null : Float64Array.copyFromJavaArray(w);
    }

    /** The run's whole state, to hand it back to the page. */
    static Float64Array workerSnapshot() {
        return Float64Array.copyFromJavaArray(run.snapshot());
    }
}
