package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;

/**
 * Every preset opens and trains at the widths people use: a phone (360 px), a blog column or
 * tablet (700 px) and a desktop (1,280 px), in both builds, and in {@code embed.html} on a phone.
 * No page error (the base class fails a test on any uncaught error or console error), the epoch
 * counter moves (or, for the lesson that is about divergence, the divergence is reported) and each
 * lesson's drawn views have something on them.
 *
 * <p>One page per build and width: the presets are opened one after another by changing the
 * address's fragment, as a reader following links would. The lesson with the gradient-flow strip
 * comes first, so that a failure there would also show as the later presets not training.
 */
class PresetsAtWidthsIT extends BrowserTest {
    private static final int[] WIDTHS = {360, 700, 1280};

    /** The presets in the order opened: skip connections first, then the others as listed. */
    private static List<Preset> order() {
        List<Preset> list = new ArrayList<>();
        list.add(Presets.byId("skip"));
        for (Preset p : Presets.all()) {
            if (!p.id().equals("skip")) {
                list.add(p);
            }
        }
        return list;
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void everyPresetTrainsAtEveryWidth(String build) {
        for (int width : WIDTHS) {
            useContext(new Browser.NewContextOptions().setViewportSize(width, 800));
            open("/?build=" + build + "#preset=skip");
            for (Preset preset : order()) {
                if (!preset.id().equals("skip")) { // skip is the one the page opened with
                    openByHash(preset.id());
                }
                assertTrains(preset.id() + " at " + width + " px (" + build + ")");
            }
            // Back to the lesson with the strip, after all the others: still drawn and training.
            openByHash("skip");
            assertTrains("skip again at " + width + " px (" + build + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theEmbedPageTrainsTheSkipLessonOnAPhone(String build) {
        useContext(new Browser.NewContextOptions().setViewportSize(360, 700));
        // The figure embed.html shows, with the lesson's own drawn views (by default a figure has none of them).
        open("/embed.html?build=" + build + "#preset=skip&views=output,compare,flow");
        assertTrains("embed.html, skip at 360 px (" + build + ")");
    }

    /** Opens a preset by changing the fragment and waits until the page has applied it. */
    private void openByHash(String id) {
        page().evaluate("id => { location.hash = 'preset=' + id; }", id);
        // The page rewrites the fragment to the whole link of what it opened.
        page().waitForFunction("id => location.hash.includes('&preset=' + id + '&')", id);
    }

    /**
     * The epoch counter moves by two (or the divergence alert says training diverged), and every
     * drawn view of the lesson, including the gradient-flow strip, has colours on it.
     */
    private void assertTrains(String what) {
        Page page = page();
        PlaygroundPageObject p = new PlaygroundPageObject(page);
        page.waitForFunction("() => { const a = document.querySelector('.nnp-alert');"
                + " if (a && !a.hidden && a.textContent.includes('diverged')) return true;"
                + " const e = parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, ''), 10);"
                + " return e >= 2; }");
        List<String> views = lessonViewSelectors();
        for (String selector : views) {
            page.waitForFunction("sel => { const c = document.querySelector(sel); if (!c || c.width < 1) return false;"
                    + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const seen = new Set();"
                    + " for (let i = 0; i < d.length; i += 16) { if (d[i + 3] > 0) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); }"
                    + " return seen.size > 5; }", selector);
        }
        if (what.startsWith("skip") || what.contains(", skip")) {
            assertTrue(views.contains(".nnp-flow canvas"), what + ": the gradient-flow strip is shown");
            assertTrue(p.distinctColours(".nnp-flow canvas") > 5, what + ": the gradient-flow strip is drawn");
        }
        assertEquals(List.of(), unexpectedPageProblems(), what);
    }

    /** A selector for each of the lesson's drawn views on the page now. */
    @SuppressWarnings("unchecked")
    private List<String> lessonViewSelectors() {
        return (List<String>) page().evaluate("() => [...document.querySelectorAll('.nnp-lesson-view')]"
                + ".map(f => '.' + [...f.classList].filter(c => c !== 'nnp-lesson-view')[0] + ' canvas')");
    }
}
