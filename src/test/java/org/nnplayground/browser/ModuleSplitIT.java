package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.state.lab.LabLesson;
import org.nnplayground.core.state.lab.LabLessons;

/**
 * A page of our own loads only the wasm module of its link's kind (points.wasm or lab.wasm), the
 * loader tells the kinds apart exactly as the Java side does, each module exports what the loader
 * lists for it, a person who switches kind gets the other module with the link they chose, and the
 * points page loads the module with the exporters only when an export is asked for (ExportIT checks
 * that what comes back is the JVM's text, for every format); embeds load the module of their kind too
 * (EmbedIT checks a page of another site).
 */
class ModuleSplitIT extends BrowserTest {
    private static final String[] PIECES = {"lab", "lesson", "l%61b", "%6Cesson", "LAB", "lab ", "preset", "v", "1",
        "echo", "digits", "xor", "spiral", "=", "&", "#", "%", "%2", "%zz", "%C3%A9", "%E2%82%AC", "%FF", "%C3", "\u00e9",
        "+", " ", "sine-memory", "tiny-lm", "edge", "why-convolution", "loop-in-time", "long-gap",
        "xor-lesson", "one-node", "digit", "%64igits", "ed%67e", "networkShape", "batchSize", "learningRate",
        "regDataset", "percTrainData", "network%53hape", "batchsize", "4,2"};

    /** Fragments made of the pieces that decide a link's kind, and of every lesson id, of both kinds. */
    private static List<String> fragments() {
        List<String> out = new ArrayList<>(List.of("", "#", "lab", "#lab", "lab=", "&&lab", "=lab", "lesson=edge",
                "lesson=%65dge", "lessons=edge", "v=1&lesson=xor", "#v=1&data=spiral&h=8,8"));
        for (LabLesson l : LabLessons.all()) {
            out.add("lesson=" + l.id());
            out.add("v=1&lesson=" + l.id() + "x");
        }
        Random random = new Random(17);
        for (int i = 0; i < 3000; i++) {
            StringBuilder f = new StringBuilder();
            int n = 1 + random.nextInt(8);
            boolean pairs = i % 2 == 0; // half as key=value pairs, half as loose pieces
            for (int k = 0; k < n; k++) {
                if (pairs && k > 0) {
                    f.append('&');
                }
                f.append(PIECES[random.nextInt(PIECES.length)]);
                if (pairs) {
                    f.append('=').append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            out.add(f.toString());
        }
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            many.append("k").append(i).append("=1&");
        }
        out.add(many + "lab=echo"); // beyond the 200 pairs read: not a lab link
        out.add("&&&" + many.substring(0, many.length() - 1 - 4) + "&lab=echo");
        return out;
    }

    @Test
    void theLoaderTellsTheKindsApartExactlyAsTheJavaSideDoes() {
        open("/");
        List<String> fragments = fragments();
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) page().evaluate("fs => fs.map(f => window.nnPlaygroundLoader.kindOf(f))", fragments);
        @SuppressWarnings("unchecked")
        List<String> modules = (List<String>) page().evaluate("fs => fs.map(f => window.nnPlaygroundLoader.moduleOf(f))",
                fragments);
        int labLinks = 0;
        int theirs = 0;
        for (int i = 0; i < fragments.size(); i++) {
            boolean lab = LabLinks.isLab(fragments.get(i));
            boolean tensorFlow = !lab && LinkCodec.isTensorFlowLink(fragments.get(i));
            labLinks += lab ? 1 : 0;
            theirs += tensorFlow ? 1 : 0;
            assertEquals(lab ? "lab" : "points", kinds.get(i), "the kind of '" + fragments.get(i) + "'");
            assertEquals(lab ? "lab" : tensorFlow ? "app" : "points", modules.get(i), "the module of '" + fragments.get(i) + "'");
        }
        assertTrue(labLinks > 300 && labLinks < fragments.size() - 300, "both kinds are tried: " + labLinks);
        assertTrue(theirs > 200, "TensorFlow Playground links are tried: " + theirs);
    }

    @Test
    void eachPageLoadsTheModuleOfItsKindAndItExportsWhatTheLoaderLists() {
        List<String> modules = new CopyOnWriteArrayList<>();
        page().onRequest(r -> {
            if (r.url().endsWith(".wasm")) {
                modules.add(r.url().substring(r.url().lastIndexOf('/') + 1));
            }
        });
        List<String> sheets = new CopyOnWriteArrayList<>();
        page().onRequest(r -> {
            if (r.url().endsWith(".css")) {
                sheets.add(r.url().substring(r.url().lastIndexOf('/') + 1));
            }
        });
        open("/#preset=xor");
        assertEquals("points", page().evaluate("() => window.nnPlaygroundLoader.chosenModule"));
        assertEquals(List.of("points.wasm"), modules);
        assertEquals(List.of("style.css"), sheets, "the points page loads none of the sequence and image styles");
        assertThat(page().locator("[data-key=problem]")).isVisible();
        assertEquals(exportedByModule(null), listed("points"));

        modules.clear();
        sheets.clear();
        open("/#lab=echo");
        assertEquals("lab", page().evaluate("() => window.nnPlaygroundLoader.chosenModule"));
        assertEquals(List.of("lab.wasm"), modules);
        assertEquals(List.of("style.css", "lab.css"), sheets);
        assertEquals("grid", page().evaluate("() => getComputedStyle(document.querySelector('.nnp-lab-main')).display"),
                "the sequence and image styles apply");
        assertEquals(1, page().locator("link[data-nnp-lab-styles]").count(), "linked once, by the loader and the page");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("echo");
        assertEquals(exportedByModule(null), listed("lab"));
        // The module the embeds use, loaded beside the page's own without starting it.
        assertEquals(exportedByModule("app"), listed("app"));
    }

    @Test
    void switchingKindLoadsTheOtherModuleWithTheChosenLinkAndBack() {
        open("/#preset=xor");
        page().locator("[data-key=problem]").selectOption("lab:digits");
        awaitModule("lab");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("digits");
        assertTrue(((String) page().evaluate("() => location.hash")).startsWith("#lab=digits"));

        page().locator("[data-key=lab-problem]").selectOption("points");
        awaitModule("points");
        assertThat(page().locator("[data-key=problem]")).isVisible();

        // A link of the other kind typed into the address, and one of the same kind after it.
        page().evaluate("() => { location.hash = 'lab=sine'; }");
        awaitModule("lab");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("sine");
        page().evaluate("() => { location.hash = 'lab=echo'; }");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("echo");
        assertEquals("lab", page().evaluate("() => window.nnPlaygroundLoader.chosenModule"));
        page().evaluate("() => { location.hash = 'v=1&data=spiral&h=8,8'; }");
        awaitModule("points");
        assertThat(page().locator("[data-key=problem]")).isVisible();
        assertEquals(List.of(8L, 8L), List.copyOf(((List<?>) page().evaluate(
                "() => location.hash.match(/h=([0-9,]+)/)[1].split(',').map(Number)")).stream()
                .map(n -> ((Number) n).longValue()).toList()));
    }

    /**
     * A TensorFlow Playground link, which only the module with both kinds reads: opened there at once,
     * and typed into a points page it reloads the page into that module, which opens it and writes
     * the page's own link; that link then opens in the points module again.
     */
    @Test
    void aTensorFlowPlaygroundLinkOpensInTheModuleThatReadsIt() {
        String theirs = "#activation=relu&batchSize=10&dataset=xor&learningRate=0.1&networkShape=3,2&x=true&y=true"
                + "&problem=classification";
        open("/" + theirs);
        assertEquals("app", page().evaluate("() => window.nnPlaygroundLoader.chosenModule"));
        assertThat(page().locator(".nnp-notice")).containsText("Opened a TensorFlow Playground link");
        page().waitForFunction("() => location.hash.startsWith('#v=1')");
        String ours = (String) page().evaluate("() => location.hash");
        assertTrue(ours.contains("h=3,2") && ours.contains("lr=0.1"), ours);

        open("/?again#preset=xor"); // another address: a page loaded afresh, not the same one at another fragment
        assertEquals("points", page().evaluate("() => window.nnPlaygroundLoader.chosenModule"));
        page().evaluate("h => { location.hash = h; }", theirs);
        awaitModule("app");
        assertThat(page().locator(".nnp-notice")).containsText("Opened a TensorFlow Playground link");
        page().waitForFunction("() => location.hash.startsWith('#v=1')");
        assertEquals(ours, page().evaluate("() => location.hash"));

        open("/?ours" + ours);
        assertEquals("points", page().evaluate("() => window.nnPlaygroundLoader.chosenModule"));
        assertThat(page().locator("[data-key=problem]")).isVisible();
    }

    @Test
    void thePointsPageLoadsTheExportersOnlyWhenAPersonAsksForAnExportAndSaysWhileItLoads() {
        List<String> modules = new CopyOnWriteArrayList<>();
        page().onRequest(r -> {
            if (r.url().endsWith(".wasm")) {
                modules.add(r.url().substring(r.url().lastIndexOf('/') + 1));
            }
        });
        List<Route> held = new CopyOnWriteArrayList<>();
        page().route("**/wasm/app.wasm", held::add);
        open("/#preset=xor");
        page().locator("body").press(" "); // pause, so that the formula stays the one asked for
        assertEquals(List.of("points.wasm"), modules, "nothing of the exports before one is asked for");
        page().locator(".nnp-export-toggle").first().click();
        page().locator("[data-key=export-formula]").click();
        assertThat(page().locator(".nnp-export-status")).hasText("Loading the exports\u2026");
        page().waitForCondition(() -> !held.isEmpty());
        held.get(0).resume();
        assertThat(page().locator(".nnp-export-formula")).isVisible();
        assertThat(page().locator(".nnp-export-status")).hasText("");
        String formula = page().locator(".nnp-export-formula").textContent();
        assertEquals(formula, page().evaluate("() => nnPlayground.exportModel('formula')"),
                "the menu and the script's API give the same text");
        assertTrue(formula.contains("tanh"), formula);
        page().locator("[data-key=export-formula]").click();
        assertEquals(List.of("points.wasm", "app.wasm"), modules, "the exporters' module is loaded once");
        assertEquals(1, held.size());
    }

    /**
     * Embeds on a page of our own: one of the page's kind runs in the page's own module (nothing more
     * is fetched), one of the other kind in that kind's module, fetched once for however many.
     */
    @Test
    void embedsOnAPageOfOurOwnUseThePagesModuleOrTheirKindsOnce() {
        List<String> modules = new CopyOnWriteArrayList<>();
        page().onRequest(r -> {
            if (r.url().endsWith(".wasm")) {
                modules.add(r.url().substring(r.url().lastIndexOf('/') + 1));
            }
        });
        open("/#preset=xor");
        page().evaluate("() => new Promise((ok, fail) => { const s = document.createElement('script');"
                + " s.src = 'nn-playground.js'; s.onload = ok; s.onerror = () => fail(new Error('no nn-playground.js'));"
                + " document.head.appendChild(s); })");
        page().evaluate("async () => { const m = link => { const box = document.createElement('div');"
                + " document.body.appendChild(box); return NNPlayground.mount(box, { link }); };"
                + " const p = m('preset=spiral3'); await p.step(2); window.points = p;"
                + " const l1 = m('lab=echo&h=4'), l2 = m('lab=sine&h=4'); await l1.step(1); await l2.step(1);"
                + " window.labs = [l1, l2]; }");
        assertEquals(List.of("points.wasm", "lab.wasm"), modules, "the page's module, then the other kind's once");
        assertEquals(2, ((Number) page().evaluate("() => window.points.getState().then(s => s.epoch)")).intValue());
        assertEquals(List.of(1L, 1L), ((List<?>) page().evaluate("() => Promise.all(window.labs.map(l => l.getState()"
                + ".then(s => s.epoch)))")).stream().map(n -> ((Number) n).longValue()).toList());
        assertThat(page().locator("[data-key=problem]").first()).isVisible();
        // Each sequence playground links the sequence and image styles into its own shadow root.
        assertEquals(List.of("grid", "grid"), page().evaluate("() => Array.from(document.querySelectorAll('div'))"
                + ".filter(d => d.shadowRoot && d.shadowRoot.querySelector('.nnp-lab-main'))"
                + ".map(d => getComputedStyle(d.shadowRoot.querySelector('.nnp-lab-main')).display)"));
        assertEquals(0L, ((Number) page().evaluate("() => Array.from(document.querySelectorAll('div'))"
                + ".filter(d => d.shadowRoot && !d.shadowRoot.querySelector('.nnp-lab-main')"
                + " && d.shadowRoot.querySelector('link[data-nnp-lab-styles]')).length")).longValue(),
                "a points playground links none");
    }

    @Test
    void aFailureToLoadTheExportersIsSaidAndTheNextTryLoadsThem() {
        allowPageProblem("app.wasm");
        allowPageProblem("Failed to load resource");
        boolean[] fail = {true};
        page().route("**/wasm/app.wasm", route -> {
            if (fail[0]) {
                route.abort();
            } else {
                route.resume();
            }
        });
        open("/#preset=xor");
        page().locator("body").press(" ");
        page().locator(".nnp-export-toggle").first().click();
        page().locator("[data-key=export-formula]").click();
        assertThat(page().locator(".nnp-notice").first()).containsText("The exports could not be loaded:");
        assertThat(page().locator(".nnp-export-status")).hasText("");
        fail[0] = false;
        page().locator("[data-key=export-formula]").click();
        assertThat(page().locator(".nnp-export-formula")).isVisible();
    }

    private void awaitModule(String module) {
        page().waitForFunction("m => window.nnPlaygroundLoader && window.nnPlaygroundLoader.chosenModule === m", module);
        awaitReady();
    }

    private Object listed(String module) {
        return page().evaluate("m => window.nnPlaygroundLoader.moduleExportedNames(m).sort()", module);
    }

    /** The functions a module exports besides main: the page's own (null), or another one loaded from its URL. */
    private Object exportedByModule(String module) {
        String names = "e => Object.getOwnPropertyNames(e).filter(k => k !== 'main' && typeof e[k] === 'function').sort()";
        if (module == null) {
            return page().evaluate("() => window.nnPlaygroundReady.then(r => (" + names + ")(r.api))");
        }
        return page().evaluate("m => TeaVM.wasmGC.load(window.nnPlaygroundLoader.moduleUrl(m)).then(t => (" + names
                + ")(t.exports))", module);
    }
}
