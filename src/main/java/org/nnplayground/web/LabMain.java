package org.nnplayground.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The entry point of the sequence and image page's own module (wasm/lab.wasm): only that playground
 * and the functions it answers, so that such a page loads nothing of the points playground. A link
 * of the points is handed over to {@link PointsMain}'s module (see {@link PageBoot}). The functions
 * mean what {@link Main}'s of the same name mean on a page showing sequences or images; their names
 * are listed in web/loader.js.
 */
public final class LabMain {
    private LabMain() {
    }

    public static void main(String[] args) {
        PageBoot.startLab();
    }

    /** {@link Main#detMath}. */
    @JSExport
    public static double detMath(String function, double x) {
        return PageFunctions.detMath(function, x);
    }

    /** {@link Main#labFingerprint}. */
    @JSExport
    public static String labFingerprint(String fragment, int epochs) {
        return PageFunctions.labFingerprint(fragment, epochs);
    }

    /** {@link Main#pageLabFingerprint}. */
    @JSExport
    public static String pageLabFingerprint() {
        return PageFunctions.pageLabFingerprint();
    }

    /** {@link Main#pageLabEpoch}. */
    @JSExport
    public static int pageLabEpoch() {
        return PageFunctions.pageLabEpoch();
    }

    /** {@link Main#labExport}. */
    @JSExport
    public static String labExport(String format) {
        return PageFunctions.labExport(format);
    }

    /** {@link Main#pageExport}, of the sequence or image playground. */
    @JSExport
    public static String pageExport(String format) {
        return PageFunctions.labExport(format);
    }

    /** {@link Main#pageLink}: "", as there are no points on this page. */
    @JSExport
    public static String pageLink(boolean withWeights) {
        return "";
    }

    /** {@link Main#pageEpoch}: -1, as there are no points on this page. */
    @JSExport
    public static int pageEpoch() {
        return -1;
    }

    /** {@link Main#pagePredict}: refused in the same words as {@link Main}'s without points on the page. */
    @JSExport
    public static String pagePredict(String rows, int width) {
        return "!There is no such playground.";
    }

    /** {@link Main#pageLabSampleUpdates}. */
    @JSExport
    public static double pageLabSampleUpdates() {
        return PageFunctions.pageLabSampleUpdates();
    }

    /** The training worker's functions (see {@link TrainWorker}): the worker loads the page's own module. */
    @JSExport
    public static String workerOpen(String fragment, Float64Array snapshot, boolean resetWeights) {
        return TrainWorker.workerOpen(fragment, snapshot, resetWeights);
    }

    @JSExport
    public static Float64Array workerSlice(double sliceMs) {
        return TrainWorker.workerSlice(sliceMs);
    }

    @JSExport
    public static Float64Array workerStatus() {
        return TrainWorker.workerStatus();
    }

    @JSExport
    public static Float64Array workerEpochs() {
        return TrainWorker.workerEpochs();
    }

    @JSExport
    public static Float64Array workerWeights() {
        return TrainWorker.workerWeights();
    }

    @JSExport
    public static Float64Array workerSnapshot() {
        return TrainWorker.workerSnapshot();
    }
}
