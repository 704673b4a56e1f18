package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.train.Trainer;

/** Links replay the same run bit for bit, carry trained networks, and survive whatever arrives in them. */
class LinkIT extends BrowserTest {
    private int loads;

    /** A fresh page load (a new query each time, so that only-the-fragment-changed never applies). */
    private PlaygroundPageObject openLink(String build, String fragment) {
        open("/?build=" + build + "&load=" + (++loads) + "#" + fragment);
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        assertThat(p.epochCounter()).isVisible();
        return p;
    }

    private com.microsoft.playwright.Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private String fingerprint() {
        return (String) callApi("pageFingerprint");
    }

    private static String withStop(String fragment, int epochs) {
        return fragment.replace("&stop=0", "&stop=" + epochs);
    }

    private static String jvmFingerprint(String fragment, int epochs) {
        LinkState link = LinkCodec.decode(fragment).link();
        Trainer t = link.state().newTrainer();
        t.trainEpochs(epochs);
        return t.network().fingerprint().hex();
    }

    @Test
    void aChangedSetupReplaysBitForBitInAnotherPageLoadAndAnotherBuild() {
        PlaygroundPageObject p = openLink("wasm", "");
        p.pause();
        key("lr").selectOption("0.1");
        key("layer-add").click();
        key("optimizer").selectOption("adam");
        String fragment = ((String) page().evaluate("() => location.hash")).substring(1);
        assertTrue(fragment.contains("lr=0.1") && fragment.contains("h=4,2,2") && fragment.contains("opt=adam"), fragment);
        String link = withStop(fragment, 40);
        String expected = jvmFingerprint(link, 40);

        for (String build : new String[] {"wasm", "js"}) {
            PlaygroundPageObject again = openLink(build, link);
            again.waitForEpoch(40);
            page().waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'false'");
            assertEquals(40, again.epoch(), "the link stops at its epoch");
            assertEquals(expected, fingerprint(), "the " + build + " build replays the JVM's run");
        }
    }

    @Test
    void aLinkWithWeightsOpensTheTrainedNetwork() {
        PlaygroundPageObject p = openLink("wasm", "preset=xor&stop=30");
        p.waitForEpoch(30);
        page().waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'false'");
        String trained = fingerprint();
        String withWeights = (String) callApi("pageLink", true);
        assertTrue(withWeights.contains("&w=") && withWeights.contains("&we=30"), withWeights);
        PlaygroundPageObject copy = openLink("js", withWeights);
        assertEquals(trained, fingerprint(), "the same trained network");
        assertThat(copy.epochCounter()).hasText("Epoch 30");
        assertEquals("false", copy.playButton().getAttribute("aria-pressed"), "a trained network opens paused");
    }

    /**
     * The address keeps a link's weights while that trained network is shown, so that copying the
     * address again (or reloading) opens it again; made at "Stop at epoch" 30, the link still trains on Play.
     */
    @Test
    void theAddressKeepsTheWeightsUntilTheNetworkTrainsOn() {
        openLink("wasm", "preset=xor&stop=30");
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        p.waitForEpoch(30);
        p.waitUntilPaused();
        String trained = fingerprint();
        String withWeights = (String) callApi("pageLink", true);
        assertTrue(withWeights.contains("&stop=30&") && withWeights.contains("&we=30"), withWeights);
        for (String build : new String[] {"wasm", "js"}) {
            PlaygroundPageObject copy = openLink(build, withWeights);
            copy.settle();
            assertEquals("#" + withWeights, page().evaluate("() => location.hash"), "the address keeps w= (" + build + ")");
            page().reload();
            awaitReady();
            assertThat(copy.epochCounter()).hasText("Epoch 30");
            assertEquals(trained, fingerprint(), "a reload opens the same weights (" + build + ")");
            assertEquals("#" + withWeights, page().evaluate("() => location.hash"));
            // Stop at epoch 30 is behind the network: Play trains on, and the weights leave the address.
            copy.play();
            copy.waitForEpoch(33);
            page().waitForFunction("() => !location.hash.includes('&w=') && location.hash.includes('&stop=30&')");
            copy.pause();
        }
    }

    @Test
    void theAddressFollowsTheControlsWithoutFloodingHistory() {
        PlaygroundPageObject p = openLink("wasm", "");
        Object before = page().evaluate("() => history.length");
        key("lr").selectOption("0.3");
        key("batch").selectOption("30");
        page().waitForFunction("() => location.hash.includes('lr=0.3') && location.hash.includes('batch=30')");
        assertEquals(before, page().evaluate("() => history.length"));
    }

    /** Encodings of the link so far, as the playground counts them on its element. */
    private int linkEncodings() {
        return Integer.parseInt((String) page().evaluate("() => document.querySelector('.nnp').getAttribute('data-link-encodings')"));
    }

    /**
     * Moves the pointer over the whole graph and along the loss chart (a frame now and then), then
     * off them; how many of the moves showed the graph's tooltip.
     */
    private int sweepTheViews() {
        return ((Number) page().evaluate("async () => {"
                + " const frame = () => new Promise(r => requestAnimationFrame(r));"
                + " const tip = document.querySelector('.nnp-tooltip'); let shown = 0, moves = 0;"
                + " for (const sel of ['.nnp-graph-canvas', '.nnp-loss-canvas']) {"
                + "  const c = document.querySelector(sel); const r = c.getBoundingClientRect();"
                + "  for (let y = 1; y < r.height; y += 4) { for (let x = 1; x < r.width; x += 4) {"
                + "   c.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + x, clientY: r.top + y, bubbles: true }));"
                + "   if (sel === '.nnp-graph-canvas' && !tip.hidden) { shown++; }"
                + "   if (++moves % 200 === 0) { await frame(); } } }"
                + "  c.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false })); }"
                + " await frame(); return shown; }")).intValue();
    }

    @Test
    void pointingAtTheViewsRepaintsWithoutEncodingTheLinkButAnEditEncodesIt() {
        for (String build : new String[] {"wasm", "js"}) {
            PlaygroundPageObject p = openLink(build, "");
            assertThat(page().locator("html")).hasAttribute("data-build", build.equals("wasm") ? "wasm-gc" : "js");
            p.pause();
            p.settle();
            int before = linkEncodings();
            int tooltips = sweepTheViews();
            assertTrue(tooltips > 10, "the sweep pointed at weights, biases and neurons (" + build + "): " + tooltips);
            p.frames(3);
            assertEquals(before, linkEncodings(), "pointing at the graph and the loss chart leaves the link alone (" + build + ")");
            key("lr").selectOption("0.3");
            page().waitForFunction("() => location.hash.includes('lr=0.3')");
            assertTrue(linkEncodings() > before, "an edit brings the link up to date (" + build + ")");
        }
    }

    @Test
    void aTypedLinkOpensAtOnce() {
        PlaygroundPageObject p = openLink("wasm", "");
        page().evaluate("() => { location.hash = '#preset=spiral3'; }");
        assertThat(page().locator(".nnp-lesson h2")).hasText("7. Classification with softmax");
        assertThat(key("output")).hasValue("softmax");
    }

    @Test
    void aTensorFlowPlaygroundLinkOpensTheSameSetup() {
        PlaygroundPageObject p = openLink("wasm", "activation=relu&batchSize=20&dataset=xor&regDataset=reg-plane"
                + "&learningRate=0.1&regularizationRate=0&noise=10&networkShape=3,2&seed=0.1&showTestData=true"
                + "&discretize=false&percTrainData=60&x=true&y=true&xTimesY=true&problem=classification&initZero=false");
        assertThat(page().locator(".nnp-notice")).containsText("Opened a TensorFlow Playground link");
        assertThat(page().locator(".nnp-notice")).containsText("'initZero'");
        assertThat(page().locator("[data-key='dataset-xor']")).hasAttribute("aria-pressed", "true");
        assertThat(key("lr")).hasValue("0.1");
        assertThat(key("batch")).hasValue("20");
        assertThat(page().locator(".nnp-layer-count .nnp-count")).hasText("2 hidden layers");
        assertThat(page().locator("[data-key='feature-x1x2']")).isChecked();
        assertThat(page().locator("[data-key='show-test']")).isChecked();
    }

    @Test
    void hostileLinksAreNamedAndThePageKeepsTraining() {
        PlaygroundPageObject p = openLink("wasm", "");
        page().evaluate("() => { window.__pwned = 0; }");
        Object elementsBefore = page().evaluate(COUNT_ACTIVE_ELEMENTS);
        List<String> fragments = hostileFragments(200);
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            String f = fragments.get(i);
            if (LinkCodec.isTensorFlowLink(f)) {
                theirs.add(f); // the points module hands these to the module that reads them: a reload, tried below
                continue;
            }
            page().evaluate("f => { location.hash = f; }", "#" + f);
            if (i % 40 == 0) {
                assertThat(page().locator(".nnp-notice")).isVisible();
            }
        }
        assertEquals(0, ((Number) page().evaluate("() => window.__pwned")).intValue(), "no script from a link ran");
        assertNull(page().evaluate("() => document.querySelector('.nnp img, .nnp script[src=\"x\"], .nnp iframe')"));
        assertEquals(elementsBefore, page().evaluate(COUNT_ACTIVE_ELEMENTS), "no element came from a link");
        page().evaluate("() => { location.hash = '#preset=xor'; }");
        p.play();
        int start = p.epoch();
        p.waitForEpoch(start + 5);
        assertTrue(p.distinctColours(".nnp-output-canvas") > 10, "the output is drawn");
        // A fresh load of a hostile link also opens a working page.
        PlaygroundPageObject fresh = openLink("js", "n=1e999&lr=NaN&h=-1,99999&data=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&w=%%%");
        assertThat(page().locator(".nnp-notice")).isVisible();
        fresh.play();
        fresh.waitForEpoch(3);
        assertEquals(null, page().evaluate("() => window.__pwned"));
        // A hostile TensorFlow Playground link opens in the module that reads those, named the same way.
        assertTrue(theirs.size() > 10, "some hostile links are TensorFlow Playground's: " + theirs.size());
        PlaygroundPageObject other = openLink("wasm", theirs.get(0));
        assertEquals("app", page().evaluate("() => window.nnPlaygroundLoader.chosenModule"));
        assertThat(page().locator(".nnp-notice")).isVisible();
        other.play();
        other.waitForEpoch(3);
        assertEquals(null, page().evaluate("() => window.__pwned"));
    }

    /** How many elements of the kinds an injection would make the document holds, by tag. */
    private static final String COUNT_ACTIVE_ELEMENTS = "() => Object.fromEntries(['script', 'img', 'iframe', 'svg',"
            + " 'object', 'embed', 'style', 'link', 'a', 'b', 'form', 'base', 'meta']"
            + ".map(t => [t, document.getElementsByTagName(t).length]))";

    private static List<String> hostileFragments(int count) {
        String[] payloads = {"<script>window.__pwned=1</script>", "%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E",
            "\"><svg/onload=window.__pwned=1>", "javascript:window.__pwned=1", "NaN", "Infinity", "-1e308", "1e999",
            "-0", "0x10", "%00%01", "%E2%80%AE", "%F0%9F%98%80", "%", "%zz", "&&&", "==", "a".repeat(10_000), "9".repeat(400)};
        String[] keys = {"v", "preset", "data", "n", "noise", "train", "classes", "seed", "f", "h", "act", "out", "loss",
            "skip", "init", "lr", "batch", "opt", "reg", "rate", "bias", "shuffle", "disc", "test", "stop", "hide", "w",
            "we", "networkShape", "learningRate", "<b>"};
        Rng rng = new Rng(314);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder f = new StringBuilder();
            int pairs = 1 + rng.nextInt(4);
            for (int k = 0; k < pairs; k++) {
                if (k > 0) {
                    f.append('&');
                }
                f.append(keys[rng.nextInt(keys.length)]).append('=').append(payloads[rng.nextInt(payloads.length)]);
            }
            out.add(f.toString());
        }
        return out;
    }

    @Test
    void twoLoadsOfTheSameLinkGiveTheSameLink() {
        openLink("wasm", "preset=polynomial");
        String a = (String) callApi("pageLink", false);
        openLink("js", a);
        String b = (String) callApi("pageLink", false);
        assertEquals(a, b, "one state, one link, in both builds");
        assertNotEquals("", a);
    }
}
