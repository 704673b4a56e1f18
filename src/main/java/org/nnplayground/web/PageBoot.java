package org.nnplayground.web;

import java.util.function.Function;
import org.nnplayground.core.link.LabLinks;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Starts the playground on a page of our own: the element marked {@code data-nn-playground-page}
 * ("main" for index.html, "embed" for embed.html). Pages of other people are left alone; they use the
 * embed script, which mounts instances through {@link Instances}.
 *
 * <p>The page holds one playground at a time: the points in the plane ({@link PointsKind}) or the
 * sequence and image problems ({@link LabKind}), as the link says. It keeps the address in step with
 * it (see {@link LinkSync}) and opens a link the reader types in, swapping one kind for the other
 * when the link is of the other kind. A module that carries one kind only ({@link PointsMain},
 * {@link LabMain}) hands a link of the other kind, or one it does not read (see {@link PointsLinks}),
 * over to the module that has it ({@link HandedOverKind}); it then tells the links apart as loader.js
 * does, so that the two never disagree about which module a link needs.
 */
final class PageBoot {
    private static PointsKind points;
    private static LabKind lab;
    private static PageKind pointsKind;
    private static PageKind labKind;
    /** Which of the page's kinds opens a link (pointsKind, labKind, or one that hands it to another module). */
    private static Function<String, PageKind> kindFor;

    private PageBoot() {
    }

    /** The page's own points playground, or null on a page without one (or showing sequences or images). */
    static PlaygroundPage mainPage() {
        return points == null ? null : points.page();
    }

    /** The page's own sequence or image playground, or null. */
    static LabPage labPage() {
        return lab == null ? null : lab.page();
    }

    /** Starts a page of the module that carries both kinds. */
    static void start() {
        HTMLElement app = app();
        if (app == null) {
            return;
        }
        points = new PointsKind(app, embed(app), PageBoot::write, PageBoot::openLab);
        lab = new LabKind(app, embed(app), PageBoot::write, PageBoot::openPoints);
        begin(points, lab, fragment -> LabLinks.isLab(fragment) ? lab : points);
    }

    /** Starts a page of the module that carries only the points. */
    static void startPoints() {
        HTMLElement app = app();
        if (app == null) {
            return;
        }
        points = new PointsKind(app, embed(app), PageBoot::write, PageBoot::openLab);
        PageKind elsewhere = new HandedOverKind();
        begin(points, elsewhere, fragment -> moduleByLoader(fragment).equals("points") ? points : elsewhere);
    }

    /** Starts a page of the module that carries only the sequences and images. */
    static void startLab() {
        HTMLElement app = app();
        if (app == null) {
            return;
        }
        lab = new LabKind(app, embed(app), PageBoot::write, PageBoot::openPoints);
        PageKind elsewhere = new HandedOverKind();
        begin(elsewhere, lab, fragment -> moduleByLoader(fragment).equals("lab") ? lab : elsewhere);
    }

    private static HTMLElement app() {
        return Dom.document().querySelector("[data-nn-playground-page]");
    }

    private static boolean embed(HTMLElement app) {
        return "embed".equals(app.getAttribute("data-nn-playground-page"));
    }

    private static void begin(PageKind pointsOne, PageKind labOne, Function<String, PageKind> kindOf) {
        pointsKind = pointsOne;
        labKind = labOne;
        kindFor = kindOf;
        open(LinkSync.currentFragment());
        LinkSync.onHashChange(PageBoot::typed);
    }

    /** A fragment typed or pasted into the address: opened unless it is the link the page wrote. */
    private static void typed() {
        String typed = LinkSync.currentFragment();
        if (pointsKind.wrote(typed) || labKind.wrote(typed)) {
            return;
        }
        open(typed);
    }

    private static void open(String fragment) {
        PageKind wanted = kindFor.apply(fragment);
        if (!wanted.showing()) {
            (wanted == pointsKind ? labKind : pointsKind).destroy();
        }
        wanted.open(fragment);
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
        labKind.destroy();
        open(fragment);
    }

    /** Whether loader.js, which chose this module by the link, takes {@code fragment} for a sequence or image link. */
    @JSBody(params = "fragment", script = "return window.nnPlaygroundLoader.kindOf(fragment) === 'lab';")
    static native boolean isLabByLoader(String fragment);

    /**
     * The module loader.js loads for a page of link {@code fragment}: "lab", "points", or "app" for a
     * points link that only the module with both kinds reads (a TensorFlow Playground link).
     */
    @JSBody(params = "fragment", script = "return window.nnPlaygroundLoader.moduleOf(fragment);")
    static native String moduleByLoader(String fragment);
}
