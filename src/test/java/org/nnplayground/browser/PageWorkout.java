package org.nnplayground.browser;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Uses a playground the way a reader does, for tests that watch what the page does meanwhile
 * (policy violations, requests): trains, changes settings and the network, opens presets and
 * lessons, and presses the copy buttons.
 */
final class PageWorkout {
    /** Records Content-Security-Policy violations into {@code window.__cspViolations}, in every frame. */
    static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + " e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber), true);";

    private PageWorkout() {
    }

    /** Works through the main playground of {@code page} (index.html or embed.html). */
    static void mainPlayground(Page page) {
        PlaygroundPageObject p = new PlaygroundPageObject(page);
        p.play();
        p.waitForEpoch(p.epoch() + 3);
        key(page, "lr").selectOption("0.1");
        key(page, "layer-add").click();
        key(page, "neuron-add-0").click();
        key(page, "dataset-xor").click();
        key(page, "optimizer").selectOption("adam");
        key(page, "preset").selectOption("spiral3");
        p.waitForEpoch(3);
        key(page, "preset").selectOption("one-node");
        p.waitForEpoch(3);
        key(page, "step").click();
        key(page, "copy-link").click();
        key(page, "copy-weights").click();
        key(page, "copy-embed").click();
        p.frames(5);
    }

    /** The control with {@code data-key}, inside the page's document. */
    static Locator key(Page page, String dataKey) {
        return page.locator("[data-key='" + dataKey + "']").first();
    }

    /** The violations recorded in {@code frame} (empty when the recorder is missing: that fails below). */
    @SuppressWarnings("unchecked")
    static List<String> violations(Frame frame) {
        Object v = frame.evaluate("() => window.__cspViolations === undefined ? ['no recorder'] : window.__cspViolations");
        return (List<String>) v;
    }

    /** The policy of a frame's document, as its meta element states it; null without one. */
    static String metaPolicy(Frame frame) {
        return (String) frame.evaluate("() => { const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');"
                + " return m ? m.content : null; }");
    }
}
