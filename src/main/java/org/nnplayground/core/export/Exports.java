package org.nnplayground.core.export;

import org.nnplayground.core.link.Base64Url;

/**
 * The exports by name, as the page's buttons and the JavaScript API ask for them: "json" (the model
 * file), "tfjs" (TensorFlow.js's model.json), "tfjs-weights" (its weights.bin, as base64url),
 * "python", "formula" and "csv" (the data). One place that says which names exist and what each
 * file is called.
 */
public final class Exports {
    /** The names {@link #text} takes, for messages. */
    public static final String NAMES = "json, tfjs, python, formula, csv";

    private Exports() {
    }

    /**
     * The file for {@code format}.
     *
     * @throws IllegalArgumentException for an unknown format, or one that cannot hold this network, saying why
     */
    public static String text(ModelSnapshot snapshot, String format) {
        switch (format == null ? "" : format) {
            case "json":
                return ModelJson.write(snapshot);
            case "tfjs":
                return TfjsModel.write(snapshot).modelJson();
            case "tfjs-weights":
                return Base64Url.encodeBytes(TfjsModel.write(snapshot).weightsBin());
            case "python":
                return PythonScript.write(snapshot);
            case "formula":
                return NetworkFormula.write(snapshot, NetworkFormula.PAGE_DIGITS);
            case "csv":
                if (snapshot.data() == null) {
                    throw new IllegalArgumentException("The data is not at hand.");
                }
                return DataCsv.write(snapshot.data());
            default:
                throw new IllegalArgumentException("There is no export \"" + (format == null ? "" : format)
                        + "\"; use one of " + NAMES + " or png.");
        }
    }

    /** The file name a download of {@code format} gets. */
    public static String fileName(String format) {
        switch (format) {
            case "json":
                return "nn-playground-model.json";
            case "tfjs":
                return "model.json";
            case "tfjs-weights":
                return "weights.bin";
            case "python":
                return "nn_playground_model.py";
            case "formula":
                return "nn-playground-formula.txt";
            case "csv":
                return "nn-playground-data.csv";
            default:
                return "nn-playground.txt";
        }
    }
}
