package org.nnplayground.core.export;

import org.nnplayground.core.link.Base64Url;

/**
 * The exports of a sequence or image run by name, as the lab page's Export menu and the JavaScript
 * API ask for them: "json" (the model file), "tfjs" (TensorFlow.js's model.json), "tfjs-weights"
 * (its weights.bin, as base64url) and "python".
 */
public final class LabExports {
    /** The names {@link #text} takes, for messages. */
    public static final String NAMES = "json, tfjs or python";

    private LabExports() {
    }

    /**
     * The file for {@code format}.
     *
     * @throws IllegalArgumentException for an unknown format, or one that cannot hold this network, saying why
     */
    public static String text(LabSnapshot snapshot, String format) {
        switch (format == null ? "" : format) {
            case "json":
                return LabModelJson.write(snapshot);
            case "tfjs":
                return LabTfjs.write(snapshot).modelJson();
            case "tfjs-weights":
                return Base64Url.encodeBytes(LabTfjs.write(snapshot).weightsBin());
            case "python":
                return LabPython.write(snapshot);
            default:
                throw new IllegalArgumentException("There is no export \"" + (format == null ? "" : format)
                        + "\" of a sequence or image network; use " + NAMES + ".");
        }
    }

    /** The file name a download of {@code format} gets. */
    public static String fileName(String format) {
        return Exports.fileName(format);
    }
}
