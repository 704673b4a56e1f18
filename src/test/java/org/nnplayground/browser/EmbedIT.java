package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Playgrounds inside other people's pages: the example post, the custom element, the JS API and the iframe. */
class EmbedIT extends BrowserTest {
    /** The epoch each <nn-playground> of the page shows (-1 where it has not started). */
    @SuppressWarnings("unchecked")
    private List<Number> epochs() {
        return (List<Number>) page().evaluate("() => Array.from(document.querySelectorAll('nn-playground')).map(e => {"
                + " const c = e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch');"
                + " return c ? parseInt(c.textContent.replace(/[^0-9]/g, '')) : -1; })");
    }

    @Test
    void fourInstancesStartLazilyAndRunIndependently() {
        page().setViewportSize(1000, 500);
        // Counts every WebAssembly compilation of the page (TeaVM's runtime also compiles a tiny probe
        // module of its own) and every request for the build from the page itself (the iframe further
        // down is a document of its own, which loads its own): the page's instances share one load.
        page().addInitScript("(() => { window.wasmCompiles = 0; for (const name of ['compile', 'compileStreaming',"
                + " 'instantiate', 'instantiateStreaming']) { const f = WebAssembly[name];"
                + " WebAssembly[name] = function (source, ...rest) { if (!(source instanceof WebAssembly.Module)) {"
                + " window.wasmCompiles++; } return f.call(this, source, ...rest); }; } })()");
        List<String> moduleRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
        page().onRequest(request -> {
            if (request.frame() == page().mainFrame()
                    && (request.url().endsWith("/app.wasm") || request.url().endsWith("/app.js"))) {
                moduleRequests.add(request.url());
            }
        });
        navigate("/example-post.html");
        page().waitForFunction("() => { const e = document.querySelector('nn-playground');"
                + " return e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch'); }");
        List<Number> first = epochs();
        assertEquals(-1, first.get(3).intValue(), "the last instance, far below, has not started yet: " + first);
        int compilesAfterFirst = ((Number) page().evaluate("() => window.wasmCompiles")).intValue();
        page().evaluate("() => document.querySelectorAll('nn-playground')[3].scrollIntoView()");
        page().waitForFunction("() => { const e = document.querySelectorAll('nn-playground')[3];"
                + " const c = e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch');"
                + " return c && parseInt(c.textContent.replace(/[^0-9]/g, '')) > 3; }");
        assertEquals(1, moduleRequests.size(), "one download of the build for the page's four instances: " + moduleRequests);
        assertTrue(moduleRequests.get(0).endsWith("/wasm/app.wasm"), "this Chromium loads the wasm-gc build: " + moduleRequests);
        assertTrue(compilesAfterFirst >= 1, "the first instance compiled the module");
        assertEquals(compilesAfterFirst, ((Number) page().evaluate("() => window.wasmCompiles")).intValue(),
                "the instances started later compile nothing");
        // Each has its own network: different presets draw different graphs, and no ids are shared.
        Object ids = page().evaluate("() => Array.from(document.querySelectorAll('nn-playground'))"
                + ".flatMap(e => Array.from(e.shadowRoot.querySelectorAll('[id]')).map(n => n.id))");
        assertEquals(List.of(), ids, "no ids inside instances");
        assertEquals(4, ((Number) page().evaluate("() => document.querySelectorAll('nn-playground').length")).intValue());
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
