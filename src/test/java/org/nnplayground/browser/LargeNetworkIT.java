package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The largest network the playground allows (16 hidden layers of 256 ReLU neurons) keeps the page
 * answering: the views' grid work per frame stays within its budget while training and while
 * paused, a click on pause takes effect by the next frame, and the paused picture is refined to
 * whole and fresh within a bounded number of frames. Counted in frames and multiply-adds, never in
 * milliseconds.
 */
class LargeNetworkIT extends BrowserTest {
    private static final String LARGEST;

    static {
        List<String> h = new ArrayList<>();
        List<String> act = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            h.add("256");
            act.add("relu");
        }
        LARGEST = "h=" + String.join(",", h) + "&act=" + String.join(",", act);
    }

    /** The output canvas's per-frame grid work, recorded at each of the next {@code n} frames. */
    @SuppressWarnings("unchecked")
    private List<Number> gridWorkOverFrames(int n) {
        return (List<Number>) page().evaluate("n => new Promise(r => { const c = document.querySelector('.nnp-output-canvas');"
                + " const out = []; const f = () => { out.push(Number(c.getAttribute('data-grid-work')));"
                + " if (out.length >= n) r(out); else requestAnimationFrame(f); }; requestAnimationFrame(f); })", n);
    }

    private long gridLimit() {
        return Long.parseLong(page().locator(".nnp-output-canvas").getAttribute("data-grid-limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theLargestNetworkStaysResponsive(String build) {
        open("/?build=" + build + "#" + LARGEST);
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        assertThat(p.playButton()).hasAttribute("aria-pressed", "true");
        p.frames(2); // the first picture of a new shape is evaluated whole, once
        long limit = gridLimit();
        // A frame advances the grids of the views it draws: within the limit in every frame, and in
        // some of them (the others draw only the loss chart, or wait for a slow view's turn).
        List<Number> training = gridWorkOverFrames(12);
        for (Number work : training) {
            assertTrue(work.longValue() <= limit, "grid work while training: " + work + " of " + limit);
        }
        assertTrue(training.stream().anyMatch(w -> w.longValue() > 0), "the grids advance while training: " + training);

        // Pause: in effect by the next frame: the weights do not move after it.
        p.playButton().click();
        assertThat(p.playButton()).hasAttribute("aria-pressed", "false");
        p.frames(1);
        Object weights = callApi("pageFingerprint");
        p.frames(3);
        assertEquals(weights, callApi("pageFingerprint"), "paused");

        // Paused, the picture is refined within the budget, to whole and fresh, in a bounded number of frames.
        Number frames = (Number) page().evaluate("limit => new Promise((resolve, reject) => {"
                + " const c = document.querySelector('.nnp-output-canvas'); let n = 0;"
                + " const f = () => { n++; const w = Number(c.getAttribute('data-grid-work'));"
                + "  if (w > limit) { reject(new Error('grid work ' + w + ' above ' + limit)); return; }"
                + "  if (c.getAttribute('data-grid-complete') === 'true') { resolve(n); return; }"
                + "  if (n > 2000) { reject(new Error('not complete after 2000 frames')); return; }"
                + "  requestAnimationFrame(f); }; requestAnimationFrame(f); })", (double) limit);
        assertTrue(frames.intValue() >= 1, "refined in " + frames + " frames");
        // A repaint of the finished picture (the pointer over the loss chart redraws the views) costs no grid work.
        page().locator(".nnp-loss-canvas").dispatchEvent("pointermove");
        p.frames(2);
        assertEquals("0", page().locator(".nnp-output-canvas").getAttribute("data-grid-work"),
                "a whole, fresh picture costs nothing more");

        // A control change while paused (a layer's activation) is answered at once, and the new
        // shape's picture is drawn again within the budget.
        PageWorkout.key(page(), "activation-0").selectOption("tanh");
        assertThat(page().locator("[data-key='activation-0']")).hasValue("tanh");
        p.frames(2);
        for (Number work : gridWorkOverFrames(3)) {
            assertTrue(work.longValue() <= limit, "grid work after an edit: " + work);
        }
    }
}
