package org.nnplayground.web;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.RuntimeProbe;
import org.nnplayground.core.train.Trainer;
import org.teavm.jso.JSExport;

/**
 * The browser entry point, compiled twice (wasm-gc and JS). {@link #main} starts the page; the
 * {@code @JSExport} functions are what the loader hands to page scripts and tests (their names are
 * listed in web/loader.js).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PageBoot.start();
    }

    /**
     * Trains preset {@code presetId} for {@code epochs} epochs from its seed and returns the
     * fingerprint of the weights (16 hex digits): the JVM computes the same for the same run.
     */
    @JSExport
    public static String fingerprint(String presetId, int epochs) {
        Preset preset = Presets.byId(presetId);
        if (preset == null) {
            return "unknown preset " + presetId;
        }
        Trainer trainer = preset.state().newTrainer();
        trainer.trainEpochs(epochs);
        return trainer.network().fingerprint().hex();
    }

    /** The lines of {@link RuntimeProbe#run()}, joined by newlines. */
    @JSExport
    public static String runtimeProbe() {
        return String.join("\n", RuntimeProbe.run());
    }

    /** One of the core's own transcendentals, by name, for cross-runtime bit checks. */
    @JSExport
    public static double detMath(String function, double x) {
        switch (function) {
            case "exp":
                return DetMath.exp(x);
            case "log":
                return DetMath.log(x);
            case "tanh":
                return DetMath.tanh(x);
            case "sin":
                return DetMath.sin(x);
            case "cos":
                return DetMath.cos(x);
            case "sigmoid":
                return DetMath.sigmoid(x);
            default:
                return Double.NaN;
        }
    }
}
