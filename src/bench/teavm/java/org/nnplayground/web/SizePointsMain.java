package org.nnplayground.web;

import org.nnplayground.core.link.LinkCodec;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Size measurement only (the benchmark's size part): the page as it would be if the points
 * playground were a module of its own. Starts only {@link PlaygroundPage} from the address, with
 * no sequence or image playground to switch to and none of the exported functions, so that TeaVM
 * leaves out everything only the other playground and the exports need.
 */
public final class SizePointsMain {
    private SizePointsMain() {
    }

    public static void main(String[] args) {
        HTMLElement app = Dom.document().querySelector("[data-nn-playground-page]");
        if (app == null) {
            return;
        }
        LinkCodec.Decoded decoded = LinkCodec.decode(LinkSync.currentFragment());
        PlaygroundPage page = new PlaygroundPage(app, decoded.link(), true);
        page.theme().alsoMark(Dom.document().getDocumentElement());
        page.showNotices(decoded.notices());
        page.onLinkChange(LinkSync::replaceFragment);
        page.start(true);
    }
}
