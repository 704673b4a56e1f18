package org.nnplayground.web;

import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.view.lab.ImageGridPainter;
import org.nnplayground.core.view.lab.ImageViewText;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The data grid of an image run ({@link ImageGridPainter}): the first {@link #SHOWN} images of the
 * test set with their labels and the network's answers. A click on an image selects it for the
 * other views; on the focused canvas the arrow keys move a cursor from image to image and Enter
 * or Space selects the one under it; a line under the grid says what the cursor is on.
 */
final class ImageGridView implements LabView {
    /** Images shown. */
    static final int SHOWN = 24;

    private final LabPage page;
    private final ImageRun run;
    private final HTMLElement element;
    private final HTMLCanvasElement canvas;
    private final HTMLElement readout;
    private final CanvasSurface surface;
    private final ImageGridPainter painter = new ImageGridPainter();
    private ImageGridPainter.Layout layout = ImageGridPainter.layout(300, 0);
    private int focused = -1;

    ImageGridView(LabPage page, ImageRun run) {
        this.page = page;
        this.run = run;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-wide nnp-image-grid");
        element.appendChild(Dom.text("figcaption", null, "Images"));
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-image-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-label", "Test images");
        readout = Dom.el("p", "nnp-image-readout");
        readout.setAttribute("aria-live", "polite");
        readout.setTextContent("Click an image, or use the arrow keys and Enter, to look at it in the other views.");
        Dom.append(element, canvas, readout);
        surface = new CanvasSurface(canvas, page.theme());
        Browser.onResize(canvas, page::repaint);
        canvas.addEventListener("click", evt -> {
            MouseEvent e = (MouseEvent) evt;
            int i = layout.hit(e.getOffsetX(), e.getOffsetY());
            if (i >= 0) {
                focused = i;
                choose(i);
            }
        });
        canvas.addEventListener("keydown", evt -> onKey((KeyboardEvent) evt));
        canvas.addEventListener("focus", evt -> {
            if (focused < 0) {
                focused = run.selected(page.session());
            }
            describe();
            page.repaint();
        });
        canvas.addEventListener("blur", evt -> {
            focused = -1;
            page.repaint();
        });
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey() || layout.count() == 0) {
            return;
        }
        int from = Math.max(0, focused);
        String key = e.getKey();
        if (key.equals("ArrowLeft")) {
            focused = layout.move(from, -1, 0);
        } else if (key.equals("ArrowRight")) {
            focused = layout.move(from, 1, 0);
        } else if (key.equals("ArrowUp")) {
            focused = layout.move(from, 0, -1);
        } else if (key.equals("ArrowDown")) {
            focused = layout.move(from, 0, 1);
        } else if (key.equals("Home")) {
            focused = 0;
        } else if (key.equals("End")) {
            focused = layout.count() - 1;
        } else if (key.equals("Enter") || key.equals(" ") || key.equals("Spacebar")) {
            focused = from;
            choose(from);
        } else {
            return;
        }
        e.preventDefault();
        e.stopPropagation();
        describe();
        page.repaint();
    }

    private void choose(int i) {
        page.select(i);
        describe();
    }

    private void describe() {
        LabSession session = page.session();
        ImageSet images = ImageRun.images(session);
        if (focused >= 0 && focused < images.size()) {
            run.refresh(session);
            int[] predicted = predictions(session, images);
            readout.setTextContent(ImageViewText.cell(images, focused, predicted)
                    + (focused == run.selected(session) ? " Selected." : " Enter selects it."));
        }
    }

    private int[] predictions(LabSession session, ImageSet images) {
        if (!ImageRun.trained(session) || run.confusion() == null) {
            return null;
        }
        int[] p = new int[images.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = run.confusion().predicted(i);
        }
        return p;
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public boolean shows(LabSession session) {
        return ImageRun.isImage(session);
    }

    @Override
    public void rebuilt(LabSession session) {
        focused = -1;
    }

    @Override
    public void paint(LabSession session) {
        run.refresh(session);
        ImageSet images = ImageRun.images(session);
        int shown = Math.min(SHOWN, images.size());
        layout = ImageGridPainter.layout(Math.max(1, canvas.getClientWidth()), shown);
        Dom.style(canvas, "height", layout.height() + "px");
        surface.fitToElement();
        int[] predicted = predictions(session, images);
        int selected = run.selected(session);
        painter.paint(surface, layout, images, predicted, selected, focused);
        canvas.setAttribute("aria-label", ImageViewText.grid(images, shown, ImageRun.onTest(session), predicted, selected));
    }
}
