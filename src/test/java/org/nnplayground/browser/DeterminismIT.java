package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * probe's run time in each runtime is printed for reading; nothing depends on it. Doubles become
 * text and text becomes doubles as on the JVM (the browser builds leave both to the engine).
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

    /** Reads JS numbers as the hex of their bits, so that -0.0 and every last bit cross exactly (so do the values sent). */
    private static final String BITS = "v => { const d = new DataView(new ArrayBuffer(8)); d.setFloat64(0, v);"
            + " return d.getBigUint64(0).toString(16); }";

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void doublesBecomeTextAndTextBecomesDoublesAsOnTheJvm(String build) {
        open("/?build=" + build);
        Rng rng = new Rng(17);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.1, 0.3, 0.1 + 0.2, 1e-3, 1e-4, 9.999e-4,
                1e7, 9999999.0, 1e21, 1e23, 2e-3, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE, 123456789012345678.0,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.03, 3e-5, 1.0 / 3));
        for (int i = 0; i < 3000; i++) {
            double bits = Double.longBitsToDouble(rng.nextLong());
            values.add(bits == bits ? bits : 1.5);
            int digits = 1 + rng.nextInt(17);
            values.add(Math.floor(rng.nextDouble() * Math.pow(10, digits)) * Math.pow(10, rng.nextInt(40) - 30));
        }
        List<String> valueBits = new ArrayList<>();
        for (double v : values) {
            valueBits.add(Long.toHexString(Double.doubleToRawLongBits(v)));
        }
        String[] texts = ((String) page().evaluate("hs => nnPlaygroundLoader.appModule().then(a => a.doubleTexts(new"
                + " Float64Array(hs.map(h => { const d = new DataView(new ArrayBuffer(8)); d.setBigUint64(0, BigInt('0x' + h));"
                + " return d.getFloat64(0); }))))", valueBits)).split("\n");
        assertEquals(values.size(), texts.length);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double x = values.get(i);
            String jvm = Double.toString(x);
            // The JVM before 19 writes a few doubles with more digits than they need (JDK-4511638);
            // the shortest text that reads back as the same double is the right one then.
            boolean same = texts[i].equals(jvm) || (texts[i].length() < jvm.length() && x == Double.parseDouble(texts[i]));
            if (!same || Double.doubleToLongBits(Double.parseDouble(texts[i])) != Double.doubleToLongBits(x)) {
                written.add(x + ": " + texts[i]);
            }
        }
        assertEquals(List.of(), written, "doubles the " + build + " build writes otherwise than the JVM");

        List<String> decimals = new ArrayList<>(List.of("0", "-0", "+1.5", ".5", "5.", "1e5", "1E-5", "2.5e+3",
                "NaN", "-Infinity", "4.9e-324", "2.4703282292062328e-324", "1.7976931348623157e308", "1.8e308",
                "0.30000000000000004", "9007199254740993", "1e-400", "1.0E23"));
        for (int i = 0; i < 3000; i++) {
            StringBuilder d = new StringBuilder(rng.nextInt(2) == 0 ? "" : "-");
            int digits = 1 + rng.nextInt(19);
            int point = rng.nextInt(digits + 1);
            for (int k = 0; k < digits; k++) {
                d.append(k == point ? "." : "").append((char) ('0' + rng.nextInt(10)));
            }
            decimals.add(d.append('e').append(rng.nextInt(640) - 330).toString());
        }
        @SuppressWarnings("unchecked")
        List<String> bits = (List<String>) page().evaluate("t => nnPlaygroundLoader.appModule().then(a =>"
                + " Array.from(a.doubleValues(t)).map(" + BITS + "))", String.join("\n", decimals));
        List<String> read = new ArrayList<>();
        for (int i = 0; i < decimals.size(); i++) {
            String expected = Long.toHexString(Double.doubleToLongBits(Double.parseDouble(decimals.get(i))));
            if (!expected.equals(bits.get(i))) {
                read.add(decimals.get(i) + ": " + bits.get(i) + " vs JVM " + expected);
            }
        }
        assertTrue(read.isEmpty(), "decimals the " + build + " build reads otherwise than the JVM: " + read);
    }
}
