package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplayground.browser.TestScripts;
import org.nnplayground.core.math.Rng;

/**
 * TensorFlow.js, run by Node.js (its CPU backend, the one the browser test uses), opens the tfjs
 * files of every case of {@link LabSnapshots} (every layer kind the core has, those the page does
 * not build too) and predicts the core's outputs within 1e-6. Skipped, saying why, where node or
 * TensorFlow.js (fetched with npm, see {@link TestScripts}) is missing.
 */
class LabTfjsNodeTest {
    private static final double TOLERANCE = 1e-6;

    /** Loads each case's model.json and weights.bin from memory and prints "name worst-difference". */
    private static final String CHECK = ""
            + "const tf = require(process.argv[2]); const fs = require('fs'); const path = require('path');\n"
            + "tf.setBackend('cpu');\n"
            + "(async () => {\n"
            + "  for (const name of fs.readdirSync(process.argv[3]).sort()) {\n"
            + "    const d = path.join(process.argv[3], name);\n"
            + "    const model = JSON.parse(fs.readFileSync(path.join(d, 'model.json'), 'utf8'));\n"
            + "    const bin = fs.readFileSync(path.join(d, 'weights.bin'));\n"
            + "    const data = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);\n"
            + "    const m = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: model.modelTopology,\n"
            + "      weightSpecs: model.weightsManifest[0].weights, weightData: data }));\n"
            + "    const io = JSON.parse(fs.readFileSync(path.join(d, 'io.json'), 'utf8'));\n"
            + "    const out = await m.predict(tf.tensor(io.inputs, io.shape)).data();\n"
            + "    let worst = out.length === io.outputs.length ? 0 : Infinity;\n"
            + "    out.forEach((v, i) => { worst = Math.max(worst, Math.abs(v - io.outputs[i])); });\n"
            + "    console.log(name + ' ' + worst);\n"
            + "  }\n"
            + "})().catch(e => { console.log('error ' + e.message); process.exit(1); });\n";

    @Test
    void tensorFlowJsPredictsTheCoresOutputsForEveryLayerKind(@TempDir Path dir) throws Exception {
        assumeTrue(nodeRuns(), "skipped: node is not installed here");
        Path tfjs;
        try {
            tfjs = TestScripts.tfjs();
        } catch (IOException e) {
            assumeTrue(false, "skipped: TensorFlow.js could not be fetched with npm: " + e.getMessage());
            return;
        }
        Map<String, LabSnapshot> all = LabSnapshots.all();
        int inputs = 5;
        for (Map.Entry<String, LabSnapshot> e : all.entrySet()) {
            LabSnapshot s = e.getValue();
            Path d = Files.createDirectories(dir.resolve("cases").resolve(e.getKey()));
            TfjsModel.Files f = LabTfjs.write(s);
            Files.writeString(d.resolve("model.json"), f.modelJson());
            Files.write(d.resolve("weights.bin"), f.weightsBin());
            double[] x = LabSnapshots.inputs(s, inputs, new Rng(e.getKey().hashCode()));
            StringBuilder shape = new StringBuilder("[").append(inputs);
            for (int i = 0; i < s.network().architecture().input().rank(); i++) {
                shape.append(',').append(s.network().architecture().input().dim(i));
            }
            Files.writeString(d.resolve("io.json"), "{\"shape\":" + shape + "],\"inputs\":" + Arrays.toString(x)
                    + ",\"outputs\":" + Arrays.toString(LabSnapshots.outputs(s, x)) + "}");
        }
        Path script = dir.resolve("check.js");
        Files.writeString(script, CHECK);
        Process p = new ProcessBuilder("node", script.toString(), tfjs.toString(), dir.resolve("cases").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "node finished");
        assertEquals(0, p.exitValue(), out);
        int checked = 0;
        double worst = 0;
        for (String line : out.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length != 2 || !all.containsKey(parts[0])) {
                continue; // TensorFlow.js's notice about its Node backend
            }
            double d = Double.parseDouble(parts[1]);
            assertTrue(d <= TOLERANCE, parts[0] + ": TensorFlow.js is " + d + " from the core");
            worst = Math.max(worst, d);
            checked++;
        }
        assertEquals(all.size(), checked, out);
        System.out.println("LabTfjsNodeTest: TensorFlow.js against the core, largest difference " + worst + " (allowed " + TOLERANCE + ")");
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
