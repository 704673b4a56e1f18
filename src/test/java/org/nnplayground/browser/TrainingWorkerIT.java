package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.train.Trainer;

/**
 * A run whose one batch is beyond a frame trains in a Web Worker in the wasm-gc build, on either
 * page. A sequence run first: the
 * page's own trainer trains nothing while it plays (its sample count stays put while the epochs
 * shown go up), the page keeps drawing (more animation frames than batches trained, where training
 * on the page gives at most one frame per batch), Space is answered on the next frames, and after
 * the pause the page holds bit for bit the weights the JVM gets training as many batches from the
 * same link. Then a points run: the same hand-over, and after the pause the page's weights are the
 * JVM's after some number of batches from the same link. Counted in frames and batches, never in
 * milliseconds.
 */
class TrainingWorkerIT extends BrowserTest {
    /** Two LSTM layers of 128 on the default text: about 60 million multiply-adds a batch. */
    private static final String LINK = "lab=text&h=128,128";

    /** The epoch the page shows (its readout), as a script expression. */
    /**
     * How long an epoch of this run may take to show: its first losses alone are computed over frames
     * for about 20 s on a 2-core machine here, and the worker's epochs arrive in a group after them.
     * Patience, not a measure: nothing here times the run.
     */
    private static final Page.WaitForFunctionOptions PATIENT = new Page.WaitForFunctionOptions().setTimeout(120_000);
    private static final String SHOWN_EPOCH = "parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, ''), 10)";

    private int shownEpoch() {
        return ((Number) page().evaluate("() => " + SHOWN_EPOCH)).intValue();
    }

    private Object api(String name) {
        return callApi(name);
    }

    private long number(String name) {
        return ((Number) api(name)).longValue();
    }

    private String training() {
        return page().locator("#app").getAttribute("data-training");
    }

    @Test
    void aLargeRunTrainsInTheWorkerKeepsThePageDrawingAndComesBackBitForBit() {
        open("/?build=wasm#" + LINK);
        assertEquals("wasm-gc", build());
        Locator app = page().locator("#app");
        assertThat(app).hasAttribute("data-training", "worker");
        assertThat(page().locator(".nnp-lab-status")).containsText("in a background worker");
        long handedOverAt = number("pageLabSampleUpdates");

        page().evaluate("() => { window.framesSeen = 0; const f = () => { window.framesSeen++; requestAnimationFrame(f); };"
                + " requestAnimationFrame(f); }");
        page().waitForFunction(SHOWN_EPOCH + " >= 1", null, PATIENT);
        int epochStart = shownEpoch();
        int framesStart = ((Number) page().evaluate("() => window.framesSeen")).intValue();
        page().waitForFunction("e => " + SHOWN_EPOCH + " >= e + 1", epochStart, PATIENT);
        int epochs = shownEpoch() - epochStart;
        int frames = ((Number) page().evaluate("() => window.framesSeen")).intValue() - framesStart;
        int batchesPerEpoch = 16; // 160 training windows in batches of 10
        assertTrue(frames > epochs * batchesPerEpoch, frames + " frames while " + epochs * batchesPerEpoch
                + " batches trained: the page kept drawing");
        assertEquals(handedOverAt, number("pageLabSampleUpdates"), "the page's own trainer trained nothing meanwhile");
        assertEquals("worker", training());

        // Space pauses: the next frames already say the run is being taken back, or paused.
        page().evaluate("() => { const status = document.querySelector('.nnp-lab-status'); let n = -1;"
                + " document.addEventListener('keydown', () => { if (n < 0) n = 0; }, { capture: true, once: true });"
                + " const f = () => { if (n >= 0) { n++; const t = status.textContent;"
                + "  if (t.includes('taking the run back') || t.includes('paused')) { window.answeredIn = n; return; } }"
                + "  requestAnimationFrame(f); }; requestAnimationFrame(f); }");
        page().keyboard().press("Space");
        page().waitForFunction("() => window.answeredIn !== undefined");
        int answeredIn = ((Number) page().evaluate("() => window.answeredIn")).intValue();
        assertTrue(answeredIn <= 2, "Space answered within " + answeredIn + " frames");
        assertThat(page().locator("[data-key=play]")).hasText("Play");
        assertThat(app).hasAttribute("data-training", "page");

        long updates = number("pageLabSampleUpdates");
        assertTrue(updates > handedOverAt, "the worker's batches came back: " + updates);
        String fragment = ((String) page().evaluate("() => location.hash")).substring(1);
        LabSession jvm = new LabSession(LabLinks.decode(fragment).state());
        while (jvm.trainer().sampleUpdates() < updates) {
            jvm.trainer().advanceBatches(1);
        }
        assertEquals(updates, jvm.trainer().sampleUpdates());
        assertEquals(jvm.trainer().network().fingerprint().hex(), api("pageLabFingerprint"),
                "the page's weights after " + updates + " samples are the JVM's");
        Object paused = api("pageLabFingerprint");
        page().waitForTimeout(300);
        assertEquals(paused, api("pageLabFingerprint"), "paused, it trains no more");
    }

    @Test
    void aWorkerThatFailsIsSaidAndTrainingGoesOnOnThePageBitForBit() {
        // A worker script that fails as it starts (as a blocked or broken script would).
        page().route("**/train-worker.js", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/javascript").setBody("throw new Error('broken on purpose');")));
        allowPageProblem("broken on purpose");
        open("/?build=wasm#lab=text&h=64,64");
        assertThat(page().locator(".nnp-lab-notice")).containsText("Training in the background stopped");
        assertThat(page().locator(".nnp-lab-notice")).containsText("broken on purpose");
        assertThat(page().locator("#app")).hasAttribute("data-training", "page");
        page().waitForFunction("() => " + SHOWN_EPOCH + " >= 1", null, PATIENT);
        page().locator("[data-key=play]").click();
        assertThat(page().locator("[data-key=play]")).hasText("Play");
        long updates = number("pageLabSampleUpdates");
        assertTrue(updates > 0, "the page trained on: " + updates);
        String fragment = ((String) page().evaluate("() => location.hash")).substring(1);
        LabSession jvm = new LabSession(LabLinks.decode(fragment).state());
        while (jvm.trainer().sampleUpdates() < updates) {
            jvm.trainer().advanceBatches(1);
        }
        assertEquals(jvm.trainer().network().fingerprint().hex(), api("pageLabFingerprint"));
    }

    /**
     * Four tanh layers of 256 on the circle in batches of 100: about 60 million multiply-adds a batch,
     * three batches an epoch.
     */
    private static final String POINTS_LINK = "data=circle&n=500&h=256,256,256,256&act=tanh,tanh,tanh,tanh&batch=100&lr=0.003";

    @Test
    void aLargePointsRunTrainsInTheWorkerKeepsThePageDrawingAndComesBackBitForBit() {
        open("/?build=wasm#" + POINTS_LINK);
        assertEquals("wasm-gc", build());
        Locator app = page().locator("#app");
        assertThat(app).hasAttribute("data-training", "worker");
        assertThat(page().locator(".nnp-batch")).hasText("in a background worker");

        page().evaluate("() => { window.framesSeen = 0; const f = () => { window.framesSeen++; requestAnimationFrame(f); };"
                + " requestAnimationFrame(f); }");
        page().waitForFunction(SHOWN_EPOCH + " >= 1", null, PATIENT);
        int epochStart = shownEpoch();
        int framesStart = ((Number) page().evaluate("() => window.framesSeen")).intValue();
        page().waitForFunction("e => " + SHOWN_EPOCH + " >= e + 2", epochStart, PATIENT);
        int epochs = shownEpoch() - epochStart;
        int frames = ((Number) page().evaluate("() => window.framesSeen")).intValue() - framesStart;
        assertTrue(frames > epochs * 3, frames + " frames while " + epochs * 3 + " batches trained: the page kept drawing");

        // Space pauses: the next frames already say the run is being taken back, or show Play.
        page().evaluate("() => { const bar = document.querySelector('.nnp-batch'); const play = document.querySelector('[data-key=play]');"
                + " let n = -1; document.addEventListener('keydown', () => { if (n < 0) n = 0; }, { capture: true, once: true });"
                + " const f = () => { if (n >= 0) { n++;"
                + "  if (bar.textContent.includes('taking the run back') || play.getAttribute('aria-pressed') === 'false') {"
                + "   window.answeredIn = n; return; } }"
                + "  requestAnimationFrame(f); }; requestAnimationFrame(f); }");
        page().keyboard().press("Space");
        page().waitForFunction("() => window.answeredIn !== undefined");
        int answeredIn = ((Number) page().evaluate("() => window.answeredIn")).intValue();
        assertTrue(answeredIn <= 2, "Space answered within " + answeredIn + " frames");
        assertThat(page().locator("[data-key=play]")).hasAttribute("aria-pressed", "false");
        assertThat(app).hasAttribute("data-training", "page");

        String fingerprint = (String) api("pageFingerprint");
        String fragment = ((String) page().evaluate("() => location.hash")).substring(1);
        Trainer jvm = LinkCodec.decode(fragment).link().state().newTrainer();
        int batches = 0;
        while (!jvm.network().fingerprint().hex().equals(fingerprint) && batches < 3 * (epochs + epochStart + 20)) {
            jvm.advanceBatches(1);
            batches++;
        }
        assertEquals(jvm.network().fingerprint().hex(), fingerprint, "the page's weights are the JVM's after some batches");
        assertTrue(jvm.epoch() >= epochStart + 2, "the worker's epochs came back: " + jvm.epoch());
        page().waitForFunction("e => " + SHOWN_EPOCH + " === e", jvm.epoch(), PATIENT);
        page().waitForTimeout(300);
        assertEquals(fingerprint, api("pageFingerprint"), "paused, it trains no more");
    }

    @Test
    void aSmallPointsRunAtTheTopSpeedTrainsInTheWorkerAndLeavesTheFramesToDrawing() {
        // Six layers of 8 tanh at 1,000 epochs a frame: more than a frame's budget trains, every frame.
        open("/?build=wasm#h=8,8,8,8,8,8&act=tanh,tanh,tanh,tanh,tanh,tanh&speed=1000");
        Locator app = page().locator("#app");
        assertThat(app).hasAttribute("data-training", "worker");
        page().waitForFunction(SHOWN_EPOCH + " >= 500", null, PATIENT);
        page().locator("[data-key=play]").click();
        assertThat(page().locator("[data-key=play]")).hasAttribute("aria-pressed", "false");
        assertThat(app).hasAttribute("data-training", "page");
        page().waitForTimeout(300);
        int epoch = shownEpoch();
        String fragment = ((String) page().evaluate("() => location.hash")).substring(1);
        Trainer jvm = LinkCodec.decode(fragment).link().state().newTrainer();
        jvm.advance(epoch);
        assertEquals(jvm.network().fingerprint().hex(), api("pageFingerprint"),
                "the page's weights after " + epoch + " epochs, most of them trained in the worker, are the JVM's");
    }
}
