package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Playgrounds inside other people's pages: the example post, the custom element, the JS API and the iframe. */
class EmbedIT extends BrowserTest {
    /** The epoch each <nn-playground> of the page shows (-1 where it has not started). */
    @SuppressWarnings("unchecked")
    private List<Number> epochs() {
        return (List<Number>) page().evaluate("() => Array.from(document.querySelectorAll('nn-playground')).map(e => {"
                + " const c = e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch');"
                + " return c ? parseInt(c.textContent.replace(/[^0-9]/g, '')) : -1; })");
    }

    /**
     * Records each WebAssembly module the page itself compiles, by the URL it came from (TeaVM's
     * runtime also compiles a tiny probe module of its own from bytes, which has none), in
     * {@code window.wasmCompiled}.
     */
    private void countCompiles() {
        page().addInitScript("(() => { window.wasmCompiled = []; for (const name of ['compile', 'compileStreaming',"
                + " 'instantiate', 'instantiateStreaming']) { const f = WebAssembly[name];"
                + " WebAssembly[name] = function (source, ...rest) { if (!(source instanceof WebAssembly.Module)) {"
                + " Promise.resolve(source).then(s => { if (s && typeof s.url === 'string' && s.url !== '') {"
                + " window.wasmCompiled.push(s.url.substring(s.url.lastIndexOf('/') + 1)); } }, () => {}); }"
                + " return f.call(this, source, ...rest); }; } })()");
    }

    @SuppressWarnings("unchecked")
    private List<String> compiled() {
        return (List<String>) page().evaluate("() => window.wasmCompiled.slice()");
    }

    /** The file names of the build's modules (.wasm, js/app.js) the page's own frame requested, in order. */
    private List<String> recordModuleRequests() {
        List<String> requests = new CopyOnWriteArrayList<>();
        page().onRequest(request -> {
            String url = request.url();
            if (request.frame() == page().mainFrame() && (url.endsWith(".wasm") || url.endsWith("/app.js"))) {
                requests.add(url.substring(url.lastIndexOf('/') + 1));
            }
        });
        return requests;
    }

    @Test
    void fourInstancesStartLazilyAndRunIndependently() {
        page().setViewportSize(1000, 500);
        // The iframe further down is a document of its own, which loads its own: not counted.
        countCompiles();
        List<String> moduleRequests = recordModuleRequests();
        List<String> files = new CopyOnWriteArrayList<>();
        page().onRequest(request -> {
            if (request.frame() == page().mainFrame() && request.url().startsWith(server().url())) {
                files.add(request.url().substring(server().url().length()).replaceAll("[?#].*", ""));
            }
        });
        navigate("/example-post.html");
        page().waitForFunction("() => { const e = document.querySelector('nn-playground');"
                + " return e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch'); }");
        List<Number> first = epochs();
        assertEquals(-1, first.get(3).intValue(), "the last instance, far below, has not started yet: " + first);
        page().evaluate("() => document.querySelectorAll('nn-playground')[3].scrollIntoView()");
        page().waitForFunction("() => { const e = document.querySelectorAll('nn-playground')[3];"
                + " const c = e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch');"
                + " return c && parseInt(c.textContent.replace(/[^0-9]/g, '')) > 3; }");
        assertEquals(List.of("points.wasm"), moduleRequests,
                "the page's four points instances download the points module once, and nothing else of the build");
        assertEquals(List.of("points.wasm"), compiled(), "and compile it once");
        // Each has its own network: different presets draw different graphs, and no ids are shared.
        Object ids = page().evaluate("() => Array.from(document.querySelectorAll('nn-playground'))"
                + ".flatMap(e => Array.from(e.shadowRoot.querySelectorAll('[id]')).map(n => n.id))");
        assertEquals(List.of(), ids, "no ids inside instances");
        assertEquals(4, ((Number) page().evaluate("() => document.querySelectorAll('nn-playground').length")).intValue());
        long total = 0;
        StringBuilder list = new StringBuilder();
        for (String file : new java.util.TreeSet<>(files)) {
            long gzip = gzipSize(file);
            total += gzip;
            list.append(String.format(java.util.Locale.ROOT, " %s %.1f,", file, gzip / 1000.0));
        }
        System.out.printf(java.util.Locale.ROOT, "EmbedIT: the post with four points embeds fetched%s %.1f KB gzip in all%n",
                list, total / 1000.0);
        assertTrue(files.contains("wasm/points.wasm") && !files.contains("wasm/app.wasm"), files.toString());
    }

    @Test
    void aPointsAndALabEmbedLoadTheirTwoModulesEachOnce() {
        countCompiles();
        List<String> moduleRequests = recordModuleRequests();
        hostPage("<div id=\"a\"></div><div id=\"b\"></div><div id=\"c\"></div>");
        page().evaluate("async () => { const m = (id, link) => NNPlayground.mount(document.getElementById(id), { link });"
                + " window.a = m('a', 'preset=xor'); window.b = m('b', 'lab=echo&h=4'); window.c = m('c', 'preset=spiral3');"
                + " await Promise.all([window.a.step(2), window.b.step(2), window.c.step(2)]); }");
        assertEquals(List.of("lab.wasm", "points.wasm"), moduleRequests.stream().sorted().toList(),
                "each kind's module, once: " + moduleRequests);
        assertEquals(List.of("lab.wasm", "points.wasm"), compiled().stream().sorted().toList());
        assertEquals(Boolean.TRUE, page().evaluate("() => !!document.getElementById('b').shadowRoot.querySelector('.nnp-lab')"
                + " && !document.getElementById('a').shadowRoot.querySelector('.nnp-lab')"));
        assertEquals(List.of(2L, 2L, 2L), ((List<?>) page().evaluate("() => Promise.all([window.a, window.b, window.c]"
                + ".map(p => p.getState().then(s => s.epoch)))")).stream().map(n -> ((Number) n).longValue()).toList());
    }

    private static long gzipSize(String file) {
        try {
            return org.nnplayground.tools.GzipSize.of(java.nio.file.Files.readAllBytes(siteDir().resolve(file)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * An embed whose problem menu asks for the other kind moves into that kind's module under the
     * same element and handle: it plays on if it played, keeps the theme the element asked for, its
     * handle and "epoch" events go on working; setState with a link of the other kind moves it back
     * and resolves to that link's notices. Neither module is fetched twice. The JS build, one script
     * with both kinds, does the same in place.
     */
    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void anEmbedTurnsIntoTheOtherKindInTheOtherModuleUnderTheSameHandle(String build) {
        List<String> moduleRequests = recordModuleRequests();
        boolean js = build.equals("js");
        hostPage("<div id=\"a\"></div>", "?build=" + build);
        page().evaluate("async () => { window.events = []; window.readies = 0;"
                + " window.a = NNPlayground.mount(document.getElementById('a'), { preset: 'xor', layout: 'full', theme: 'dark', autoplay: true });"
                + " window.a.on('epoch', e => window.events.push(e.epoch)).on('ready', () => window.readies++);"
                + " await window.a.getState(); }");
        Locator shadow = page().locator("#a");
        assertEquals(List.of(js ? "app.js" : "points.wasm"), moduleRequests);
        assertEquals(js ? "js" : "wasm-gc", build());
        shadow.locator("[data-key=problem]").selectOption("lab:echo");
        page().waitForFunction("() => window.a.getState().then(s => s.link.startsWith('lab=echo'))");
        assertEquals(js ? List.of("app.js") : List.of("points.wasm", "lab.wasm"), moduleRequests,
                "the sequences come from their own module");
        assertThat(shadow.locator(".nnp-lab [data-key=lab-problem]")).hasValue("echo");
        assertEquals(1, ((Number) page().evaluate("() => document.getElementById('a').shadowRoot"
                + ".querySelectorAll('.nnp-epoch').length")).intValue(), "one playground in the element");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> lab = (java.util.Map<String, Object>) page().evaluate("() => window.a.getState()");
        assertEquals(true, lab.get("playing"), "it plays on, as it played: " + lab);
        assertEquals("dark", page().evaluate("() => document.getElementById('a').shadowRoot.querySelector('[data-theme]')"
                + ".getAttribute('data-theme')"), "the element's theme holds in the other module");
        assertTrue(((Number) page().evaluate("async () => { await window.a.pause();"
                + " await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
                + " return window.events.length; }")).intValue() > 0, "epochs reported while the sequences played");
        page().evaluate("async () => { window.events = []; await window.a.reset(); await window.a.step(3); }");
        assertEquals(List.of(1L, 2L, 3L), ((List<?>) page().evaluate("() => window.events")).stream()
                .map(n -> ((Number) n).longValue()).toList(), "the handle's events come from the playground it moved to");

        @SuppressWarnings("unchecked")
        List<String> notices = (List<String>) page().evaluate("() => window.a.setState('preset=xor&layout=full&bogus=1')");
        assertTrue(notices.contains("Ignored the unknown setting 'bogus'."), notices.toString());
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> back = (java.util.Map<String, Object>) page().evaluate("() => window.a.getState()");
        assertTrue(((String) back.get("link")).contains("preset=xor"), back.toString());
        assertEquals(false, back.get("playing"), "a paused playground stays paused: " + back);
        assertThat(shadow.locator("[data-key=problem]")).isVisible();
        assertEquals(js ? List.of("app.js") : List.of("points.wasm", "lab.wasm"), moduleRequests,
                "back in the points module, loaded before");
        assertEquals(1, ((Number) page().evaluate("() => window.readies")).intValue(), "'ready' fires once, at the mount");
        page().evaluate("() => window.a.destroy()");
        assertEquals(0, ((Number) page().evaluate("() => document.getElementById('a').shadowRoot.childNodes.length")).intValue());

        // A theme that came with the link carries over too.
        page().evaluate("async () => { const box = document.createElement('div'); box.id = 'b'; document.body.appendChild(box);"
                + " window.b = NNPlayground.mount(box, { link: 'preset=xor&layout=full&theme=dark' }); await window.b.getState(); }");
        page().locator("#b [data-key=problem]").selectOption("lab:echo");
        page().waitForFunction("() => window.b.getState().then(s => s.link.startsWith('lab=echo'))");
        assertEquals("dark", page().evaluate("() => document.getElementById('b').shadowRoot.querySelector('[data-theme]')"
                + ".getAttribute('data-theme')"), "the link's theme holds in the other kind");
    }

    /**
     * A points embed's exports are made by the module with the exporters, loaded only when one is
     * asked for: from the handle (the same text as the app module makes from the link) and from the
     * Export menu inside the embed.
     */
    @Test
    void aPointsEmbedLoadsTheExportersOnlyForAnExport() {
        List<String> moduleRequests = recordModuleRequests();
        hostPage("<div id=\"a\"></div>");
        String formula = (String) page().evaluate("async () => {"
                + " window.a = NNPlayground.mount(document.getElementById('a'), { preset: 'xor', layout: 'full' });"
                + " await window.a.step(4); return window.a.exportModel('formula'); }");
        assertEquals(List.of("points.wasm", "app.wasm"), moduleRequests, "the exporters, when asked for");
        assertTrue(formula.contains("tanh"), formula);
        String json = (String) page().evaluate("() => window.a.exportModel('json')");
        org.nnplayground.core.export.ImportedModel model = org.nnplayground.core.export.ModelReader.read(json);
        assertEquals(4, model.epoch());
        assertEquals(page().evaluate("() => window.a.getState().then(s => s.fingerprint)"), model.network().fingerprint().hex(),
                "the export holds the embed's trained weights");
        Locator shadow = page().locator("#a");
        shadow.locator(".nnp-export-toggle").first().click();
        shadow.locator("[data-key=export-formula]").click();
        assertThat(shadow.locator(".nnp-export-formula")).hasText(formula);
        assertEquals(List.of("points.wasm", "app.wasm"), moduleRequests, "loaded once");
    }

    /** A page of another site with the embed script and {@code body}, nothing else of ours. */
    private void hostPage(String body) {
        hostPage(body, "");
    }

    /** {@link #hostPage(String)} with {@code query} (e.g. "?build=js") on its address. */
    private void hostPage(String body, String query) {
        page().route("**/host.html*", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody("<!doctype html><html lang=\"en\"><head>"
                        + "<meta charset=\"utf-8\"><title>host</title><script src=\"nn-playground.js\"></script></head>"
                        + "<body>" + body + "</body></html>")));
        navigate("/host.html" + query);
        page().waitForFunction("() => window.NNPlayground !== undefined");
    }

    @Test
    void theJavaScriptApiDrivesAnInstance() {
        navigate("/example-post.html");
        page().evaluate("() => { window.box = document.createElement('div'); document.body.prepend(window.box);"
                + " window.events = []; window.inst = NNPlayground.mount(window.box, { preset: 'xor' });"
                + " window.inst.on('epoch', e => window.events.push(e.epoch)); }");
        page().waitForFunction("() => window.box.shadowRoot && window.box.shadowRoot.querySelector('.nnp-epoch')");
        page().evaluate("() => window.inst.step(5)");
        page().waitForFunction("() => window.inst.getState().then(s => s.epoch === 5)");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> state = (java.util.Map<String, Object>) page().evaluate("() => window.inst.getState()");
        assertTrue(((String) state.get("link")).contains("preset=xor"), state.toString());
        assertEquals(false, state.get("playing"), "not autoplaying");
        page().waitForFunction("() => window.events.includes(5)");
        page().evaluate("() => window.inst.play()");
        page().waitForFunction("() => window.inst.getState().then(s => s.epoch > 8)");
        page().evaluate("() => window.inst.pause()");
        page().evaluate("() => window.inst.reset()");
        page().waitForFunction("() => window.inst.getState().then(s => s.epoch === 0)");
        @SuppressWarnings("unchecked")
        List<String> notices = (List<String>) page().evaluate("() => window.inst.setState('preset=spiral3&bogus=1')");
        assertTrue(notices.contains("Ignored the unknown setting 'bogus'."), notices.toString());
        page().evaluate("() => window.inst.destroy()");
        assertEquals(0, ((Number) page().evaluate("() => window.box.shadowRoot.childNodes.length")).intValue());
    }

    @Test
    void theIframeEmbedSizesItselfAndShowsOnlyTheFigure() {
        navigate("/example-post.html");
        page().evaluate("() => document.querySelector('iframe').scrollIntoView()");
        // The first height is posted while the playground is still loading; wait for the loaded one.
        page().waitForFunction("() => parseFloat(document.querySelector('iframe').style.height) > 300");
        double height = ((Number) page().evaluate("() => parseFloat(document.querySelector('iframe').style.height)")).doubleValue();
        assertTrue(height > 300 && height < 600, "posted height " + height);
        com.microsoft.playwright.Frame frame = page().frames().stream().filter(f -> f.url().contains("embed.html"))
                .findFirst().orElseThrow();
        frame.waitForSelector(".nnp-epoch");
        assertEquals(0, ((Number) frame.evaluate("() => document.querySelectorAll('.site-header, h1').length")).intValue(),
                "no header or prose in the embed");
        assertEquals(List.of("graph", "output"), frame.evaluate("() => [...document.querySelectorAll('.nnp-fig-cell')]"
                + ".map(c => c.dataset.view)"), "the figure with the views its link names");
        assertEquals("none", frame.evaluate("() => getComputedStyle(document.querySelector('.nnp-settings')).display"),
                "a slim run bar, without the training settings");
    }
}
