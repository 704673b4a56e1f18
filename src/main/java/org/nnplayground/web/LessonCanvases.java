package org.nnplayground.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.Alternative;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.state.TeachingView;
import org.nnplayground.core.teach.GradientFlow;
import org.nnplayground.core.teach.LossLandscape;
import org.nnplayground.core.teach.StepInspector;
import org.nnplayground.core.teach.StepTrajectory;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.train.TrainingData;
import org.nnplayground.core.view.CompareChartPainter;
import org.nnplayground.core.view.FitsPainter;
import org.nnplayground.core.view.GradientFlowPainter;
import org.nnplayground.core.view.GradientHistory;
import org.nnplayground.core.view.LandscapePainter;
import org.nnplayground.core.view.PathRecorder;
import org.nnplayground.core.view.TrajectoryPainter;
import org.nnplayground.core.view.ViewGrid;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The drawn teaching views of a lesson: the loss landscape with the path taken, the steps of the
 * epoch under way, the gradient-flow strip, and the comparison of the lesson's variants (their
 * losses, their fits and their first steps), which train side by side with the main run, keeping
 * pace with it ({@link Session#follow}).
 */
final class LessonCanvases {
    /** Gradient sizes are measured every this many drawn frames while training. */
    private static final int FLOW_EVERY = 6;
    /** Steps of one epoch kept for the step view (the article's epoch has 100). */
    private static final int EPOCH_STEPS = 1000;
    /** Steps of each variant shown close up. */
    static final int FIRST_STEPS = 12;
    /** Points along x of each variant's fitted curve. */
    private static final int FIT_POINTS = 120;

    private final PlaygroundPage page;
    private final HTMLElement element;
    private final LandscapePainter landscapePainter = new LandscapePainter();
    private final GradientFlowPainter flowPainter = new GradientFlowPainter();
    private final CompareChartPainter comparePainter = new CompareChartPainter();
    private final CompareChartPainter firstStepsPainter = new CompareChartPainter();
    private final TrajectoryPainter stepsPainter = new TrajectoryPainter();
    private final FitsPainter fitsPainter = new FitsPainter();
    private final PathRecorder path = new PathRecorder();
    private final GradientHistory flowHistory = new GradientHistory();
    private final StepTrajectory steps = new StepTrajectory(EPOCH_STEPS, true);
    private CanvasSurface landscapeSurface;
    private CanvasSurface stepsSurface;
    private HTMLCanvasElement stepsCanvas;
    private String stepsText = "";
    private CanvasSurface flowSurface;
    private CanvasSurface compareSurface;
    private CanvasSurface fitsSurface;
    private CanvasSurface firstStepsSurface;
    private LossLandscape landscape;
    private TrainingData landscapeData;
    private GradientFlow flow;
    private TrainingData flowData;
    private Network pathNetwork;
    private final List<Session> variants = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<StepTrajectory> firstSteps = new ArrayList<>();
    private LossHistory[] firstStepHistories = new LossHistory[0];
    private ViewGrid fitGrid;
    private GridEvaluator[] fits = new GridEvaluator[0];
    private int frames;
    private HTMLCanvasElement lastCanvas;
    /** The box of each drawn view, in the order made, so that a figure can take one and give it back. */
    private final Map<TeachingView, HTMLElement> boxes = new LinkedHashMap<>();

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
        for (HTMLElement box : boxes.values()) {
            Dom.remove(box); // one a figure holds goes too: its canvas is no longer drawn
        }
        boxes.clear();
        landscapeSurface = null;
        stepsSurface = null;
        flowSurface = null;
        compareSurface = null;
        fitsSurface = null;
        firstStepsSurface = null;
        variants.clear();
        names.clear();
        firstSteps.clear();
        path.clear();
        flowHistory.clear();
        steps.clear();
        fitGrid = null;
        boolean showSteps = lesson != null && lesson.shows(TeachingView.STEPS);
        page.session().setStepListener(showSteps ? steps : null);
        if (lesson == null) {
            return;
        }
        if (lesson.shows(TeachingView.LANDSCAPE)) {
            landscapeSurface = canvas(TeachingView.LANDSCAPE, "Loss landscape", "nnp-landscape",
                    "The loss over the weight w and the bias b, the path gradient descent took and the current gradient");
        }
        if (showSteps) {
            stepsSurface = canvas(TeachingView.STEPS, "Step by step", "nnp-steps",
                    "The loss of each step of the epoch under way and the size of the weight w after it, on a log scale");
            stepsCanvas = lastCanvas;
            stepsText = "";
        }
        if (lesson.shows(TeachingView.GRADIENT_FLOW)) {
            flowSurface = canvas(TeachingView.GRADIENT_FLOW, "Gradient flow", "nnp-flow", "The size of each layer's gradient over the epochs");
        }
        if (!lesson.variants().isEmpty()) {
            for (Alternative v : lesson.variants()) {
                Session s = new Session(v.state());
                variants.add(s);
                names.add(v.label());
                StepTrajectory first = new StepTrajectory(FIRST_STEPS, false);
                s.setStepListener(first);
                firstSteps.add(first);
            }
            if (lesson.shows(TeachingView.FITS)) {
                fitsSurface = canvas(TeachingView.FITS, "Fits", "nnp-fits", "Each variant's fitted curve over the training points");
                prepareFits();
            }
            if (lesson.shows(TeachingView.COMPARE)) {
                compareSurface = canvas(TeachingView.COMPARE, "Compared", "nnp-compare", "The training loss of each variant over the epochs");
            }
            if (lesson.shows(TeachingView.FIRST_STEPS)) {
                firstStepsSurface = canvas(TeachingView.FIRST_STEPS, "First steps, close up", "nnp-first-steps",
                        "The loss of each variant at its first " + FIRST_STEPS + " steps, on a log scale");
                firstStepHistories = new LossHistory[variants.size()];
                for (int i = 0; i < firstStepHistories.length; i++) {
                    firstStepHistories[i] = new LossHistory();
                }
            }
        }
    }

    /** One grid along x for all variants (they share the data), and an evaluator per variant. */
    private void prepareFits() {
        Dataset train = variants.get(0).data().train();
        if (train.dimension() != 1) {
            fits = new GridEvaluator[0];
            return;
        }
        fitGrid = ViewGrid.line(train.domain(), FIT_POINTS);
        fits = new GridEvaluator[variants.size()];
        for (int i = 0; i < fits.length; i++) {
            Session s = variants.get(i);
            fits[i] = new GridEvaluator(s.trainer().network().spec(), fitGrid.points());
            fitGrid.writeInputs(s.state().features(), fits[i]);
        }
    }

    private CanvasSurface canvas(TeachingView view, String title, String className, String description) {
        HTMLElement box = Dom.el("figure", "nnp-lesson-view " + className);
        boxes.put(view, box);
        box.appendChild(Dom.text("figcaption", null, title));
        HTMLCanvasElement c = (HTMLCanvasElement) Dom.el("canvas", null);
        c.setAttribute("role", "img");
        c.setAttribute("aria-label", description);
        box.appendChild(c);
        element.appendChild(box);
        lastCanvas = c;
        CanvasSurface surface = new CanvasSurface(c, page.theme());
        Browser.onResize(c, () -> {
            surface.fitToElement();
            page.repaint();
        });
        return surface;
    }

    /** The box of {@code view} (its caption and canvas), or null when the lesson does not draw it. */
    HTMLElement view(TeachingView view) {
        return boxes.get(view);
    }

    /** Puts every box back in this element, in the order made (a figure took some). */
    void restoreViews() {
        for (HTMLElement box : boxes.values()) {
            element.appendChild(box);
        }
    }

    /** Back to the start with the main run (reset, regenerate, another state). */
    void restart() {
        path.clear();
        flowHistory.clear();
        steps.clear();
        for (Session s : variants) {
            s.reset();
        }
        for (StepTrajectory t : firstSteps) {
            t.clear();
        }
    }

    /** Whether the lesson's views watch the run frame by frame (its batches, or variants trained beside it). */
    boolean watchesTraining() {
        return !boxes.isEmpty() || !variants.isEmpty();
    }

    /** Trains the variants as far as the main run went this frame, then paints. */
    void frame(boolean trained) {
        Session session = page.session();
        if (trained) {
            for (Session s : variants) {
                s.follow(session);
            }
        }
        Network network = session.trainer().network();
        TrainingData data = session.trainer().trainData();
        if (landscapeSurface != null && StepInspector.applies(network)) {
            if (landscapeData != data || pathNetwork != network) {
                landscape = new LossLandscape(data);
                landscapeData = data;
                pathNetwork = network;
                path.clear();
            }
            path.record(network.weightBlock(1).get(0, 0), network.biasBlock(1).get(0, 0));
            landscapePainter.paint(landscapeSurface, landscape, path.weights(), path.biases(), path.size(),
                    network.weightBlock(1).get(0, 0), network.biasBlock(1).get(0, 0));
        }
        if (stepsSurface != null) {
            String title = steps.stored() == 0 ? "Each step of an epoch"
                    : "Epoch " + (steps.epoch() + 1) + (steps.diverged() ? ", which diverged" : "") + ", step by step";
            stepsPainter.paint(stepsSurface, steps, title);
            String text = steps.summary();
            if (!text.equals(stepsText)) { // the text alternative says where the steps stand, like the picture
                stepsText = text;
                stepsCanvas.setAttribute("aria-label", "Each step's loss and the weight after it, on a log scale. " + text);
            }
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
        String[] labels = names.toArray(new String[0]);
        boolean[] diverged = new boolean[variants.size()];
        for (int i = 0; i < diverged.length; i++) {
            diverged[i] = variants.get(i).last().diverged();
        }
        if (fitsSurface != null && fitGrid != null) {
            for (int i = 0; i < fits.length; i++) {
                fits[i].evaluate(variants.get(i).trainer().network(), fitGrid.points());
            }
            fitsPainter.paint(fitsSurface, fitGrid, fits, variants.get(0).data().train(), labels);
        }
        if (compareSurface != null) {
            LossHistory[] histories = new LossHistory[variants.size()];
            for (int i = 0; i < histories.length; i++) {
                histories[i] = variants.get(i).history();
            }
            comparePainter.paint(compareSurface, histories, labels, diverged, true);
        }
        if (firstStepsSurface != null) {
            boolean[] stopped = new boolean[firstSteps.size()];
            for (int i = 0; i < stopped.length; i++) {
                StepTrajectory t = firstSteps.get(i);
                LossHistory h = firstStepHistories[i];
                h.clear();
                for (int k = 1; k <= t.stored(); k++) {
                    h.record(k, t.loss(k), Double.NaN, false);
                }
                stopped[i] = t.diverged();
            }
            firstStepsPainter.paint(firstStepsSurface, firstStepHistories, labels, stopped, true);
        }
        frames++;
    }
}
