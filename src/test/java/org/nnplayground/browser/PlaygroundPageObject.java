package org.nnplayground.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The playground page as a person sees it: its controls by their accessible names, its read-outs. */
final class PlaygroundPageObject {
    private final Page page;

    PlaygroundPageObject(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    Locator playButton() {
        return page.locator(".nnp-play");
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    Locator epochCounter() {
        return page.locator(".nnp-epoch");
    }

    int epoch() {
        return Integer.parseInt(epochCounter().textContent().replaceAll("[^0-9]", ""));
    }

    double trainingLoss() {
        return Double.parseDouble(page.locator(".nnp-metric").filter(new Locator.FilterOptions().setHasText("Training loss"))
                .locator(".nnp-metric-value").textContent());
    }

    String metricsText() {
        return page.locator(".nnp-metrics").textContent();
    }

    void pause() {
        if ("true".equals(playButton().getAttribute("aria-pressed"))) {
            playButton().click();
        }
        page.waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'false'");
    }

    void play() {
        if (!"true".equals(playButton().getAttribute("aria-pressed"))) {
            playButton().click();
        }
    }

    /** Waits until the epoch counter shows at least {@code epochs}. */
    void waitForEpoch(int epochs) {
        page.waitForFunction("n => parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, '')) >= n",
                epochs);
    }

    /** How many different colours a canvas shows (0 for a blank one). */
    int distinctColours(String selector) {
        Object n = page.evaluate("sel => { const c = document.querySelector(sel); const ctx = c.getContext('2d');"
                + " const d = ctx.getImageData(0, 0, c.width, c.height).data; const seen = new Set();"
                + " for (let i = 0; i < d.length; i += 16) { if (d[i + 3] > 0) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); }"
                + " return seen.size; }", selector);
        return ((Number) n).intValue();
    }

    /** A hash of a canvas's pixels, to tell whether a drawing changed. */
    String pixelHash(String selector) {
        return (String) page.evaluate("sel => { const c = document.querySelector(sel);"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let h = 0;"
                + " for (let i = 0; i < d.length; i++) { h = (Math.imul(h, 31) + d[i]) | 0; } return String(h); }", selector);
    }
}
