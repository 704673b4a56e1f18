package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A browser test of the playground page: opens it in a given build and hands out its page object. */
abstract class PlaygroundTest extends BrowserTest {
    /** Opens the playground in {@code build} ("wasm" or "js") and waits until its run bar shows. */
    protected PlaygroundPageObject openPlayground(String build) {
        open("/?build=" + build);
        assertThat(page().locator("html")).hasAttribute("data-build", build.equals("js") ? "js" : "wasm-gc");
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        assertThat(p.epochCounter()).isVisible();
        return p;
    }

    /** Opens the playground in {@code build}, paused at epoch 0 with the initial weights. */
    protected PlaygroundPageObject openPaused(String build) {
        PlaygroundPageObject p = openPlayground(build);
        p.pauseAndReset();
        return p;
    }
}
