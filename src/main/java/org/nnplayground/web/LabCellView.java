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
 * canvas, name a block and its weights in the line below.
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
        Dom.append(element, canvas, readout);
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
        canvas.addEventListener("keydown", evt -> {
            KeyboardEvent e = (KeyboardEvent) evt;
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
