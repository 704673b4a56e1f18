package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.Alternative;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.state.TeachingView;
import org.nnplayground.core.teach.GradientFlow;
import org.nnplayground.core.teach.LossLandscape;
import org.nnplayground.core.teach.StepInspector;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.train.TrainingData;
import org.nnplayground.core.view.CompareChartPainter;
import org.nnplayground.core.view.GradientFlowPainter;
import org.nnplayground.core.view.GradientHistory;
import org.nnplayground.core.view.LandscapePainter;
import org.nnplayground.core.view.PathRecorder;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The drawn teaching views of a lesson: the loss landscape with the path taken, the gradient-flow
 * strip, and the comparison of the lesson's variants, which train side by side with the main run.
 */
final class LessonCanvases {
    /** Gradient sizes are measured every this many drawn frames while training. */
    private static final int FLOW_EVERY = 6;

    private final PlaygroundPage page;
    private final HTMLElement element;
    private final LandscapePainter landscapePainter = new LandscapePainter();
    private final GradientFlowPainter flowPainter = new GradientFlowPainter();
    private final CompareChartPainter comparePainter = new CompareChartPainter();
    private final PathRecorder path = new PathRecorder();
    private final GradientHistory flowHistory = new GradientHistory();
    private CanvasSurface landscapeSurface;
    private CanvasSurface flowSurface;
    private CanvasSurface compareSurface;
    private LossLandscape landscape;
    private TrainingData landscapeData;
    private GradientFlow flow;
    private TrainingData flowData;
    private Network pathNetwork;
    private final List<Session> variants = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private int frames;

    LessonCanvases(PlaygroundPage page) {
        this.page = page;
        element = Dom.el("div", "nnp-lesson-views");
    }

    HTMLElement element() {
        return element;
    }

    /** Builds the canvases the lesson asks for (none for a plain preset). */
    void render(Preset lesson) {
        Dom.clear(element);
        landscapeSurface = null;
        flowSurface = null;
        compareSurface = null;
        variants.clear();
        names.clear();
        path.clear();
        flowHistory.clear();
        if (lesson == null) {
            return;
        }
        if (lesson.shows(TeachingView.LANDSCAPE)) {
            landscapeSurface = canvas("Loss landscape", "nnp-landscape",
                    "The loss over the weight w and the bias b, the path gradient descent took and the current gradient");
        }
        if (lesson.shows(TeachingView.GRADIENT_FLOW)) {
            flowSurface = canvas("Gradient flow", "nnp-flow", "The size of each layer's gradient over the epochs");
        }
        if (lesson.shows(TeachingView.COMPARE) && !lesson.variants().isEmpty()) {
            compareSurface = canvas("Compared", "nnp-compare", "The training loss of each variant over the epochs");
            for (Alternative v : lesson.variants()) {
                variants.add(new Session(v.state()));
                names.add(v.label());
            }
        }
    }

    private CanvasSurface canvas(String title, String className, String description) {
        HTMLElement box = Dom.el("figure", "nnp-lesson-view " + className);
        box.appendChild(Dom.text("figcaption", null, title));
        HTMLCanvasElement c = (HTMLCanvasElement) Dom.el("canvas", null);
        c.setAttribute("role", "img");
        c.setAttribute("aria-label", description);
        box.appendChild(c);
        element.appendChild(box);
        CanvasSurface surface = new CanvasSurface(c);
        Browser.onResize(c, () -> {
            surface.fitToElement();
            page.changed();
        });
        return surface;
    }

    /** Back to the start with the main run (reset, regenerate, another state). */
    void restart() {
        path.clear();
        flowHistory.clear();
        for (Session s : variants) {
            s.reset();
        }
    }

    /** Trains the variants as far as the main run went this frame, then paints. */
    void frame(boolean trained, int speed) {
        if (trained) {
            for (Session s : variants) {
                if (!s.last().diverged()) {
                    s.setSpeed(speed);
                    s.play();
                    s.frame();
                    s.pause();
                }
            }
        }
        Session session = page.session();
        Network network = session.trainer().network();
        TrainingData data = session.trainer().trainData();
        if (landscapeSurface != null && StepInspector.applies(network)) {
            if (landscapeData != data || pathNetwork != network) {
                landscape = new LossLandscape(data);
                landscapeData = data;
                pathNetwork = network;
                path.clear();
            }
            path.record(network.weights(1)[0], network.biases(1)[0]);
            landscapePainter.paint(landscapeSurface, landscape, path.weights(), path.biases(), path.size(),
                    network.weights(1)[0], network.biases(1)[0]);
        }
        if (flowSurface != null) {
            if (flowData != data) {
                flow = new GradientFlow(data);
                flowData = data;
                flowHistory.clear();
            }
            if (trained || flowHistory.size() == 0 || frames % FLOW_EVERY == 0) {
                flowHistory.record(session.last().epoch(), flow.measure(network, data, session.trainer().config()));
            }
            flowPainter.paint(flowSurface, flowHistory);
        }
        if (compareSurface != null) {
            LossHistory[] histories = new LossHistory[variants.size()];
            boolean[] diverged = new boolean[variants.size()];
            for (int i = 0; i < histories.length; i++) {
                histories[i] = variants.get(i).history();
                diverged[i] = variants.get(i).last().diverged();
            }
            comparePainter.paint(compareSurface, histories, names.toArray(new String[0]), diverged, true);
        }
        frames++;
    }
}
