package org.nnplayground.web;

import org.nnplayground.core.state.lab.FreeRun;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.view.lab.SequenceCurvePainter;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Target and prediction over the steps of the chosen sequence ({@link SequenceCurvePainter}); for
 * the sine, a free-running switch continues the sequence with the network's own predictions fed back
 * in, beside the true sine.
 */
final class LabCurveView implements LabView {
    /** Steps a free run goes on past the sequence: twice its length, at most {@link #MAX_RUN}. */
    private static final int RUN_FACTOR = 2;
    private static final int MAX_RUN = 100;

    private final LabPage page;
    private final HTMLElement element;
    private final HTMLElement toggle;
    private final HTMLCanvasElement canvas;
    private final CanvasSurface surface;
    private final SequenceCurvePainter painter = new SequenceCurvePainter();
    private boolean freeRunning;

    private final SequenceTraces traces;

    LabCurveView(LabPage page, SequenceTraces traces) {
        this.traces = traces;
        this.page = page;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-curve");
        element.appendChild(Dom.text("figcaption", null, "Output over time"));
        toggle = Fields.checkbox("lab-free-run", "Free-running: feed the predictions back in", false, on -> {
            freeRunning = on;
            page.repaint();
        });
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-lab-canvas nnp-lab-curve-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "Target and prediction over the steps of the chosen sequence");
        Dom.append(element, toggle, canvas);
        surface = new CanvasSurface(canvas, page.theme());
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public boolean shows(LabSession session) {
        return LabSequences.numbers(session);
    }

    private static boolean sine(LabSession session) {
        return ((SequenceModel) session.state().model()).data().problem().hasPeriod();
    }

    @Override
    public void paint(LabSession session) {
        boolean sine = sine(session);
        Dom.show(toggle, sine);
        int index = LabSequences.index(session, page.selected());
        SequenceTrace trace = traces.of(session, page.selected());
        if (trace == null) {
            surface.fitToElement();
            surface.clear();
            canvas.setAttribute("aria-label", SequenceTraces.WORKING);
            return;
        }
        FreeRun run = sine && freeRunning ? FreeRun.of(session, index, Math.min(MAX_RUN, RUN_FACTOR * trace.steps())) : null;
        surface.fitToElement();
        painter.paint(surface, trace, run);
        canvas.setAttribute("aria-label", SequenceCurvePainter.describe(trace, run, index));
    }
}
