package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.view.lab.CellDiagramPainter;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The recurrent network as blocks ({@link CellDiagramPainter}): input, each cell with its loop, the
 * head, the links sized and coloured by their weights. The pointer, or the arrow keys on the focused
 * canvas, name a block and its weights in the line below; a click (or Enter) on a layer opens
 * {@link LabWeightEditor} to edit one of its weights, as the points' graph edits a link.
 */
final class LabCellView implements LabView {
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLCanvasElement canvas;
    private final CanvasSurface surface;
    private final HTMLElement readout;
    private final CellDiagramPainter painter = new CellDiagramPainter();
    private int hover = -1;
    private int keyBlock = -1;
    private boolean focused;
    private int blocks = 1;
    private final LabWeightEditor editor;

    LabCellView(LabPage page) {
        this.page = page;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-cells");
        element.appendChild(Dom.text("figcaption", null, "Network"));
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-lab-canvas nnp-lab-cells-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-label", "The network's layers");
        readout = Dom.text("output", "nnp-lab-readout", "Point at a block, or focus the picture and use the arrow keys, to name it.");
        readout.setAttribute("aria-live", "polite");
        editor = new LabWeightEditor(page);
        Dom.append(element, canvas, readout, editor.element());
        surface = new CanvasSurface(canvas, page.theme());
        canvas.addEventListener("pointermove", evt -> {
            MouseEvent e = (MouseEvent) evt;
            int b = painter.hitAt(e.getOffsetX(), e.getOffsetY());
            if (b != hover) {
                hover = b;
                page.repaint();
            }
        });
        canvas.addEventListener("pointerleave", evt -> {
            hover = -1;
            page.repaint();
        });
        canvas.addEventListener("focus", evt -> {
            focused = true;
            keyBlock = Math.max(0, keyBlock);
            page.repaint();
        });
        canvas.addEventListener("blur", evt -> {
            focused = false;
            page.repaint();
        });
        canvas.addEventListener("click", evt -> {
            MouseEvent e = (MouseEvent) evt;
            pick(painter.hitAt(e.getOffsetX(), e.getOffsetY()));
        });
        canvas.addEventListener("keydown", evt -> {
            KeyboardEvent e = (KeyboardEvent) evt;
            if (e.getKey().equals("Enter") && keyBlock >= 0) {
                pick(keyBlock);
                e.preventDefault();
                e.stopPropagation();
                return;
            }
            int d = e.getKey().equals("ArrowLeft") ? -1 : e.getKey().equals("ArrowRight") ? 1 : 0;
            if (d == 0 || e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
                return;
            }
            keyBlock = Math.max(0, Math.min(blocks - 1, keyBlock + d));
            e.preventDefault();
            e.stopPropagation();
            page.repaint();
        });
    }

    /** Opens the weight editor on block {@code b} of the diagram (its first is the input, which has none). */
    private void pick(int b) {
        List<org.nnplayground.core.nn.layer.Layer> layers = page.session().trainer().network().layers();
        if (b >= 1 && b - 1 < layers.size()) {
            editor.edit(layers.get(b - 1), CellDiagramPainter.blocks(page.session().trainer().network()).get(b).detail());
        }
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public boolean shows(LabSession session) {
        return session.state().model() instanceof SequenceModel;
    }

    @Override
    public void rebuilt(LabSession session) {
        hover = -1;
        keyBlock = -1;
        editor.edit(null, "");
    }

    @Override
    public void paint(LabSession session) {
        List<CellDiagramPainter.Block> list = CellDiagramPainter.blocks(session.trainer().network());
        blocks = list.size();
        keyBlock = Math.min(keyBlock, blocks - 1);
        int shown = hover >= 0 ? hover : focused ? keyBlock : -1;
        surface.fitToElement();
        painter.paint(surface, list, shown);
        canvas.setAttribute("aria-label", CellDiagramPainter.describeAll(list));
        if (shown >= 0 && shown < blocks) {
            readout.setTextContent(painter.describe(shown));
        }
    }
}
