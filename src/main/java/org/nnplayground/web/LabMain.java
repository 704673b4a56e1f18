package org.nnplayground.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The entry point of the sequence and image page's own module (wasm/lab.wasm): only that playground
 * and the functions it answers, so that such a page loads nothing of the points playground. A link
 * of the points is handed over to {@link PointsMain}'s module (see {@link PageBoot}); so is an
 * embed's (the {@code instance...} functions, see {@link Instances}). The functions
 * mean what {@link Main}'s of the same name mean on a page showing sequences or images; their names
 * are listed in web/loader.js.
 */
public final class LabMain {
    static {
        // Before any function of this module runs, main or not: the embed script loads the module
        // for its sequence and image playgrounds without starting it.
        Instances.use(new LabEmbedKind());
        TrainWorker.use(LabWorkerKind::open);
    }

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

    /** {@link Main#mount}: a link of the other kind is handed over to the embed script (see {@link Instances}). */
    @JSExport
    public static int mount(HTMLElement element, String fragment, boolean autoplay) {
        return EmbedFunctions.mount(element, fragment, autoplay);
    }

    /** {@link Main#instancePlay}. */
    @JSExport
    public static void instancePlay(int id) {
        EmbedFunctions.play(id);
    }

    /** {@link Main#instancePause}. */
    @JSExport
    public static void instancePause(int id) {
        EmbedFunctions.pause(id);
    }

    /** {@link Main#instanceStep}. */
    @JSExport
    public static int instanceStep(int id, int epochs) {
        return EmbedFunctions.step(id, epochs);
    }

    /** {@link Main#instanceEpochEvents}. */
    @JSExport
    public static int instanceEpochEvents(int id) {
        return EmbedFunctions.epochEvents(id);
    }

    /** {@link Main#instanceEventEpoch}. */
    @JSExport
    public static int instanceEventEpoch(int id, int i) {
        return EmbedFunctions.eventEpoch(id, i);
    }

    /** {@link Main#instanceEventLoss}. */
    @JSExport
    public static double instanceEventLoss(int id, int i) {
        return EmbedFunctions.eventLoss(id, i);
    }

    /** {@link Main#instanceFingerprint}. */
    @JSExport
    public static String instanceFingerprint(int id) {
        return EmbedFunctions.fingerprint(id);
    }

    /** {@link Main#instanceReset}. */
    @JSExport
    public static void instanceReset(int id) {
        EmbedFunctions.reset(id);
    }

    /** {@link Main#instanceLink}. */
    @JSExport
    public static String instanceLink(int id) {
        return EmbedFunctions.link(id);
    }

    /** {@link Main#instanceSetLink}. */
    @JSExport
    public static String instanceSetLink(int id, String fragment) {
        return EmbedFunctions.setLink(id, fragment);
    }

    /** {@link Main#instanceNotices}. */
    @JSExport
    public static String instanceNotices(int id) {
        return EmbedFunctions.notices(id);
    }

    /** {@link Main#instanceSetTheme}. */
    @JSExport
    public static String instanceSetTheme(int id, String theme) {
        return EmbedFunctions.setTheme(id, theme);
    }

    /** {@link Main#instanceEpoch}. */
    @JSExport
    public static int instanceEpoch(int id) {
        return EmbedFunctions.epoch(id);
    }

    /** {@link Main#instanceLoss}. */
    @JSExport
    public static double instanceLoss(int id, boolean test) {
        return EmbedFunctions.loss(id, test);
    }

    /** {@link Main#instancePlaying}. */
    @JSExport
    public static boolean instancePlaying(int id) {
        return EmbedFunctions.playing(id);
    }

    /** {@link Main#instanceDestroy}. */
    @JSExport
    public static void instanceDestroy(int id) {
        EmbedFunctions.destroy(id);
    }

    /** {@link Main#instanceExport}, of a sequence or image playground. */
    @JSExport
    public static String instanceExport(int id, String format) {
        Instance instance = Instances.get(id);
        return instance == null ? "!There is no such playground." : LabExportControls.text(instance.lab(), format);
    }

    /** {@link Main#instancePredict}: refused in the same words as {@link Main}'s for a sequence or image playground. */
    @JSExport
    public static String instancePredict(int id, String rows, int width) {
        return "!There is no such playground.";
    }
}
