package org.nnplayground.web;

import org.nnplayground.core.link.EmbedCode;
import org.nnplayground.core.link.LinkCodec;
import org.teavm.jso.dom.html.HTMLElement;

/** Copy a link to this setup (with or without the trained weights) or the code to embed it. */
final class ShareControls {
    private final HTMLElement element;

    ShareControls(PlaygroundPage page) {
        element = Dom.el("div", "nnp-share");
        element.setAttribute("role", "group");
        element.setAttribute("aria-label", "Share");
        element.appendChild(Dom.button("copy-link", "Copy link", "Copy a link that replays this setup", null,
                () -> Clipboard.copy(address() + "#" + LinkCodec.encode(page.currentLink()), page)));
        element.appendChild(Dom.button("copy-weights", "Copy link with weights",
                "Copy a link that opens this very trained network", null,
                () -> Clipboard.copy(address() + "#" + LinkCodec.encode(page.currentLinkWithWeights()), page)));
        element.appendChild(Dom.button("copy-embed", "Copy embed code", "Copy HTML that puts this playground in a page",
                null, () -> Clipboard.copy(EmbedCode.of(folder(), page.currentLink()), page)));
    }

    HTMLElement element() {
        return element;
    }

    private static String address() {
        return LinkSync.pageAddress();
    }

    /** The folder the page was served from, e.g. https://example.org/playground/. */
    private static String folder() {
        String a = address();
        int slash = a.lastIndexOf('/');
        return slash < 0 ? a : a.substring(0, slash + 1);
    }
}
