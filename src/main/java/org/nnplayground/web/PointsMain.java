package org.nnplayground.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The entry point of the points page's own module (wasm/points.wasm): only the points playground and
 * the functions it answers, so that a page showing points loads nothing of the sequences and images,
 * and the embeds' points playgrounds (the {@code instance...} functions, see {@link Instances}).
 * A link of the other kind is handed over to {@link LabMain}'s module (see {@link PageBoot}); the
 * exports are made by the module with both kinds, loaded when a person first asks for one
 * ({@link LoadedPointsExports}; loader.js's exportModel does the same for scripts). The functions
 * mean what {@link Main}'s of the same name mean; their names are listed in web/loader.js.
 */
public final class PointsMain {
    static {
        // Before any function of this module runs, main or not: the embed script loads the module
        // for its points playgrounds without starting it.
        PointsExports.use(new LoadedPointsExports());
        Instances.use(new PointsEmbedKind());
    }

    private PointsMain() {
    }

    public static void main(String[] args) {
        PageBoot.startPoints();
    }

    /** {@link Main#fingerprint}. */
    @JSExport
    public static String fingerprint(String presetId, int epochs) {
        return PageFunctions.fingerprint(presetId, epochs);
    }

    /** {@link Main#detMath}. */
    @JSExport
    public static double detMath(String function, double x) {
        return PageFunctions.detMath(function, x);
    }

    /** {@link Main#pageFingerprint}. */
    @JSExport
    public static String pageFingerprint() {
        return PageFunctions.pageFingerprint();
    }

    /** {@link Main#pageLink}. */
    @JSExport
    public static String pageLink(boolean withWeights) {
        return PageFunctions.pageLink(withWeights);
    }

    /** {@link Main#pageEpoch}. */
    @JSExport
    public static int pageEpoch() {
        return PageFunctions.pageEpoch();
    }

    /**
     * The table loaded into the page's playground, as the text the exports' module reads
     * ({@link org.nnplayground.core.data.TableWire}); "" for none. For loader.js's exportModel.
     */
    @JSExport
    public static String pageTable() {
        return LoadedPointsExports.table(PageBoot.mainPage());
    }

    /** The weights of the page's playground as base64url doubles, "" without one. For loader.js's exportModel. */
    @JSExport
    public static String pageWeights() {
        return LoadedPointsExports.weights(PageBoot.mainPage());
    }

    /** {@link Main#pagePredict}. */
    @JSExport
    public static String pagePredict(String rows, int width) {
        return PageFunctions.pagePredict(rows, width);
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

    /** {@link Main#instancePredict}. */
    @JSExport
    public static String instancePredict(int id, String rows, int width) {
        return PageExports.predict(Instances.points(id), rows, width);
    }

    /** {@link #pageWeights} of the instance: for nn-playground.js's exportModel, made in the exporters' module. */
    @JSExport
    public static String instanceWeights(int id) {
        return LoadedPointsExports.weights(Instances.points(id));
    }

    /** {@link #pageTable} of the instance. */
    @JSExport
    public static String instanceTable(int id) {
        return LoadedPointsExports.table(Instances.points(id));
    }
}
