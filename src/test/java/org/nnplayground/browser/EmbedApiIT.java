package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.train.Trainer;

/**
 * The JavaScript API of nn-playground.js on a bare host page, in both builds, one page per build:
 * setState keeps a paused instance paused, "epoch" fires once per epoch, a long step leaves the page
 * drawing and ends where the same epochs at once end, and mounting twice gives one playground.
 */
class EmbedApiIT extends BrowserTest {
    /** A host page of someone else's: the embed script and three empty boxes, nothing of ours besides. */
    private static final String HOST_PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>host</title><script src=\"nn-playground.js\"></script></head><body>"
            + "<div id=\"a\"></div><div id=\"b\"></div><div id=\"c\"></div></body></html>";

    private static final int LONG_STEP = 5000;

    private void openHostPage(String build) {
        page().route("**/api-host.html*", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody(HOST_PAGE)));
        navigate("/api-host.html?build=" + build);
        page().waitForFunction("() => window.NNPlayground !== undefined");
        page().evaluate("() => { window.waitFrames = n => new Promise(done => {"
                + " const next = () => (n-- <= 0 ? done() : requestAnimationFrame(next)); next(); }); }");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> state(String instance) {
        return (Map<String, Object>) page().evaluate("() => window." + instance + ".getState()");
    }

    private static String jvmFingerprint(String preset, int epochs) {
        Trainer trainer = Presets.byId(preset).state().newTrainer();
        trainer.trainEpochs(epochs);
        return trainer.network().fingerprint().hex();
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void theApiKeepsPlayStateFiresEachEpochStepsInSlicesAndMountsOnce(String build) {
        openHostPage(build);
        page().evaluate("async () => {"
                + " window.a = NNPlayground.mount(document.getElementById('a'), { preset: 'xor', autoplay: false });"
                + " window.b = NNPlayground.mount(document.getElementById('b'), { preset: 'xor', autoplay: true });"
                + " await window.a.getState(); await window.b.getState(); }");
        assertEquals(build.equals("js") ? "js" : "wasm-gc", build());

        // Mounting on the same element again gives the same instance and one playground.
        assertEquals(true, page().evaluate("() => NNPlayground.mount(document.getElementById('a'), { preset: 'spiral3' }) === window.a"));
        assertEquals(1, ((Number) page().evaluate("() => document.getElementById('a').shadowRoot.querySelectorAll('.nnp-epoch').length")).intValue(),
                "one playground in the element");

        // setState keeps a paused instance paused and a playing one playing.
        page().evaluate("async () => { await window.a.setState('preset=xor&lr=0.1'); await window.b.setState('preset=xor&lr=0.1');"
                + " await window.waitFrames(10); }");
        Map<String, Object> a = state("a");
        assertEquals(false, a.get("playing"), "a paused instance stays paused after setState: " + a);
        assertEquals(0, ((Number) a.get("epoch")).intValue(), "and trains nothing: " + a);
        assertTrue(((String) a.get("link")).contains("lr=0.1"), "the new state holds: " + a);
        Map<String, Object> b = state("b");
        assertEquals(true, b.get("playing"), "a playing instance goes on playing: " + b);
        page().evaluate("() => window.b.destroy()");

        // "epoch" fires once per epoch, in order, with the epoch's batch loss.
        page().evaluate("async () => { window.events = []; window.a.on('epoch', e => window.events.push(e));"
                + " window.frameEvents = []; window.a.on('frame', e => window.frameEvents.push(e.epoch));"
                + " await window.a.step(10); }");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) page().evaluate("() => window.events");
        List<Integer> epochs = new ArrayList<>();
        for (Map<String, Object> e : events) {
            epochs.add(((Number) e.get("epoch")).intValue());
            double loss = ((Number) e.get("batchLoss")).doubleValue();
            assertTrue(loss > 0 && loss < 10, "a batch loss: " + e);
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), epochs);
        page().waitForFunction("() => window.frameEvents.includes(10)");

        // A long step trains in slices: animation frames go on during it, and it ends at the bits of
        // the same epochs trained at once.
        page().evaluate("async () => { window.c = NNPlayground.mount(document.getElementById('c'), { preset: 'xor' });"
                + " await window.c.getState(); }");
        @SuppressWarnings("unchecked")
        Map<String, Object> stepped = (Map<String, Object>) page().evaluate("async () => {"
                + " let frames = 0, counting = true;"
                + " const count = () => { if (counting) { frames++; requestAnimationFrame(count); } };"
                + " requestAnimationFrame(count);"
                + " const s = await window.c.step(" + LONG_STEP + "); counting = false;"
                + " return Object.assign({ frames }, s); }");
        int frames = ((Number) stepped.get("frames")).intValue();
        assertTrue(frames > 3, "animation frames during step(" + LONG_STEP + "): " + frames);
        assertEquals(LONG_STEP, ((Number) stepped.get("epoch")).intValue());
        assertEquals(jvmFingerprint("xor", LONG_STEP), stepped.get("fingerprint"),
                "step(" + LONG_STEP + ") in slices ends at the weights of " + LONG_STEP + " epochs at once");
        System.out.println("EmbedApiIT " + build + ": " + frames + " animation frames during step(" + LONG_STEP + ")");

        // Destroyed, the element takes a new playground, again only one.
        page().evaluate("async () => { window.a.destroy(); window.a2 = NNPlayground.mount(document.getElementById('a'), { preset: 'xor' });"
                + " await window.a2.getState(); }");
        assertEquals(false, page().evaluate("() => window.a2 === window.a"));
        assertEquals(1, ((Number) page().evaluate("() => document.getElementById('a').shadowRoot.querySelectorAll('.nnp-epoch').length")).intValue());
    }
}
