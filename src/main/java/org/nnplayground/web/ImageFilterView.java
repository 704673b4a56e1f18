package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.ImageTrace;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.lab.FilterPainter;
import org.nnplayground.core.view.lab.ImageViewText;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

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
    private final HTMLInputElement editor;
    /** Whether the reader is typing in the editor (whose value then stays as typed). */
    private boolean editing;

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
        editor = (HTMLInputElement) Dom.el("input", "nnp-image-weight");
        editor.setType("text");
        editor.setAttribute("inputmode", "decimal");
        editor.setAttribute("size", "8");
        editor.setAttribute("data-key", "filter-weight");
        editor.setAttribute("aria-label", "The weight picked in the filters: type a new value and press Enter");
        editor.addEventListener("change", evt -> setWeight());
        editor.addEventListener("focus", evt -> editing = true);
        editor.addEventListener("blur", evt -> editing = false);
        HTMLElement edit = Dom.append(Dom.el("label", "nnp-image-edit"), Dom.text("span", null, "Set the weight: "), editor);
        Dom.append(element, canvas, readout, edit);
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
        canvas.addEventListener("click", evt -> {
            MouseEvent e = (MouseEvent) evt;
            FilterPainter.Hit hit = layout.hit(e.getOffsetX(), e.getOffsetY());
            if (hit != null) {
                cursor = hit;
                describe();
                editor.focus(); // a click edits the weight, as on the points' graph
            }
        });
    }

    /** Puts the typed value into the picked weight of the live network (once a run training in a worker is back). */
    private void setWeight() {
        page.whenLocal(this::setWeightHere);
    }

    private void setWeightHere() {
        if (cursor == null) {
            page.showNotice("Pick a weight in the filters first (hover or click it, or use the arrow keys).");
            return;
        }
        double value = Fields.parse(editor.getValue().trim(), Double.NaN);
        Conv2d conv = convolutions().get(cursor.layer());
        try {
            String notice = page.session().setParameter(conv.weights(), cursor.filter(),
                    (cursor.channel() * conv.kernel() + cursor.row()) * conv.kernel() + cursor.column(), value);
            page.showNotice(notice);
        } catch (IllegalArgumentException e) {
            page.showNotice(e.getMessage());
        }
        describe();
        page.repaint();
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
        } else if (key.equals("Enter") && cursor != null) {
            editor.focus();
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
            if (!editing) {
                editor.setValue(NumberFormat.significant(FilterPainter.weight(convolutions(), cursor), 4));
            }
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
