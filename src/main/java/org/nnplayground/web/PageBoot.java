package org.nnplayground.web;

import org.nnplayground.core.state.Presets;
import org.teavm.jso.dom.html.HTMLElement;

/** Starts the playground on the page that loaded the build: in the element with id "app", if any. */
final class PageBoot {
    private PageBoot() {
    }

    static void start() {
        HTMLElement app = Dom.document().getElementById("app");
        if (app == null) {
            return;
        }
        PlaygroundPage page = new PlaygroundPage(app, Presets.defaultPreset().state(), true);
        page.start(true);
    }
}
