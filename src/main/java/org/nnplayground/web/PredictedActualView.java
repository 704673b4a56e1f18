package org.nnplayground.web;

import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.PredictedActual;
import org.nnplayground.core.view.PredictedActualPainter;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The plot of predicted against actual values (or the confusion table of classes) that the output
 * column shows for a table of more than two inputs, whose output view is only a slice. Redrawn when
 * the weights changed: at once while paused, at most every {@value #EVERY_MS} ms while training
 * (a pass over up to 10,000 rows).
 */
final class PredictedActualView {
    private static final double EVERY_MS = 400;

    private final PlaygroundPage page;
    private final HTMLElement element = Dom.el("div", "nnp-predicted");
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-predicted-canvas");
    private final HTMLElement caption = Dom.el("p", "nnp-predicted-caption");
    private final CanvasSurface surface;
    private final PredictedActualPainter painter = new PredictedActualPainter();
    private long paintedWeights = -1;
    private Object paintedData;
    private double paintedAt = Double.NEGATIVE_INFINITY;
    private boolean resized = true;

    private final HTMLElement parent;
    private final HTMLElement before;

    /** The view, put into {@code parent} before {@code before} while the data has more than two inputs (else not in the page). */
    PredictedActualView(PlaygroundPage page, HTMLElement parent, HTMLElement before) {
        this.page = page;
        this.parent = parent;
        this.before = before;
        element.appendChild(Dom.text("h3", null, "Predicted against actual"));
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "Predicted against actual");
        canvas.setAttribute("data-key", "predicted-canvas");
        element.appendChild(canvas);
        element.appendChild(caption);
        surface = new CanvasSurface(canvas, page.theme());
        Browser.onResize(canvas, () -> {
            surface.fitToElement();
            resized = true;
            page.repaint();
        });
    }

    /** Shows the plot when the data has more than two inputs, brought up to the weights as described above. */
    void paint(Session session, boolean running) {
        Dataset train = session.data().train();
        boolean wide = train.slice() != null;
        if (Dom.contains(parent, element) != wide) {
            if (wide) {
                parent.insertBefore(element, before);
            } else {
                Dom.remove(element);
            }
            resized = true;
        }
        if (!wide) {
            return;
        }
        boolean stale = session.weightsVersion() != paintedWeights || session.data() != paintedData;
        if (!resized && (!stale || (running && Browser.now() - paintedAt < EVERY_MS))) {
            return;
        }
        resized = false;
        paintedWeights = session.weightsVersion();
        paintedData = session.data();
        paintedAt = Browser.now();
        PredictedActual plot = PredictedActual.of(session.trainer().network(), session.trainer().trainData(),
                session.trainer().testData(), train.numClasses());
        painter.paint(surface, plot);
        String text = plot.classes()
                ? NumberFormat.fixed(plot.accuracy() * 100, 1) + " % of the " + NumberFormat.grouped(plot.size())
                        + " rows are predicted in their class (rows: actual class, columns: predicted)."
                : "Each row's prediction against its target, training rows filled, test rows outlined; on the dashed"
                        + " line they agree.";
        caption.setTextContent(text);
        canvas.setAttribute("aria-label", "Predicted against actual: " + text);
    }
}
