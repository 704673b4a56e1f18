package org.nnplayground.web;

import org.teavm.jso.JSExport;

/**
 * The entry point of the points page's own module (wasm/points.wasm): only the points playground and
 * the functions it answers, so that a page showing points loads nothing of the sequences and images.
 * A link of the other kind is handed over to {@link LabMain}'s module (see {@link PageBoot}); the
 * exports are made by the module with both kinds, loaded when a person first asks for one
 * ({@link LoadedPointsExports}; loader.js's exportModel does the same for scripts). The functions
 * mean what {@link Main}'s of the same name mean; their names are listed in web/loader.js.
 */
public final class PointsMain {
    private PointsMain() {
    }

    public static void main(String[] args) {
        PointsExports.use(new LoadedPointsExports());
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
}
