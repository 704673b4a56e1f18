package org.nnplayground.web;

import org.nnplayground.core.link.LabLinks;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Size measurement only (the benchmark's size part): the page as it would be if the sequence and
 * image playground were a module of its own. Starts only {@link LabPage} from the address (its
 * way back to the points opens nothing), without the exported functions.
 */
public final class SizeLabMain {
    private SizeLabMain() {
    }

    public static void main(String[] args) {
        HTMLElement app = Dom.document().querySelector("[data-nn-playground-page]");
        if (app == null) {
            return;
        }
        LabPage page = new LabPage(app, LabLinks.decode(LinkSync.currentFragment()), fragment -> { }, true);
        page.theme().alsoMark(Dom.document().getDocumentElement());
        page.onLinkChange(LinkSync::replaceFragment);
        page.start(true);
    }
}
