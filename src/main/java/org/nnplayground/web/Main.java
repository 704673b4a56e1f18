package org.nnplayground.web;

import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.RuntimeProbe;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The browser entry point, compiled twice (wasm-gc and JS). {@link #main} starts the page; the
 * {@code @JSExport} functions are what the loader hands to page scripts and tests (their names are
 * listed in web/loader.js).
 */
public final class Main {
    static {
        // Before any function of this module runs, main or not: the module is also loaded beside the
        // points page's own (for its exports, and for the embeds on such a page) without starting it.
        PointsExports.use(new OwnPointsExports());
        Instances.use(new BothEmbedKinds());
        PointsLinks.readTensorFlowLinks();
        TrainWorker.use(fragment -> LabLinks.isLab(fragment) ? LabWorkerKind.open(fragment) : PointsWorkerKind.open(fragment));
    }

    private Main() {
    }

    public static void main(String[] args) {
        PageBoot.start();
    }

    /**
     * The export {@code format} of the points run of link fragment {@code link} with {@code weights}
     * (base64url doubles) trained for {@code epoch} epochs, on the loaded {@code table}
     * ({@link org.nnplayground.core.data.TableWire} text, "" for none); "!" and why it cannot be made.
     * The points page's own module, which has no exporters, loads this module for it.
     */
    @JSExport
    public static String exportOfLink(String link, String weights, int epoch, String table, String format) {
        return LinkExports.text(link, weights, epoch, table, format);
    }

    /**
     * Reads a points model file for a playground whose loaded table is {@code table} (as for
     * {@link #exportOfLink}): on five lines the link fragment it opens, its weights, their epoch,
     * whether it opens onto that table and what to say (see {@link LinkExports#read}); "!" and why
     * it cannot be opened.
     */
    @JSExport
    public static String readModelFile(String fileText, String table) {
        return LinkExports.read(fileText, table);
    }

    /**
     * Trains preset {@code presetId} for {@code epochs} epochs from its seed and returns the
     * fingerprint of the weights (16 hex digits): the JVM computes the same for the same run.
     */
    @JSExport
    public static String fingerprint(String presetId, int epochs) {
        return PageFunctions.fingerprint(presetId, epochs);
    }

    /**
     * Trains the sequence or image run of link {@code fragment} for {@code epochs} epochs from its
     * seed and returns the fingerprint of the weights (16 hex digits): the JVM computes the same.
     */
    @JSExport
    public static String labFingerprint(String fragment, int epochs) {
        return PageFunctions.labFingerprint(fragment, epochs);
    }

    /** Fingerprint of the page's own sequence or image run (16 hex digits), "" without one. */
    @JSExport
    public static String pageLabFingerprint() {
        return PageFunctions.pageLabFingerprint();
    }

    /** The epoch the page's own sequence or image run has reached; -1 without one. */
    @JSExport
    public static int pageLabEpoch() {
        return PageFunctions.pageLabEpoch();
    }

    /** The samples the page's own sequence or image run has trained on so far; -1 without one. */
    @JSExport
    public static double pageLabSampleUpdates() {
        return PageFunctions.pageLabSampleUpdates();
    }

    /**
     * The export {@code format} ("json", "tfjs", "tfjs-weights" as base64url, "python") of the page's
     * own sequence or image run; "!" and the reason when it cannot be made.
     */
    @JSExport
    public static String labExport(String format) {
        return PageFunctions.labExport(format);
    }

    /** The training worker's functions (see {@link TrainWorker}), called by web/train-worker.js. */
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

    /** The lines of {@link RuntimeProbe#run()}, joined by newlines. */
    @JSExport
    public static String runtimeProbe() {
        return PageFunctions.runtimeProbe();
    }

    /** Fingerprint of the page's own playground's weights (16 hex digits), "" without one. */
    @JSExport
    public static String pageFingerprint() {
        return PageFunctions.pageFingerprint();
    }

    /** The page's own playground's link fragment, with or without its trained weights. */
    @JSExport
    public static String pageLink(boolean withWeights) {
        return PageFunctions.pageLink(withWeights);
    }

    /**
     * Mounts a playground into {@code element} from a link fragment; returns its number for the calls
     * below. Both kinds are made here: a playground turns into the other kind in place.
     */
    @JSExport
    public static int mount(HTMLElement element, String fragment, boolean autoplay) {
        return EmbedFunctions.mount(element, fragment, autoplay);
    }

    @JSExport
    public static void instancePlay(int id) {
        EmbedFunctions.play(id);
    }

    @JSExport
    public static void instancePause(int id) {
        EmbedFunctions.pause(id);
    }

    /**
     * One slice of a step: trains up to {@code epochs} epochs, as many as fit in the frame's training
     * budget (at least one), so that the embed script can spread a long step over frames. Returns the
     * epochs trained; 0 when there is no such instance or training has diverged; -1 when the run is
     * training in a Web Worker: it is being taken back, and the step is to be asked again next frame.
     */
    @JSExport
    public static int instanceStep(int id, int epochs) {
        return EmbedFunctions.step(id, epochs);
    }

    /**
     * Takes the instance's log of completed epochs (see {@link EpochLog}):
     * returns how many epochs it held, which {@link #instanceEventEpoch} and {@link #instanceEventLoss}
     * then read; 0 when there is no such instance.
     */
    @JSExport
    public static int instanceEpochEvents(int id) {
        return EmbedFunctions.epochEvents(id);
    }

    /** The number of the {@code i}-th epoch of the last take; -1 when there is none. */
    @JSExport
    public static int instanceEventEpoch(int id, int i) {
        return EmbedFunctions.eventEpoch(id, i);
    }

    /** The mean batch loss of the {@code i}-th epoch of the last take; NaN when there is none. */
    @JSExport
    public static double instanceEventLoss(int id, int i) {
        return EmbedFunctions.eventLoss(id, i);
    }

    /** Fingerprint of the instance's weights (16 hex digits), "" when there is no such instance. */
    @JSExport
    public static String instanceFingerprint(int id) {
        return EmbedFunctions.fingerprint(id);
    }

    @JSExport
    public static void instanceReset(int id) {
        EmbedFunctions.reset(id);
    }

    /** The instance's link fragment (without '#'), or "" when there is no such instance. */
    @JSExport
    public static String instanceLink(int id) {
        return EmbedFunctions.link(id);
    }

    /**
     * Opens a link fragment in the instance; returns the notices, one per line. In a module of one
     * kind, a link of the other is handed over to the embed script (see {@link Instances}).
     */
    @JSExport
    public static String instanceSetLink(int id, String fragment) {
        return EmbedFunctions.setLink(id, fragment);
    }

    /** The notices of the link the instance last opened (by mount or instanceSetLink), one per line. */
    @JSExport
    public static String instanceNotices(int id) {
        return EmbedFunctions.notices(id);
    }

    /**
     * Shows the instance in colour scheme {@code theme} ("light", "dark", or "auto" and anything else
     * for the reader's system setting), without touching its run; returns the theme in effect.
     */
    @JSExport
    public static String instanceSetTheme(int id, String theme) {
        return EmbedFunctions.setTheme(id, theme);
    }

    @JSExport
    public static int instanceEpoch(int id) {
        return EmbedFunctions.epoch(id);
    }

    /** The latest training (or test) loss; NaN when there is none. */
    @JSExport
    public static double instanceLoss(int id, boolean test) {
        return EmbedFunctions.loss(id, test);
    }

    @JSExport
    public static boolean instancePlaying(int id) {
        return EmbedFunctions.playing(id);
    }

    @JSExport
    public static void instanceDestroy(int id) {
        EmbedFunctions.destroy(id);
    }

    /**
     * The instance's export {@code format} ("json", "tfjs", "tfjs-weights" as base64url, "python",
     * "formula", "csv"; of a sequence or image playground the first four), or "!" and the reason it
     * cannot be made.
     */
    @JSExport
    public static String instanceExport(int id, String format) {
        Instance instance = Instances.get(id);
        if (instance != null && instance.lab() != null) {
            return LabExportControls.text(instance.lab(), format);
        }
        return PageExports.text(Instances.points(id), format);
    }

    /**
     * The instance's outputs for raw input rows of {@code width} values, the rows and the result as
     * base64url doubles; "!" and the reason for rows it cannot take.
     */
    @JSExport
    public static String instancePredict(int id, String rows, int width) {
        return PageExports.predict(Instances.points(id), rows, width);
    }

    /** {@link #instanceExport} for the page's own playground, of either kind. */
    @JSExport
    public static String pageExport(String format) {
        if (PageBoot.mainPage() == null && PageBoot.labPage() != null) {
            return PageFunctions.labExport(format);
        }
        return PageExports.text(PageBoot.mainPage(), format);
    }

    /** The epoch the page's own playground has reached; -1 without one. */
    @JSExport
    public static int pageEpoch() {
        return PageFunctions.pageEpoch();
    }

    /** {@link #instancePredict} for the page's own playground. */
    @JSExport
    public static String pagePredict(String rows, int width) {
        return PageFunctions.pagePredict(rows, width);
    }

    /** One of the core's own transcendentals, by name, for cross-runtime bit checks. */
    @JSExport
    public static double detMath(String function, double x) {
        return PageFunctions.detMath(function, x);
    }

    /** {@code Double.toString} of each value, one per line, as this build writes doubles (for the tests). */
    @JSExport
    public static String doubleTexts(Float64Array values) {
        return DecimalProbe.texts(values.copyToJavaArray());
    }

    /** {@code Double.parseDouble} of each line, as this build reads doubles (for the tests); NaN where refused. */
    @JSExport
    public static Float64Array doubleValues(String lines) {
        return Float64Array.copyFromJavaArray(DecimalProbe.values(lines));
    }
}
