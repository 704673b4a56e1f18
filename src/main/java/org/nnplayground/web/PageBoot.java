package org.nnplayground.web;

import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.LinkCodec;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Starts the playground on a page of our own: the element marked {@code data-nn-playground-page}
 * ("main" for index.html, "embed" for embed.html). Pages of other people are left alone; they use the
 * embed script, which mounts instances through {@link Instances}.
 *
 * <p>The page holds one playground at a time: the points in the plane ({@link PlaygroundPage}) or
 * the sequence and image problems ({@link LabPage}), as the link says. It keeps the address in step
 * with it (see {@link LinkSync}) and opens a link the reader types in, swapping one kind for the
 * other when the link is of the other kind.
 */
final class PageBoot {
    private static PlaygroundPage main;
    private static LabPage lab;
    private static HTMLElement app;
    private static boolean embed;

    private PageBoot() {
    }

    /** The page's own points playground, or null on a page without one (or showing sequences or images). */
    static PlaygroundPage mainPage() {
        return main;
    }

    /** The page's own sequence or image playground, or null. */
    static LabPage labPage() {
        return lab;
    }

    static void start() {
        app = Dom.document().querySelector("[data-nn-playground-page]");
        if (app == null) {
            return;
        }
        embed = "embed".equals(app.getAttribute("data-nn-playground-page"));
        open(LinkSync.currentFragment());
        LinkSync.onHashChange(PageBoot::typed);
    }

    /** A fragment typed or pasted into the address: opened unless it is the link the page wrote. */
    private static void typed() {
        String typed = LinkSync.currentFragment();
        if (main != null && typed.equals("#" + LinkCodec.encode(main.addressLink()))) {
            return;
        }
        if (lab != null && typed.equals("#" + lab.link())) {
            return;
        }
        open(typed);
    }

    private static void open(String fragment) {
        if (LabLinks.isLab(fragment)) {
            LabLinks.Decoded decoded = LabLinks.decode(fragment);
            if (lab != null) {
                lab.applyLink(decoded);
                return;
            }
            if (main != null) {
                main.destroy();
                main = null;
            }
            lab = new LabPage(app, decoded, PageBoot::openPoints, !embed);
            lab.theme().alsoMark(Dom.document().getDocumentElement());
            lab.onLinkChange(PageBoot::write);
            lab.start(true);
            return;
        }
        LinkCodec.Decoded decoded = LinkCodec.decode(fragment);
        if (main != null) {
            main.applyLink(decoded.link());
            main.showNotices(decoded.notices());
            return;
        }
        if (lab != null) {
            lab.destroy();
            lab = null;
        }
        main = new PlaygroundPage(app, decoded.link(), !embed);
        main.theme().alsoMark(Dom.document().getDocumentElement()); // the page around the playground follows its scheme
        main.showNotices(decoded.notices());
        main.onLinkChange(PageBoot::write);
        main.onOpenLab(PageBoot::openLab);
        main.start(true);
    }

    private static void write(String fragment) {
        if (!LinkSync.currentFragment().equals("#" + fragment)) {
            LinkSync.replaceFragment(fragment);
        }
    }

    /** Opens sequence or image problem {@code problem} from its start in place of the points. */
    private static void openLab(String problem) {
        open(LabLinks.KEY + "=" + problem);
    }

    /** Opens the points playground at the default (or {@code fragment}) in place of the sequences or images. */
    private static void openPoints(String fragment) {
        if (lab != null) {
            lab.destroy();
            lab = null;
        }
        open(fragment);
    }
}
