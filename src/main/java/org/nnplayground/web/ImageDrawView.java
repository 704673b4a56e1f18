package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.ImageTrace;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.view.lab.DrawPad;
import org.nnplayground.core.view.lab.DrawPadPainter;
import org.nnplayground.core.view.lab.FeatureMapPainter;
import org.nnplayground.core.view.lab.FeatureMapPainter.FeatureLayer;
import org.nnplayground.core.view.lab.ImageViewText;
import org.nnplayground.core.view.lab.ProbabilityPainter;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Draw your own: a pad at the problem's image size ({@link DrawPad}) where the reader draws with a
 * mouse, a pen or a finger, or with the keyboard (arrow keys move a cursor, Space paints, Backspace
 * or Delete clears), and the network's class probabilities and feature maps for the drawing,
 * updated as they draw and as the network learns. A button clears the pad; the drawing can be added
 * to the training set with a class ({@link ImageAddControls}).
 */
final class ImageDrawView implements LabView {
    private final LabPage page;
    /** The drawing's trace, worked out over paints at the limits when only the weights changed. */
    private final ImageTraces traces;
    private final HTMLElement element;
    private final HTMLCanvasElement pad;
    private final CanvasSurface padSurface;
    private final HTMLCanvasElement bars;
    private final CanvasSurface barsSurface;
    private final HTMLCanvasElement maps;
    private final CanvasSurface mapsSurface;
    private final HTMLElement hint;
    private final DrawPadPainter padPainter = new DrawPadPainter();
    private final ProbabilityPainter barsPainter = new ProbabilityPainter();
    private final FeatureMapPainter mapsPainter = new FeatureMapPainter();
    private DrawPad drawing = new DrawPad(8);
    private boolean drawingNow;
    private double lastX;
    private double lastY;
    private boolean focused;
    private final ImageAddControls adds;

    ImageDrawView(LabPage page) {
        this.page = page;
        this.traces = new ImageTraces(page);
        element = Dom.el("figure", "nnp-lab-view nnp-image-draw");
        element.appendChild(Dom.text("figcaption", null, "Draw your own"));
        pad = (HTMLCanvasElement) Dom.el("canvas", "nnp-image-pad");
        pad.setAttribute("role", "img");
        pad.setAttribute("tabindex", "0");
        pad.setAttribute("aria-label", "Drawing pad");
        hint = Dom.text("p", "nnp-image-readout", "Draw a figure on the pad: the network says what it sees.");
        HTMLElement clear = Dom.button("image-clear", "Clear", "Clears the drawing pad", "nnp-image-clear", () -> {
            drawing.clear();
            changed();
        });
        bars = canvas("Class probabilities of the drawing");
        maps = canvas("Feature maps of the drawing");
        adds = new ImageAddControls(page, () -> drawing, () -> {
            drawing.clear();
            changed();
        });
        Dom.append(element, Dom.append(Dom.el("div", "nnp-image-pad-row"), pad, clear), hint, adds.element(), bars, maps);
        padSurface = new CanvasSurface(pad, page.theme());
        barsSurface = new CanvasSurface(bars, page.theme());
        mapsSurface = new CanvasSurface(maps, page.theme());
        Browser.onResize(element, page::repaint);
        pad.addEventListener("pointerdown", evt -> {
            MouseEvent e = (MouseEvent) evt;
            capture(pad, evt);
            evt.preventDefault();
            drawingNow = true;
            double[] at = at(e);
            lastX = at[0];
            lastY = at[1];
            drawing.dab(lastX, lastY);
            changed();
        });
        pad.addEventListener("pointermove", evt -> {
            if (drawingNow) {
                double[] at = at((MouseEvent) evt);
                drawing.stroke(lastX, lastY, at[0], at[1]);
                lastX = at[0];
                lastY = at[1];
                changed();
            }
        });
        pad.addEventListener("pointerup", evt -> drawingNow = false);
        pad.addEventListener("pointercancel", evt -> drawingNow = false);
        pad.addEventListener("keydown", evt -> onKey((KeyboardEvent) evt));
        pad.addEventListener("focus", evt -> {
            focused = true;
            page.repaint();
        });
        pad.addEventListener("blur", evt -> {
            focused = false;
            page.repaint();
        });
    }

    @JSBody(params = {"element", "event"}, script = "if (element.setPointerCapture && event.pointerId !== undefined) {"
            + " try { element.setPointerCapture(event.pointerId); } catch (e) { } }")
    private static native void capture(HTMLElement element, Event event);

    private static HTMLCanvasElement canvas(String label) {
        HTMLCanvasElement c = (HTMLCanvasElement) Dom.el("canvas", "nnp-image-canvas");
        c.setAttribute("role", "img");
        c.setAttribute("aria-label", label);
        return c;
    }

    private double[] at(MouseEvent e) {
        return DrawPadPainter.toPad(e.getOffsetX(), e.getOffsetY(), Math.max(1, pad.getClientWidth()),
                Math.max(1, pad.getClientHeight()), drawing.side());
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
            return;
        }
        String key = e.getKey();
        if (key.equals("ArrowLeft")) {
            drawing.moveCursor(-1, 0);
        } else if (key.equals("ArrowRight")) {
            drawing.moveCursor(1, 0);
        } else if (key.equals("ArrowUp")) {
            drawing.moveCursor(0, -1);
        } else if (key.equals("ArrowDown")) {
            drawing.moveCursor(0, 1);
        } else if (key.equals(" ") || key.equals("Spacebar")) {
            drawing.paintCursor();
        } else if (key.equals("Backspace") || key.equals("Delete")) {
            drawing.clear();
        } else {
            return;
        }
        e.preventDefault();
        e.stopPropagation();
        changed();
    }

    private void changed() {
        pad.setAttribute("aria-label", ImageViewText.pad(drawing));
        page.repaint();
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
        if (ImageRun.isImage(session)) {
            int side = ((ImageModel) session.state().model()).data().side();
            if (side != drawing.side()) {
                drawing = new DrawPad(side);
                drawingNow = false;
                pad.setAttribute("aria-label", ImageViewText.pad(drawing));
            }
        }
    }

    @Override
    public void paint(LabSession session) {
        rebuilt(session);
        adds.render(session);
        padSurface.fitToElement();
        padPainter.paint(padSurface, drawing, focused);
        ImageTrace trace = traces.of(session.trainer().network(), session.weightsVersion(), drawing.pixels(), drawing.side());
        List<String> names = ((ImageModel) session.state().model()).data().problem().classNames();
        Dom.style(bars, "height", ProbabilityPainter.height(names.size()) + "px");
        barsSurface.fitToElement();
        double[] p = trace.probabilities();
        barsPainter.paint(barsSurface, names, p, -1);
        String said = ImageViewText.probabilities(names, p, -1);
        bars.setAttribute("aria-label", said);
        hint.setTextContent(drawing.isEmpty() ? "Draw a figure on the pad: the network says what it sees."
                : "The network says " + names.get(trace.predicted()) + " (" + ProbabilityPainter.percent(p[trace.predicted()]) + ").");
        List<FeatureLayer> layers = ImageRun.featureLayers(trace);
        FeatureMapPainter.Layout layout = FeatureMapPainter.layout(layers, Math.max(1, maps.getClientWidth()));
        Dom.style(maps, "height", layout.height() + "px");
        mapsSurface.fitToElement();
        mapsPainter.paint(mapsSurface, layout, layers);
        maps.setAttribute("aria-label", ImageViewText.features("the drawing", layers));
    }
}
