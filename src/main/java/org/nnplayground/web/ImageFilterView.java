package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.ImageTrace;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.view.lab.FilterPainter;
import org.nnplayground.core.view.lab.ImageViewText;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The filters of an image run's convolutions, live while training ({@link FilterPainter}). Hovering
 * a weight reads it in the line under the drawing; on the focused canvas the arrow keys move through
 * the weights (left and right one weight, up and down one kernel row) and read each.
 */
final class ImageFilterView implements LabView {
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLCanvasElement canvas;
    private final HTMLElement readout;
    private final CanvasSurface surface;
    private final FilterPainter painter = new FilterPainter();
    private FilterPainter.Layout layout = FilterPainter.layout(List.of(), 300);
    private FilterPainter.Hit cursor;

    ImageFilterView(LabPage page) {
        this.page = page;
        element = Dom.el("figure", "nnp-lab-view nnp-image-filters");
        element.appendChild(Dom.text("figcaption", null, "Filters"));
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-image-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-label", "Filters");
        readout = Dom.el("p", "nnp-image-readout");
        readout.setAttribute("aria-live", "polite");
        readout.setTextContent("Hover a weight, or focus the filters and use the arrow keys, to read it.");
        Dom.append(element, canvas, readout);
        surface = new CanvasSurface(canvas, page.theme());
        Browser.onResize(canvas, page::repaint);
        canvas.addEventListener("pointermove", evt -> {
            MouseEvent e = (MouseEvent) evt;
            FilterPainter.Hit hit = layout.hit(e.getOffsetX(), e.getOffsetY());
            if (hit != null && !hit.equals(cursor)) {
                cursor = hit;
                describe();
                page.repaint();
            }
        });
        canvas.addEventListener("keydown", evt -> onKey((KeyboardEvent) evt));
    }

    private List<Conv2d> convolutions() {
        return ImageTrace.convolutions(page.session().trainer().network());
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey() || layout.weights() == 0) {
            return;
        }
        String key = e.getKey();
        int kernel = cursor == null ? 1 : layout.boxes().get(cursor.layer()).kernel();
        if (key.equals("ArrowLeft")) {
            cursor = layout.move(cursor, -1);
        } else if (key.equals("ArrowRight")) {
            cursor = layout.move(cursor, 1);
        } else if (key.equals("ArrowUp")) {
            cursor = layout.move(cursor, -kernel);
        } else if (key.equals("ArrowDown")) {
            cursor = layout.move(cursor, kernel);
        } else if (key.equals("Home")) {
            cursor = layout.at(0);
        } else if (key.equals("End")) {
            cursor = layout.at(layout.weights() - 1);
        } else {
            return;
        }
        e.preventDefault();
        e.stopPropagation();
        describe();
        page.repaint();
    }

    private void describe() {
        if (cursor != null) {
            readout.setTextContent(ImageViewText.weight(convolutions(), cursor));
        }
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public boolean shows(LabSession session) {
        return ImageRun.isImage(session) && !ImageTrace.convolutions(session.trainer().network()).isEmpty();
    }

    @Override
    public void rebuilt(LabSession session) {
        cursor = null;
    }

    @Override
    public void paint(LabSession session) {
        List<Conv2d> convs = ImageTrace.convolutions(session.trainer().network());
        layout = FilterPainter.layout(convs, Math.max(1, canvas.getClientWidth()));
        if (cursor != null && (cursor.layer() >= layout.boxes().size()
                || layout.indexOf(cursor) >= layout.weights() || cursor.filter() >= layout.boxes().get(cursor.layer()).filters())) {
            cursor = null;
        }
        Dom.style(canvas, "height", Math.max(20, layout.height()) + "px");
        surface.fitToElement();
        painter.paint(surface, layout, convs, cursor);
        canvas.setAttribute("aria-label", ImageViewText.filters(convs));
        if (!session.playing()) {
            describe(); // not while training: the live read-out would speak at every frame
        }
    }
}
