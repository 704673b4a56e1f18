package org.nnplayground.web;

import java.util.function.Consumer;
import org.nnplayground.core.link.LinkCodec;
import org.teavm.jso.dom.html.HTMLElement;

/** The points playground ({@link PlaygroundPage}) as {@link PageBoot} shows it. */
final class PointsKind implements PageKind {
    private final HTMLElement app;
    private final boolean embed;
    private final Consumer<String> write;
    private final Consumer<String> openLab;
    private PlaygroundPage page;

    /**
     * @param write puts a link the playground made into the address
     * @param openLab opens a sequence or image problem by its id, from the points page's own entry to them
     */
    PointsKind(HTMLElement app, boolean embed, Consumer<String> write, Consumer<String> openLab) {
        this.app = app;
        this.embed = embed;
        this.write = write;
        this.openLab = openLab;
    }

    /** The playground, or null when it is not showing. */
    PlaygroundPage page() {
        return page;
    }

    @Override
    public boolean showing() {
        return page != null;
    }

    @Override
    public void open(String fragment) {
        LinkCodec.Decoded decoded = PointsLinks.decode(fragment);
        if (page != null) {
            page.applyLink(decoded.link());
            page.showNotices(decoded.notices());
            return;
        }
        page = new PlaygroundPage(app, decoded.link(), !embed);
        page.theme().alsoMark(Dom.document().getDocumentElement()); // the page around the playground follows its scheme
        page.showNotices(decoded.notices());
        page.onLinkChange(write);
        page.onOpenLab(openLab);
        page.start(true);
    }

    @Override
    public boolean wrote(String fragment) {
        return page != null && fragment.equals("#" + LinkCodec.encode(page.addressLink()));
    }

    @Override
    public void destroy() {
        if (page != null) {
            page.destroy();
            page = null;
        }
    }
}
