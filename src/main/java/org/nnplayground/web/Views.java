package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.train.Metrics;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.view.GraphHit;
import org.nnplayground.core.view.LossChartPainter;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.OutputOptions;
import org.nnplayground.core.view.OutputPainter;
import org.nnplayground.core.view.GridBudget;
import org.nnplayground.core.view.ProgressiveGrid;
import org.nnplayground.core.view.ViewText;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The output view, the loss chart and the metrics, plus the network graph (see {@link GraphView}):
 * evaluates the network over a grid once per drawn frame and hands it to the painters.
 */
final class Views {
    /**
     * What the grids may cost per frame (see {@link GridBudget}): the output heatmap (points per
     * side on a plane, points along x for 1-D data) and the neuron thumbnails, which are small.
     */
    private static final GridBudget PLANE_BUDGET = new GridBudget(new int[] {8, 16, 32, 64}, 2_500_000, 8_000_000, 2_000_000);
    private static final GridBudget LINE_BUDGET = new GridBudget(new int[] {25, 50, 100, 200}, 2_500_000, 8_000_000, 2_000_000);
    private static final GridBudget NODE_PLANE_BUDGET = new GridBudget(new int[] {4, 8, 16}, 1_000_000, 4_000_000, 1_000_000);
    private static final GridBudget NODE_LINE_BUDGET = new GridBudget(new int[] {10, 20, 40}, 1_000_000, 4_000_000, 1_000_000);

    private final PlaygroundPage page;
    private final HTMLElement column;
    private final HTMLElement toggles;
    private final HTMLElement lossToggles;
    private final HTMLElement metrics;
    private final CanvasSurface output;
    private final CanvasSurface loss;
    private final HTMLCanvasElement outputCanvas;
    private final HTMLCanvasElement lossCanvas;
    /** The loss history's point count last written to the loss canvas's data-points attribute. */
    private int shownLossPoints = -1;
    /** The session's weights version and network at the last paint: another one means the weights may have changed. */
    private long paintedWeights = -1;
    private Network paintedNetwork;
    /** The weights version and network each grid was last advanced with (its view last drawn). */
    private long outputWeights = -1;
    private Network outputNetwork;
    private long graphWeights = -1;
    private Network graphNetwork;
    /** The session's latest metrics at the last paint: new ones are painted even when nothing else changed. */
    private Object paintedResult;
    /** Counts the session's new metrics (a new point of the loss chart): the chart's stamp. */
    private long lossPoints;
    /** Multiply-adds of the grids advanced in this frame's paint. */
    private long gridWork;
    /** Counts the painted frames: the stamp of a picture still being refined. */
    private long frames;
    /** What this frame's views draw: the network, whether training runs, the neuron the output view shows. */
    private Network network;
    private boolean running;
    private GraphHit neuron;
    /** The figures' texts last shown, so that unchanged figures are not written again (a layout each time). */
    private String shownMetrics = "";
    private final OutputPainter outputPainter = new OutputPainter();
    private final LossChartPainter lossPainter = new LossChartPainter();
    private final GraphView graph;
    private final PointDrawing drawing;
    private final PredictedActualView predicted;
    private OutputOptions outputOptions = OutputOptions.defaults();
    private LossChartPainter.Options lossOptions = LossChartPainter.Options.defaults();
    private ProgressiveGrid grid;
    private ProgressiveGrid nodeGrid;
    private double lossHoverX = Double.NaN;
    private final HTMLElement neuronCaption;
    private final HTMLElement figures;
    private final HTMLElement plot;
    private final HTMLElement outputWrap;
    private final HTMLElement lossWrap;
    /** The neuron the output view shows instead of the network's output (from the graph), or null. */
    private GraphHit shownNeuron;
    private String shownNeuronName;
    /**
     * The text alternatives are refreshed while training at most this often: every
     * {@value #DESCRIBE_EVERY_FRAMES} painted frames or {@value #DESCRIBE_EVERY_MS} ms, whichever
     * comes first (about twice a second); at once whenever training is not running.
     */
    private static final int DESCRIBE_EVERY_FRAMES = 30;
    private static final double DESCRIBE_EVERY_MS = 500;
    private int framesSinceDescribed;
    private double describedAt = Double.NEGATIVE_INFINITY;

    Views(PlaygroundPage page) {
        this.page = page;
        column = Dom.el("section", "nnp-col nnp-output");
        column.setAttribute("aria-label", "Output");
        column.appendChild(Dom.text("h2", null, "Output"));
        // Two parts, side by side where the column is wide and short (tablets), else one above the other.
        plot = Dom.el("div", "nnp-output-plot");
        figures = Dom.el("div", "nnp-output-figures");
        Dom.append(column, plot, figures);
        predicted = new PredictedActualView(page, column, figures);
        outputCanvas = canvas("nnp-output-canvas", "The network's output over the input space, with the data points");
        outputWrap = wrap("nnp-output-wrap", outputCanvas);
        // Says which neuron the view shows while one is hovered or focused in the graph; over the plot,
        // so that showing it moves nothing on the page (nor the graph out from under the pointer).
        neuronCaption = Dom.el("p", "nnp-output-caption");
        Dom.show(neuronCaption, false);
        outputWrap.appendChild(neuronCaption);
        plot.appendChild(outputWrap);
        toggles = Dom.el("div", "nnp-toggles");
        plot.appendChild(toggles);
        metrics = Dom.el("div", "nnp-metrics");
        metrics.setAttribute("role", "group"); // a div takes a name only with a role
        metrics.setAttribute("aria-label", "Metrics");
        figures.appendChild(metrics);
        figures.appendChild(Dom.text("h3", null, "Loss"));
        lossCanvas = canvas("nnp-loss-canvas", "Training and test loss over the epochs");
        lossWrap = wrap("nnp-loss-wrap", lossCanvas);
        figures.appendChild(lossWrap);
        lossToggles = Dom.el("div", "nnp-toggles");
        figures.appendChild(lossToggles);
        output = new CanvasSurface(outputCanvas, page.theme());
        loss = new CanvasSurface(lossCanvas, page.theme());
        graph = new GraphView(page);
        drawing = new PointDrawing(page, outputWrap, outputCanvas, outputPainter::frame);
        Browser.onResize(outputCanvas, this::resized);
        Browser.onResize(lossCanvas, this::resized);
        lossCanvas.addEventListener("pointermove", evt -> {
            lossHoverX = ((MouseEvent) evt).getOffsetX();
            page.repaint();
        });
        lossCanvas.addEventListener("pointerleave", evt -> {
            lossHoverX = Double.NaN;
            page.repaint();
        });
    }

    private static HTMLCanvasElement canvas(String className, String description) {
        HTMLCanvasElement c = (HTMLCanvasElement) Dom.el("canvas", className);
        c.setAttribute("role", "img");
        c.setAttribute("aria-label", description);
        return c;
    }

    private static HTMLElement wrap(String className, HTMLElement child) {
        HTMLElement w = Dom.el("div", className);
        w.appendChild(child);
        return w;
    }

    /**
     * Sets what the views show, e.g. from a link. "Show test data" is about the output view's points:
     * the loss chart draws the test loss whatever it says.
     */
    void setViewOptions(boolean discretize, boolean showTest, boolean logScale) {
        outputOptions = outputOptions.withDiscretize(discretize).withShowTest(showTest);
        lossOptions = lossOptions.withLogScale(logScale);
    }

    boolean logScale() {
        return lossOptions.logScale();
    }

    boolean discretize() {
        return outputOptions.discretize();
    }

    boolean showTest() {
        return outputOptions.showTest();
    }

    HTMLElement outputColumn() {
        return column;
    }

    /** The figures and loss chart of the output section, after its plot (on a phone the graph stands between). */
    HTMLElement figures() {
        return figures;
    }

    GraphView graph() {
        return graph;
    }

    /** The output plot alone (with the caption naming a shown neuron), for a figure to place. */
    HTMLElement outputView() {
        return outputWrap;
    }

    /** The loss chart alone, for a figure to place. */
    HTMLElement lossView() {
        return lossWrap;
    }

    /** The training and test losses in numbers, for a figure to place. */
    HTMLElement metricsView() {
        return metrics;
    }

    /** Puts the output plot, the metrics and the loss chart back in the output section (a figure took them). */
    void restoreViews() {
        plot.insertBefore(outputWrap, plot.getFirstChild());
        figures.insertBefore(metrics, figures.getFirstChild());
        figures.insertBefore(lossWrap, lossToggles);
    }

    private void resized() {
        output.fitToElement();
        loss.fitToElement();
        page.repaint();
    }

    void renderControls() {
        Dom.clear(toggles);
        boolean twoD = page.state().data().kind().problem().inputDimension() == 2;
        if (twoD) {
            toggles.appendChild(Fields.checkbox("discretize", "Discretize output", outputOptions.discretize(), on -> {
                outputOptions = outputOptions.withDiscretize(on);
                page.changed();
            }));
        }
        toggles.appendChild(Fields.checkbox("show-test", "Show test data", outputOptions.showTest(), on -> {
            outputOptions = outputOptions.withShowTest(on); // the test points; the loss chart always has the test loss
            page.changed();
        }));
        drawing.render(toggles);
        Dom.clear(lossToggles);
        lossToggles.appendChild(Fields.checkbox("log-scale", "Log scale", lossOptions.logScale(), on -> {
            lossOptions = lossOptions.withLogScale(on);
            page.changed();
        }));
    }

    /**
     * The views a frame may draw, for the page's {@link FramePlan}: the output (its grid advanced as
     * it is drawn), the network graph (its neurons' grid likewise) and the loss chart. Each says what
     * it shows as a stamp: the output and the graph the weights (and, while their picture is still
     * being refined, a new stamp every frame), the loss chart its latest point.
     */
    List<FramePlan.View> planned() {
        return planned;
    }

    private final List<FramePlan.View> planned = List.of(
            FramePlan.view("the output", () -> pictureStamp(grid), this::paintOutput),
            FramePlan.view("the network graph", () -> pictureStamp(nodeGrid), this::paintGraph),
            FramePlan.view("the loss chart", () -> lossPoints, this::paintLoss));

    /**
     * What a grid's picture shows: the network and its weights once the picture is whole, else a
     * stamp of its own every frame, so that it goes on being refined.
     */
    private long pictureStamp(ProgressiveGrid g) {
        return g != null && g.complete() ? paintedWeights * 31 + System.identityHashCode(paintedNetwork) : -frames;
    }

    /**
     * Paints a frame: makes the grids fit the network, lets {@code plan} draw the views it chooses
     * (see {@link FramePlan}), then brings the figures and text alternatives up to date.
     *
     * <p>A small network's grids are evaluated whole whenever their view is drawn. A large one's are
     * spread over frames within a fixed amount of work per frame, at a coarser resolution while
     * training runs; when training is not running they are refilled with the current weights and
     * refined, so a still picture ends whole and of the current weights. The figures are fresh
     * every frame.
     */
    void paint(FramePlan plan, FramePlan.Runner runner) {
        Session session = page.session();
        network = session.trainer().network();
        prepareGrid(session, network);
        running = session.playing();
        frames++;
        paintedWeights = session.weightsVersion();
        paintedNetwork = network;
        if (session.last() != paintedResult) {
            paintedResult = session.last();
            lossPoints++;
        }
        neuron = graph.shownNeuron(network.spec());
        gridWork = 0;
        plan.paint(planned, runner, running);
        predicted.paint(session, running);
        showGridWork(grid, nodeGrid);
        showMetrics(session.last());
        boolean neuronChanged = showNeuron(network.spec(), neuron);
        framesSinceDescribed++;
        if (!running || neuronChanged || framesSinceDescribed >= DESCRIBE_EVERY_FRAMES
                || Browser.now() - describedAt >= DESCRIBE_EVERY_MS) {
            describe();
        }
    }

    private void paintOutput() {
        Session session = page.session();
        grid.advance(network, running, outputWeights != paintedWeights || outputNetwork != network);
        gridWork += grid.lastWork();
        outputWeights = paintedWeights;
        outputNetwork = network;
        // A drawing shows every point drawn, training and test alike, so that each click shows where it went.
        OutputOptions shown = page.state().data().kind().isDrawn() ? outputOptions.withShowTest(true) : outputOptions;
        outputPainter.paint(output, grid.grid(), grid.evaluator(), session.data().train(), session.data().test(), shown, neuron);
        drawing.paintCursor(output, outputPainter.frame());
    }

    private void paintGraph() {
        nodeGrid.advance(network, running, graphWeights != paintedWeights || graphNetwork != network);
        gridWork += nodeGrid.lastWork();
        graphWeights = paintedWeights;
        graphNetwork = network;
        graph.paint(network, page.state().features(), nodeGrid.grid(), nodeGrid.evaluator());
        // Pictures too small for a thumbnail show a neuron's mean only: the coarsest grid does for that.
        nodeGrid.limitResolution(graph.showsThumbnails() ? Integer.MAX_VALUE : 0);
    }

    private void paintLoss() {
        lossPainter.paint(loss, page.session().history(), lossOptions, lossHoverX);
        showLossPoints(page.session().history().size());
    }

    /** Shows or hides the caption naming the neuron the output view shows; whether that neuron changed. */
    private boolean showNeuron(NetworkSpec spec, GraphHit neuron) {
        String name = neuron == null ? null : graph.neuronName(spec, neuron);
        boolean changed = neuron == null ? shownNeuron != null : !neuron.equals(shownNeuron) || !name.equals(shownNeuronName);
        if (changed) {
            shownNeuron = neuron;
            shownNeuronName = name;
            neuronCaption.setTextContent(name == null ? "" : ViewText.shownCaption(name));
            Dom.show(neuronCaption, name != null);
        }
        return changed;
    }

    /**
     * Whether the page should paint again although nothing was edited: the pictures are still being
     * refined, or the session has new metrics (a large network's, finished over several frames).
     */
    boolean refining() {
        return grid != null && (!(grid.complete() && nodeGrid.complete()) || page.session().last() != paintedResult);
    }

    /** Makes the grids fit the network, data and features. */
    private void prepareGrid(Session session, Network network) {
        Dataset train = session.data().train();
        FeatureSet features = page.state().features();
        if (grid == null || !grid.isFor(network.spec(), train, features)) {
            boolean line = train.dimension() == 1;
            grid = new ProgressiveGrid(line ? LINE_BUDGET : PLANE_BUDGET, train, features, network.spec());
            nodeGrid = new ProgressiveGrid(line ? NODE_LINE_BUDGET : NODE_PLANE_BUDGET, train, features, network.spec());
        }
    }

    /**
     * Tells tests and benchmarks what the grids cost in the last frame, as attributes of the output
     * canvas: data-grid-work (multiply-adds of the grids advanced in it, those of the views the frame
     * drew, see {@link GridBudget}), data-grid-limit
     * (the most a frame may spend on them once a first picture exists: both frame budgets; the
     * first picture of a new shape is evaluated whole, at the coarsest resolution for the largest
     * networks) and data-grid-complete (whether both pictures are whole, of the current weights
     * and as fine as they get).
     */
    private void showGridWork(ProgressiveGrid out, ProgressiveGrid nodes) {
        outputCanvas.setAttribute("data-grid-work", Long.toString(gridWork));
        outputCanvas.setAttribute("data-grid-limit", Long.toString(PLANE_BUDGET.frameWork() + NODE_PLANE_BUDGET.frameWork()));
        outputCanvas.setAttribute("data-grid-complete", out.complete() && nodes.complete() ? "true" : "false");
    }

    /**
     * Tells tests and benchmarks how many points the page keeps for the loss chart (bounded by
     * {@link org.nnplayground.core.train.LossHistory#CAPACITY}), as the canvas's data-points attribute,
     * and which lines it drew, as data-series ("train test").
     */
    private void showLossPoints(int points) {
        if (points != shownLossPoints) {
            shownLossPoints = points;
            lossCanvas.setAttribute("data-points", Integer.toString(points));
        }
        String series = lossPainter.drawnSeries();
        if (!series.equals(lossCanvas.getAttribute("data-series"))) {
            lossCanvas.setAttribute("data-series", series); // which lines are drawn, for tests to read
        }
    }

    /**
     * Brings the text alternatives of the output and the loss chart up to date with the latest
     * figures and the neuron shown. Called after painting: every time while training is not
     * running or the neuron shown changed, else at the bounded pace of {@link #DESCRIBE_EVERY_MS}.
     */
    private void describe() {
        framesSinceDescribed = 0;
        describedAt = Browser.now();
        StepResult r = page.session().last();
        DataSpec d = page.state().data();
        ProblemType problem = d.kind().problem();
        int classes = page.session().data().train().numClasses(); // as drawn: Spiral3 has 3 whatever the slider says
        label(outputCanvas, ViewText.output(problem.inputDimension(), classes, outputOptions.showTest(), r, shownNeuronName));
        label(lossCanvas, ViewText.loss(lossOptions.logScale(), r));
    }

    private static void label(HTMLElement e, String text) {
        if (!text.equals(e.getAttribute("aria-label"))) {
            e.setAttribute("aria-label", text);
        }
    }

    private void showMetrics(StepResult r) {
        String text = figuresText(r.train()) + "|" + (r.test().isEmpty() ? "" : figuresText(r.test()));
        if (text.equals(shownMetrics)) {
            return;
        }
        shownMetrics = text;
        Dom.clear(metrics);
        metrics.appendChild(metric("Training loss", r.train()));
        if (!r.test().isEmpty()) {
            metrics.appendChild(metric("Test loss", r.test()));
        }
    }

    private static String figuresText(Metrics m) {
        double loss = m.loss();
        return (loss - loss == 0.0 ? NumberFormat.significant(loss, 4) : "\u2013")
                + (m.hasAccuracy() ? " " + NumberFormat.fixed(m.accuracy() * 100, 1) : "");
    }

    private static HTMLElement metric(String name, Metrics m) {
        HTMLElement row = Dom.el("div", "nnp-metric");
        row.appendChild(Dom.text("span", "nnp-metric-name", name));
        double loss = m.loss();
        // A loss that is not a finite number is shown as a dash: the divergence alert says why.
        row.appendChild(Dom.text("span", "nnp-metric-value", loss - loss == 0.0 ? NumberFormat.significant(loss, 4) : "\u2013"));
        if (m.hasAccuracy()) {
            row.appendChild(Dom.text("span", "nnp-metric-accuracy", NumberFormat.fixed(m.accuracy() * 100, 1) + " % right"));
        }
        return row;
    }
}
