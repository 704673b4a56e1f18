package org.nnplayground.web;

import java.util.function.Consumer;
import org.nnplayground.core.link.LabLinks;
import org.teavm.jso.dom.html.HTMLElement;

/** The sequence and image playground ({@link LabPage}) as {@link PageBoot} shows it. */
final class LabKind implements PageKind {
    private final HTMLElement app;
    private final boolean embed;
    private final Consumer<String> write;
    private final Consumer<String> openPoints;
    private LabPage page;

    /**
     * @param write puts a link the playground made into the address
     * @param openPoints opens a points link (the way back from the sequences and images)
     */
    LabKind(HTMLElement app, boolean embed, Consumer<String> write, Consumer<String> openPoints) {
        this.app = app;
        this.embed = embed;
        this.write = write;
        this.openPoints = openPoints;
    }

    /** The playground, or null when it is not showing. */
    LabPage page() {
        return page;
    }

    @Override
    public boolean showing() {
        return page != null;
    }

    @Override
    public void open(String fragment) {
        LabLinks.Decoded decoded = LabLinks.decode(fragment);
        if (page != null) {
            page.applyLink(decoded);
            return;
        }
        page = new LabPage(app, decoded, openPoints, !embed);
        page.theme().alsoMark(Dom.document().getDocumentElement());
        page.onLinkChange(write);
        page.start(true);
    }

    @Override
    public boolean wrote(String fragment) {
        return page != null && fragment.equals("#" + page.link());
    }

    @Override
    public void destroy() {
        if (page != null) {
            page.destroy();
            page = null;
        }
    }
}
