package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.export.Exports;
import org.nnplayground.core.export.ImportedModel;
import org.nnplayground.core.export.ModelJson;
import org.nnplayground.core.export.ModelReader;
import org.nnplayground.core.export.ModelSnapshot;
import org.nnplayground.core.export.NetworkFormula;
import org.nnplayground.core.export.Predictions;
import org.nnplayground.core.export.PythonScript;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.train.Trainer;

/**
 * Taking the model away, in both builds, on one page per build: the main page's and a mounted
 * instance's exportModel and predict give what the JVM's core gives (the same files, the same
 * outputs bit for bit), TensorFlow.js (test-only, see {@link TestScripts}) opens the tfjs export
 * with tf.loadLayersModel and predicts the page's outputs within 1e-6, the PNGs have the canvases'
 * device pixels, and the Export menu works by keyboard and opens a model file again (and says
 * why a broken one cannot be opened).
 */
class ExportIT extends PlaygroundTest {
    private static final double TFJS_TOLERANCE = 1e-6;
    private static final double[][] ROWS = {{0.5, -1}, {2, 3}, {-4.5, 0.25}, {0, 0}, {5.5, -5.75}, {-1.25, 4}};
    /** Rows of the five-input table's raw inputs (x1 to x5, its columns a to e). */
    private static final double[][] TABLE_ROWS = {{0.5, -1, 2, 0, 1.5}, {2, 3, -2.5, 1, -0.75}, {-2.75, 0.25, 0, -1, 2.5},
        {0, 0, 0, 0, 0}, {1.25, -2, 3, 2.5, -3}};

    /** The default preset's link, paused at epoch {@code stop}. */
    private static String link(PlaygroundState state, int stop) {
        return LinkCodec.encode(LinkState.of(state)).replace("&stop=0&", "&stop=" + stop + "&");
    }

    /** The JVM's snapshot of {@code state} trained for {@code epochs}, with the page's link. */
    private static ModelSnapshot jvm(PlaygroundState state, int epochs, String pageLink) {
        DataSplit split = Datasets.generate(state.data());
        Trainer trainer = state.newTrainer(split);
        trainer.trainEpochs(epochs);
        return new ModelSnapshot(state, trainer.network(), epochs, pageLink, split);
    }

    private String export(String target, String format) {
        return (String) page().evaluate("([t, f]) => window[t].exportModel(f)", List.of(target, format));
    }

    private double[][] predict(String target) {
        return predict(target, ROWS);
    }

    @SuppressWarnings("unchecked")
    private double[][] predict(String target, double[][] rows) {
        List<List<Number>> out = (List<List<Number>>) page().evaluate("([t, rows]) => window[t].predict(rows)",
                List.of(target, asLists(rows)));
        double[][] result = new double[out.size()][];
        for (int r = 0; r < out.size(); r++) {
            result[r] = out.get(r).stream().mapToDouble(Number::doubleValue).toArray();
        }
        return result;
    }

    private static List<List<Double>> asLists(double[][] rows) {
        return java.util.Arrays.stream(rows).map(r -> java.util.Arrays.stream(r).boxed().toList()).toList();
    }

    private static double[] flatRows() {
        return flat(ROWS);
    }

    private static double[] flat(double[][] rows) {
        return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    /** 300 rows of a, b, c, d, e and a class: whether a - c + e / 2 > 0. */
    private static String fiveInputCsv() {
        StringBuilder csv = new StringBuilder("a,b,c,d,e,kind\n");
        org.nnplayground.core.math.Rng rng = new org.nnplayground.core.math.Rng(5);
        for (int i = 0; i < 300; i++) {
            double[] v = new double[5];
            for (int k = 0; k < 5; k++) {
                v[k] = Math.round(rng.uniform(-3, 3) * 100) / 100.0;
                csv.append(v[k]).append(',');
            }
            csv.append(v[0] - v[2] + v[4] / 2 > 0 ? "up" : "down").append('\n');
        }
        return csv.toString();
    }

    private PlaygroundPageObject openAt(String build, String link, int epoch) {
        open("/?build=" + build + "#" + link);
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        assertThat(p.epochCounter()).hasText("Epoch " + epoch);
        p.waitUntilPaused();
        return p;
    }

    private void goTo(PlaygroundPageObject p, String link, int epoch) {
        page().evaluate("l => { location.hash = l; }", link);
        assertThat(p.epochCounter()).hasText("Epoch " + epoch);
        p.waitUntilPaused();
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void theExportsMatchTheCoreAndTensorFlowJs(String build) throws Exception {
        Path tfjs = TestScripts.tfjs();
        useContext(new Browser.NewContextOptions().setDeviceScaleFactor(2).setAcceptDownloads(true));
        page().route("**/__test__/tf.min.js", route -> route.fulfill(new Route.FulfillOptions()
                .setPath(tfjs).setContentType("text/javascript")));
        PlaygroundState circle = Presets.byId("default").state();
        PlaygroundPageObject p = openAt(build, link(circle, 20), 20);

        // The main page's API: the same files as the JVM writes, and predictions bit for bit.
        String pageLink = (String) callApi("pageLink", false);
        ModelSnapshot expected = jvm(circle, 20, pageLink);
        String json = export("nnPlayground", "json");
        assertEquals(ModelJson.write(expected), json, "the model file is the JVM's, character for character");
        assertEquals(PythonScript.write(expected), export("nnPlayground", "python"));
        assertEquals(NetworkFormula.write(expected, NetworkFormula.PAGE_DIGITS), export("nnPlayground", "formula"));
        // Every format as the core writes it; in the wasm build the points page's module has no exporters,
        // and app.wasm, loaded for the first export, makes them from the run it is handed.
        assertEquals(Exports.text(expected, "csv"), export("nnPlayground", "csv"));
        @SuppressWarnings("unchecked")
        Map<String, Object> tfjsFiles = (Map<String, Object>) page().evaluate("w => nnPlayground.exportModel('tfjs').then(f => {"
                + " const e = nnPlaygroundExport.bytesOf(w); const b = f['weights.bin'];"
                + " return { model: f['model.json'], sameWeights: e.length === b.length && e.every((x, i) => x === b[i]) }; })",
                Exports.text(expected, "tfjs-weights"));
        assertEquals(Exports.text(expected, "tfjs"), tfjsFiles.get("model"));
        assertEquals(true, tfjsFiles.get("sameWeights"), "weights.bin holds the core's bytes");
        double[] core = Predictions.of(expected.network(), expected.features(), flatRows(), 2);
        double[][] predicted = predict("nnPlayground");
        for (int r = 0; r < ROWS.length; r++) {
            assertEquals(Double.doubleToRawLongBits(core[r]), Double.doubleToRawLongBits(predicted[r][0]),
                    "row " + r + ": page " + predicted[r][0] + ", JVM " + core[r]);
        }
        assertEquals("unknown format nope; use json, tfjs, python, formula, png or csv",
                page().evaluate("() => nnPlayground.exportModel('nope').then(() => 'resolved', e => e.message)"));
        assertEquals("Row 2 holds NaN; every input must be a finite number.",
                page().evaluate("() => nnPlayground.predict([[1, 2], [NaN, 0]]).then(() => 'resolved', e => e.message)"));

        // TensorFlow.js opens the tfjs files with tf.loadLayersModel and predicts the page's outputs.
        page().evaluate("() => new Promise((ok, fail) => { const s = document.createElement('script');"
                + " s.src = '__test__/tf.min.js'; s.onload = ok; s.onerror = () => fail(new Error('no tf.min.js'));"
                + " document.head.appendChild(s); }).then(() => tf.setBackend('cpu'))");
        double circleDiff = compareWithTensorFlow("x1,x2", ROWS);
        PlaygroundState mixed = org.nnplayground.core.link.LinkCodec.decode("v=1&data=spiral3&n=200&classes=3&seed=4"
                + "&f=x1,x2,x1sq,x2sq,x1x2,sinx1&h=4,4,4&act=leakyrelu,elu,silu&skip=1&out=softmax&loss=ce&opt=adam&lr=0.01")
                .link().state();
        goTo(p, link(mixed, 15), 15);
        double mixedDiff = compareWithTensorFlow("x1,x2,x1sq,x2sq,x1x2,sinx1", ROWS);

        // A table of five inputs: the network takes each column as it is, and so do TensorFlow.js and predict.
        page().locator("[data-key='dataset-own']").click();
        page().locator("[data-key='table-text']").fill(fiveInputCsv());
        page().locator("[data-key='table-load']").click();
        assertThat(page().locator(".nnp-table-use")).containsText("from a, b, c, d, e.");
        p.stepEpochs(3);
        double tableDiff = compareWithTensorFlow("x1,x2,x3,x4,x5", TABLE_ROWS);
        String tableJson = export("nnPlayground", "json");
        ImportedModel table = ModelReader.read(tableJson);
        assertEquals(callApi("pageFingerprint"), table.network().fingerprint().hex(), "the model file holds the page's network");
        assertEquals(List.of("a", "b", "c", "d", "e"), table.columns());
        assertEquals(3, table.epoch());
        double[] tableCore = Predictions.of(table.network(), null, flat(TABLE_ROWS), 5);
        double[][] tablePredicted = predict("nnPlayground", TABLE_ROWS);
        int outputs = table.network().output().length;
        for (int r = 0; r < TABLE_ROWS.length; r++) {
            for (int k = 0; k < outputs; k++) {
                assertEquals(Double.doubleToRawLongBits(tableCore[r * outputs + k]), Double.doubleToRawLongBits(tablePredicted[r][k]),
                        "table row " + r + ": page " + tablePredicted[r][k] + ", JVM " + tableCore[r * outputs + k]);
            }
        }
        assertEquals("Each row needs 5 values (x1, ..., x5), not 2.",
                page().evaluate("() => nnPlayground.predict([[1, 2]]).then(() => 'resolved', e => e.message)"));
        // The table's model file opens again onto the table loaded, at its epoch.
        p.stepEpochs(2);
        page().locator(".nnp-export-file").first().setInputFiles(new FilePayload("table.json", "application/json",
                tableJson.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.notice().first()).containsText("Opened the model file: the trained network at epoch 3, paused.");
        assertThat(p.notice().first()).containsText("opened onto the one loaded now (a, b, c, d, e).");
        assertThat(p.epochCounter()).hasText("Epoch 3");
        assertEquals(table.network().fingerprint().hex(), callApi("pageFingerprint"));
        System.out.println("ExportIT (" + build + "): TensorFlow.js against the page: largest difference "
                + circleDiff + " (circle), " + mixedDiff + " (spiral, skip, leaky ReLU, ELU, SiLU, softmax), " + tableDiff
                + " (a table of five inputs); allowed " + TFJS_TOLERANCE);

        // PNGs at device resolution: a view has its canvas's pixels; the figure holds all three side by side.
        @SuppressWarnings("unchecked")
        Map<String, Object> png = (Map<String, Object>) page().evaluate("async () => {"
                + " const view = await nnPlayground.exportModel('png', { view: 'output' });"
                + " const figure = await nnPlayground.exportModel('png');"
                + " const v = await createImageBitmap(view), f = await createImageBitmap(figure);"
                + " const c = ['graph', 'output', 'loss'].map(k => document.querySelector('.nnp-' + k + '-canvas'));"
                + " return { type: view.type, figureType: figure.type, width: v.width, height: v.height,"
                + "   canvasWidth: c[1].width, canvasHeight: c[1].height, cssWidth: c[1].clientWidth,"
                + "   figureWidth: f.width, figureHeight: f.height, sum: c.reduce((s, x) => s + x.width, 0),"
                + "   tallest: Math.max(...c.map(x => x.height)) }; }");
        assertEquals("image/png", png.get("type"));
        assertEquals("image/png", png.get("figureType"));
        assertEquals(png.get("canvasWidth"), png.get("width"), "the view's PNG has its canvas's pixels: " + png);
        assertEquals(png.get("canvasHeight"), png.get("height"));
        assertEquals(2 * ((Number) png.get("cssWidth")).intValue(), ((Number) png.get("width")).intValue(), 2.0,
                "device resolution (scale factor 2): " + png);
        assertEquals(((Number) png.get("sum")).intValue() + 4 * 32, ((Number) png.get("figureWidth")).intValue(),
                "the figure: the three views and four gaps of 16 CSS px: " + png);
        assertTrue(((Number) png.get("figureHeight")).intValue() > ((Number) png.get("tallest")).intValue() + 64,
                "the figure has its caption below the views: " + png);

        // A network with the sine: TensorFlow.js has none, and the export says so.
        goTo(p, link(mixed.withHidden(List.of(3), List.of(org.nnplayground.core.nn.layer.Activation.SINE)), 2), 2);
        Object refused = page().evaluate("() => nnPlayground.exportModel('tfjs').then(() => 'resolved', e => e.message)");
        assertEquals("TensorFlow.js has no sine activation (hidden layer 1), so this network cannot be exported for it;"
                + " choose another activation there, or export JSON or Python.", refused);

        // A mounted instance's API: the same calls, its own network.
        page().evaluate("() => new Promise((ok, fail) => { const s = document.createElement('script');"
                + " s.src = 'nn-playground.js'; s.onload = ok; s.onerror = () => fail(new Error('no nn-playground.js'));"
                + " document.head.appendChild(s); })");
        @SuppressWarnings("unchecked")
        Map<String, Object> instance = (Map<String, Object>) page().evaluate("async () => {"
                + " const box = document.createElement('div'); document.body.appendChild(box);"
                + " window.inst = NNPlayground.mount(box, { preset: 'xor', autoplay: false });"
                + " const state = await window.inst.step(7);"
                + " const tf = await window.inst.exportModel('tfjs');"
                + " return { state, json: await window.inst.exportModel('json'), csv: await window.inst.exportModel('csv'),"
                + "   python: await window.inst.exportModel('python'), weights: tf['weights.bin'] instanceof Uint8Array ? tf['weights.bin'].length : -1,"
                + "   png: (await window.inst.exportModel('png')).type,"
                + "   bad: await window.inst.predict([[1, 2, 3]]).then(() => 'resolved', e => e.message) }; }");
        ImportedModel fromInstance = ModelReader.read((String) instance.get("json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) instance.get("state");
        assertEquals(state.get("fingerprint"), fromInstance.network().fingerprint().hex());
        assertEquals(7, fromInstance.epoch());
        assertEquals(Presets.byId("xor").state().networkSpec().parameterCount() * 4, ((Number) instance.get("weights")).intValue());
        assertTrue(((String) instance.get("python")).startsWith("#!/usr/bin/env python3\n"));
        assertTrue(((String) instance.get("csv")).startsWith("x1,x2,label,set\r\n"));
        assertEquals("image/png", instance.get("png"));
        assertEquals("Each row needs 2 values (x1, x2), not 3.", instance.get("bad"));
        double[][] fromApi = predict("inst");
        double[] instanceCore = Predictions.of(fromInstance.network(), fromInstance.features(), flatRows(), 2);
        for (int r = 0; r < ROWS.length; r++) {
            assertEquals(instanceCore[r], fromApi[r][0], 0.0, "instance row " + r);
        }
        page().evaluate("() => window.inst.destroy()");

        // The Export menu by keyboard: open it, Tab to "Model (JSON)", Enter downloads the file.
        page().locator(".nnp-export-toggle").first().focus();
        page().keyboard().press("Enter");
        assertThat(page().locator(".nnp-export-toggle").first()).hasAttribute("aria-expanded", "true");
        assertThat(page().locator(".nnp-export-body").first()).isVisible();
        page().keyboard().press("Tab");
        assertEquals("Model (JSON)", page().evaluate("() => document.activeElement.textContent"));
        Download download = page().waitForDownload(() -> page().keyboard().press("Enter"));
        assertEquals("nn-playground-model.json", download.suggestedFilename());
        ImportedModel downloaded = ModelReader.read(Files.readString(download.path(), StandardCharsets.UTF_8));
        assertEquals(2, downloaded.epoch());

        // Opening files: a broken one is refused in words, the first model opens paused, bit for bit.
        page().locator(".nnp-export-file").first().setInputFiles(new FilePayload("broken.json", "application/json",
                "{\"format\": \"nn-playground-model\", \"version\": 1,".getBytes(StandardCharsets.UTF_8)));
        assertThat(p.notice().first()).containsText("Not valid JSON: line 1, column 48");
        page().locator(".nnp-export-file").first().setInputFiles(new FilePayload("model.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.notice().first()).containsText("Opened the model file: the trained network at epoch 20, paused.");
        assertThat(p.epochCounter()).hasText("Epoch 20");
        assertEquals(expected.network().fingerprint().hex(), callApi("pageFingerprint"));
        assertEquals(false, p.playing());

        // A lesson's own views are pictures too.
        page().evaluate("() => { location.hash = 'preset=one-node'; }");
        page().locator(".nnp-lesson-view canvas").first().waitFor();
        @SuppressWarnings("unchecked")
        Map<String, Object> lesson = (Map<String, Object>) page().evaluate("async () => {"
                + " const blob = await nnPlayground.exportModel('png', { view: 'lesson:Loss landscape' });"
                + " const b = await createImageBitmap(blob); const c = document.querySelector('.nnp-landscape canvas');"
                + " return { type: blob.type, width: b.width, canvasWidth: c.width,"
                + "   unknown: await nnPlayground.exportModel('png', { view: 'lesson:Nothing' }).then(() => 'resolved', e => e.message) }; }");
        assertEquals("image/png", lesson.get("type"));
        assertEquals(lesson.get("canvasWidth"), lesson.get("width"), "the lesson view's pixels: " + lesson);
        assertTrue(((String) lesson.get("unknown")).startsWith("there is no view \"lesson:Nothing\" here"), lesson.toString());
    }

    /**
     * Loads the page's tfjs export with tf.loadLayersModel over HTTP (model.json and weights.bin
     * served by a route) and compares its predictions for {@code rows} of raw inputs, as the named
     * features (x1 to x16 of a table: its raw inputs as they are), with the page's.
     */
    @SuppressWarnings("unchecked")
    private double compareWithTensorFlow(String features, double[][] rows) {
        Map<String, Object> files = (Map<String, Object>) page().evaluate("async () => { const f = await nnPlayground.exportModel('tfjs');"
                + " let s = ''; f['weights.bin'].forEach(b => { s += String.fromCharCode(b); });"
                + " return { model: f['model.json'], weights: btoa(s) }; }");
        byte[] weights = Base64.getDecoder().decode((String) files.get("weights"));
        String model = (String) files.get("model");
        page().unroute("**/__test__/model/**");
        page().route("**/__test__/model/model.json", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("application/json").setBody(model)));
        page().route("**/__test__/model/weights.bin", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("application/octet-stream").setBodyBytes(weights)));
        Map<String, Object> result = (Map<String, Object>) page().evaluate("async ([rows, features]) => {"
                + " const m = await tf.loadLayersModel(new URL('__test__/model/model.json', location.href).href);"
                + " const fs = { x1: r => r[0], x2: r => r[1], x1sq: r => r[0] * r[0], x2sq: r => r[1] * r[1],"
                + "   x1x2: r => r[0] * r[1], sinx1: r => Math.sin(r[0]), sinx2: r => Math.sin(r[1]) };"
                + " const input = tf.tensor2d(rows.map(r => features.split(',').map(f => (fs[f] || (q => q[+f.slice(1) - 1]))(r))));"
                + " const t = await m.predict(input).array();"
                + " const page = await nnPlayground.predict(rows);"
                + " let worst = 0; t.forEach((row, i) => row.forEach((v, k) => { worst = Math.max(worst, Math.abs(v - page[i][k])); }));"
                + " return { worst, outputs: t[0].length, pageOutputs: page[0].length }; }", List.of(asLists(rows), features));
        assertEquals(result.get("pageOutputs"), result.get("outputs"), "as many outputs: " + result);
        double worst = ((Number) result.get("worst")).doubleValue();
        assertTrue(worst <= TFJS_TOLERANCE, "TensorFlow.js predicts within " + TFJS_TOLERANCE + " of the page: " + result);
        return worst;
    }
}
