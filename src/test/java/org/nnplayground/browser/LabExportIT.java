package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.export.ImportedLab;
import org.nnplayground.core.export.LabModelJson;
import org.nnplayground.core.export.LabModelReader;
import org.nnplayground.core.export.LabPython;
import org.nnplayground.core.export.LabSnapshot;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.state.lab.Cell;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.SequenceModel;

/**
 * Taking a sequence or image model away, in both builds, on one page per build (reduced motion, so
 * that the page waits, paused, for its Step button): for an echo LSTM, an echo GRU, an echo Elman, a
 * text model with an embedding and the digits convnet, the page's labExport gives the JVM's model
 * file and Python script character for character (the same training, bit for bit), and
 * TensorFlow.js (test-only, see {@link TestScripts}) opens the tfjs files with tf.loadLayersModel
 * and predicts the page's outputs within 1e-6. The Export menu downloads the model file, opens it
 * again over another problem (the same weights, paused at its epoch) and says why a broken one
 * cannot be opened; a network TensorFlow.js cannot hold is refused with its sentence.
 */
class LabExportIT extends BrowserTest {
    private static final double TFJS_TOLERANCE = 1e-6;
    private static final int INPUTS = 6;

    private static String sequence(String problem, Cell cell) {
        LabState s = LabState.defaultFor(problem, 2);
        SequenceModel m = (SequenceModel) s.model();
        return LabLinks.encode(s.withModel(m.withNet(m.net().withCell(cell))), Speed.DEFAULT, 0);
    }

    private static Map<String, String> cases() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("echo LSTM", sequence("echo", Cell.LSTM));
        links.put("echo GRU", sequence("echo", Cell.GRU));
        links.put("echo Elman", sequence("echo", Cell.ELMAN));
        LabState text = LabState.defaultFor("text", 2);
        SequenceModel tm = (SequenceModel) text.model();
        links.put("text with an embedding", LabLinks.encode(text.withModel(tm.withData(tm.data().withLength(16))
                .withNet(tm.net().withHidden(List.of(12)))), Speed.DEFAULT, 0));
        links.put("digits convnet", LabLinks.encode(LabState.defaultFor("digits", 2), Speed.DEFAULT, 0));
        return links;
    }

    private String labExport(String format) {
        return (String) callApi("labExport", format);
    }

    private int epoch() {
        return ((Number) callApi("pageLabEpoch")).intValue();
    }

    private String pageLink() {
        return ((String) page().evaluate("() => location.hash")).substring(1);
    }

    /** Opens {@code link} by the address and trains it one epoch with the Step button. */
    private void goTo(String link) {
        page().evaluate("l => { location.hash = l; }", link);
        page().waitForFunction("() => window.nnPlaygroundReady.then(r => r.api.pageLabEpoch() === 0)");
        page().locator("[data-key=step]").click();
        assertThat(page().locator(".nnp-lab-run .nnp-epoch")).hasText("Epoch 1");
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void theExportsMatchTheCoreAndTensorFlowJsAndTheMenuOpensAFileAgain(String build) throws Exception {
        Path tfjs = TestScripts.tfjs();
        useContext(new Browser.NewContextOptions().setReducedMotion(ReducedMotion.REDUCE).setAcceptDownloads(true));
        page().route("**/__test__/tf.min.js", route -> route.fulfill(new Route.FulfillOptions()
                .setPath(tfjs).setContentType("text/javascript")));
        open("/?build=" + build + "#" + cases().values().iterator().next());
        page().evaluate("() => new Promise((ok, fail) => { const s = document.createElement('script');"
                + " s.src = '__test__/tf.min.js'; s.onload = ok; s.onerror = () => fail(new Error('no tf.min.js'));"
                + " document.head.appendChild(s); }).then(() => tf.setBackend('cpu'))");
        StringBuilder measured = new StringBuilder();
        LabSnapshot last = null;
        String lastJson = null;
        for (Map.Entry<String, String> c : cases().entrySet()) {
            goTo(c.getValue());
            String link = pageLink();
            LabSession jvm = new LabSession(LabLinks.decode(link).state());
            jvm.stepEpochs(1);
            LabSnapshot expected = LabSnapshot.of(jvm, link);
            String json = labExport("json");
            assertEquals(LabModelJson.write(expected), json, c.getKey() + ": the model file is the JVM's, character for character");
            assertEquals(LabPython.write(expected), labExport("python"), c.getKey());
            double worst = compareWithTensorFlow(c.getKey(), LabModelReader.read(json));
            measured.append(measured.length() == 0 ? "" : ", ").append(c.getKey()).append(' ').append(worst);
            last = expected;
            lastJson = json;
        }
        System.out.println("LabExportIT (" + build + "): TensorFlow.js against the page, largest difference: " + measured
                + "; allowed " + TFJS_TOLERANCE);

        // The page's JavaScript API gives the same files for the lab page.
        assertEquals(lastJson, page().evaluate("() => nnPlayground.exportModel('json')"));
        assertEquals(Boolean.TRUE, page().evaluate("() => nnPlayground.exportModel('tfjs').then(f => typeof f['model.json'] === 'string'"
                + " && f['weights.bin'] instanceof Uint8Array && f['weights.bin'].length === 4 * " + last.network().parameterCount() + ")"));
        assertEquals("There is no export \"formula\" of a sequence or image network; use json, tfjs or python.",
                page().evaluate("() => nnPlayground.exportModel('formula').then(() => 'resolved', e => e.message)"));

        // The Export menu: the JSON download is the page's file; opened over another problem it brings the run back, paused.
        Locator toggle = page().locator(".nnp-lab-export [data-key=export]");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        Download download = page().waitForDownload(() -> page().locator(".nnp-lab-export [data-key=export-json]").click());
        assertEquals("nn-playground-model.json", download.suggestedFilename());
        assertEquals(lastJson, Files.readString(download.path(), StandardCharsets.UTF_8));
        page().evaluate("() => { location.hash = 'lab=bars'; }");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("bars");
        Locator file = page().locator(".nnp-lab-export .nnp-export-file");
        file.setInputFiles(new FilePayload("model.json", "application/json", lastJson.getBytes(StandardCharsets.UTF_8)));
        Locator notice = page().locator(".nnp-lab-notice");
        assertThat(notice).containsText("Opened the model file: the trained network at epoch 1, paused.");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("digits");
        assertThat(page().locator(".nnp-lab-run .nnp-epoch")).hasText("Epoch 1");
        assertEquals(last.network().fingerprint().hex(), callApi("pageLabFingerprint"));
        assertEquals(lastJson, labExport("json"), "the opened run exports the same file");
        file.setInputFiles(new FilePayload("broken.json", "application/json",
                "{\"format\": \"nn-playground-model\", \"version\": 1,".getBytes(StandardCharsets.UTF_8)));
        assertThat(notice).containsText("Not valid JSON: line 1, column 48");
        assertThat(page().locator(".nnp-lab-run .nnp-epoch")).hasText("Epoch 1");

        // A network TensorFlow.js cannot hold is refused with a sentence naming the layer, by the API and the menu.
        LabState echo = LabState.defaultFor("echo", 2);
        SequenceModel m = (SequenceModel) echo.model();
        page().evaluate("l => { location.hash = l; }", LabLinks.encode(echo.withModel(m.withNet(m.net()
                .withActivation(Activation.SINE))), Speed.DEFAULT, 0));
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("echo");
        String refusal = "TensorFlow.js has no sine activation (layer 1 (elman)), so this network cannot be exported for it;"
                + " choose another activation there, or export JSON or Python.";
        page().waitForFunction("() => window.nnPlaygroundReady.then(r => r.api.labExport('tfjs').startsWith('!'))");
        assertEquals("!" + refusal, labExport("tfjs"));
        page().locator(".nnp-lab-export [data-key=export-tfjs]").click();
        assertThat(notice).hasText(refusal);
        assertEquals("!There is no export \"png\" of a sequence or image network; use json, tfjs or python.", labExport("png"));
    }

    /**
     * Loads the page's tfjs export with tf.loadLayersModel and returns the largest difference between
     * its predictions and the page's network's (read from the page's model file, bit for bit) on
     * seeded inputs that fit the network.
     */
    @SuppressWarnings("unchecked")
    private double compareWithTensorFlow(String name, ImportedLab pageModel) {
        String model = labExport("tfjs");
        assertTrue(!model.startsWith("!"), model);
        byte[] weights = Base64.getUrlDecoder().decode(labExport("tfjs-weights"));
        page().unroute("**/__test__/model/**");
        page().route("**/__test__/model/model.json", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("application/json").setBody(model)));
        page().route("**/__test__/model/weights.bin", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("application/octet-stream").setBodyBytes(weights)));
        Network network = pageModel.network();
        int size = network.architecture().inputs();
        List<Integer> shape = new ArrayList<>();
        shape.add(INPUTS);
        for (int i = 0; i < network.architecture().input().rank(); i++) {
            shape.add(network.architecture().input().dim(i));
        }
        Rng rng = new Rng(name.hashCode());
        List<Double> inputs = new ArrayList<>();
        int vocabulary = network.layer(1) instanceof Embedding e && e.takesIndices() ? e.table().fanIn() : 0;
        for (int i = 0; i < INPUTS * size; i++) {
            inputs.add(vocabulary > 0 ? (double) rng.nextInt(vocabulary) : rng.nextDouble() * 2 - 1);
        }
        List<Number> predicted = (List<Number>) page().evaluate("async ([inputs, shape]) => {"
                + " const m = await tf.loadLayersModel(new URL('__test__/model/model.json', location.href).href);"
                + " return Array.from(await m.predict(tf.tensor(inputs, shape)).data()); }", List.of(inputs, shape));
        int outs = network.output().length;
        assertEquals(INPUTS * outs, predicted.size(), name + ": as many outputs");
        double[] x = inputs.stream().mapToDouble(Double::doubleValue).toArray();
        double worst = 0;
        for (int r = 0; r < INPUTS; r++) {
            double[] core = network.forward(x, r * size);
            for (int k = 0; k < outs; k++) {
                double diff = Math.abs(core[k] - predicted.get(r * outs + k).doubleValue());
                worst = Math.max(worst, diff);
                assertTrue(diff <= TFJS_TOLERANCE, name + " input " + r + " output " + k + ": TensorFlow.js "
                        + predicted.get(r * outs + k) + ", page " + core[k]);
            }
        }
        return worst;
    }
}
