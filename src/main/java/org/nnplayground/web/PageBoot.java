package org.nnplayground.web;

import org.nnplayground.core.link.LinkCodec;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Starts the playground on a page of our own: the element marked {@code data-nn-playground-page}
 * ("main" for index.html, "embed" for embed.html). Pages of other people are left alone; they use the
 * embed script, which mounts instances through {@link Instances}.
 */
final class PageBoot {
    private static PlaygroundPage main;

    private PageBoot() {
    }

    /** The page's own playground, or null on a page without one. */
    static PlaygroundPage mainPage() {
        return main;
    }

    static void start() {
        HTMLElement app = Dom.document().querySelector("[data-nn-playground-page]");
        if (app == null) {
            return;
        }
        boolean embed = "embed".equals(app.getAttribute("data-nn-playground-page"));
        LinkCodec.Decoded decoded = LinkCodec.decode(LinkSync.currentFragment());
        PlaygroundPage page = new PlaygroundPage(app, decoded.link(), !embed);
        page.theme().alsoMark(Dom.document().getDocumentElement()); // the page around the playground follows its scheme
        main = page;
        page.showNotices(decoded.notices());
        LinkSync.follow(page);
        page.start(true);
    }
}
