package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.RuntimeProbe;
import org.nnplayground.core.train.Trainer;

/**
 * The same run gives the same bits on the JVM, in the JS build and in the wasm-gc build: every
 * preset's weight fingerprint after training, the runtime probe's lines (every layer kind, image
 * generator, activation, loss and optimizer), and the core's transcendentals on many arguments. The
 * probe's run time in each runtime is printed for reading; nothing depends on it.
 */
class DeterminismIT extends BrowserTest {
    private static final int EPOCHS = 25;

    private static String jvmFingerprint(Preset preset) {
        Trainer trainer = preset.state().newTrainer();
        trainer.trainEpochs(EPOCHS);
        return trainer.network().fingerprint().hex();
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void everyPresetTrainsToTheJvmsFingerprint(String build) {
        open("/?build=" + build);
        for (Preset preset : Presets.all()) {
            assertEquals(jvmFingerprint(preset), callApi("fingerprint", preset.id(), EPOCHS),
                    preset.id() + " after " + EPOCHS + " epochs in the " + build + " build");
        }
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void everyActivationLossOptimizerAndTheGridPassGiveTheJvmsBits(String build) {
        open("/?build=" + build);
        long t0 = System.nanoTime();
        List<String> jvm = RuntimeProbe.run();
        long t1 = System.nanoTime();
        // The probe is in the module with both kinds (the page's own module leaves it out).
        String[] browser = ((String) page().evaluate("() => nnPlaygroundLoader.appModule().then(a => a.runtimeProbe())"))
                .split("\n");
        long t2 = System.nanoTime();
        System.out.println("runtime probe, " + jvm.size() + " lines: JVM " + (t1 - t0) / 1_000_000 + " ms, "
                + build + " build " + (t2 - t1) / 1_000_000 + " ms (a figure to read, not a limit)");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < jvm.size(); i++) {
            if (i >= browser.length || !jvm.get(i).equals(browser[i])) {
                mismatches.add("JVM " + jvm.get(i) + " vs " + (i < browser.length ? browser[i] : "nothing"));
            }
        }
        assertEquals(List.of(), mismatches, "probes that differ in the " + build + " build");
        assertEquals(jvm.size(), browser.length);
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void theCoresMathGivesTheJvmsBits(String build) {
        open("/?build=" + build);
        Rng rng = new Rng(2024);
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double magnitude = Math.pow(10, rng.uniform(-8, 2.8));
            xs.add(rng.nextInt(2) == 0 ? magnitude : -magnitude);
        }
        for (String fn : new String[] {"exp", "expm1", "log", "log1p", "tanh", "sin", "cos", "sigmoid", "softplus"}) {
            @SuppressWarnings("unchecked")
            List<Number> browser = (List<Number>) page().evaluate(
                    "([fn, xs]) => window.nnPlaygroundReady.then(r => xs.map(x => r.api.detMath(fn, x)))",
                    List.of(fn, xs));
            for (int i = 0; i < xs.size(); i++) {
                double x = xs.get(i);
                double expected = RuntimeProbe.math(fn, x);
                double actual = browser.get(i) == null ? Double.NaN : browser.get(i).doubleValue();
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                        fn + "(" + x + ") in the " + build + " build: " + actual + " vs JVM " + expected);
            }
        }
    }

}
