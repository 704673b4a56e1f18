package org.nnplayground.web;

import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.view.LossChartPainter;
import org.nnplayground.core.view.ViewText;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/** The loss over the epochs of a sequence or image run, the points' loss chart on a log axis. */
final class LabLossView implements LabView {
    private final HTMLElement element;
    private final HTMLCanvasElement canvas;
    private final CanvasSurface surface;
    private final LossChartPainter painter = new LossChartPainter();

    LabLossView(PageTheme theme) {
        element = Dom.el("figure", "nnp-lab-view nnp-lab-loss");
        element.appendChild(Dom.text("figcaption", null, "Loss"));
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-lab-canvas nnp-lab-loss-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "Training and test loss over the epochs");
        element.appendChild(canvas);
        surface = new CanvasSurface(canvas, theme);
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public boolean shows(LabSession session) {
        return true;
    }

    @Override
    public void paint(LabSession session) {
        surface.fitToElement();
        painter.paint(surface, session.history(), LossChartPainter.Options.defaults().withLogScale(true), Double.NaN);
        canvas.setAttribute("aria-label", ViewText.loss(true, session.last()));
    }

}
