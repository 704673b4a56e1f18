package org.nnplayground.core.view;

import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

/**
 * Paints the output view: what the network predicts over the input space, with the data on top.
 *
 * <p>2-D data: a heatmap of the output over the domain (diverging colours for one output, the
 * winning class's colour for several), the training points and optionally the test points, x1 and x2
 * ticks and a colour legend. 1-D data: the target points and the network's curve on x and y axes.
 * The caller evaluates the network on a {@link ViewGrid} first; this painter only reads the values.
 * Its buffers (one heatmap image) are allocated once per grid size; after a paint, {@link #frame()}
 * maps pointer positions to data coordinates.
 */
public final class OutputPainter {
    private static final double MARGIN = 6;
    private static final double Y_LABEL_SPACE = 28;
    private static final double RIGHT_LEGEND_WIDTH = 64;
    private static final double BOTTOM_LEGEND_HEIGHT = 26;
    /** Pixels per axis tick, roughly. */
    private static final double TICK_SPACING = 44;

    private final PlotFrame frame = new PlotFrame();
    /** The surface layer of the data points (see {@link #paintPoints}). */
    private static final int POINTS_LAYER = 0;
    private final NiceTicks xTicks = new NiceTicks();
    private final NiceTicks yTicks = new NiceTicks();
    private final LegendPainter legend = new LegendPainter();
    private int[] pixels = new int[0];
    private double legendX;
    private double legendY;
    private double legendW;
    private double legendH;

    /**
     * Paints the whole surface.
     *
     * @param grid      the grid the evaluator was evaluated on ({@link GridEvaluator#points()} must match)
     * @param evaluator holds the network's values at every grid point; its spec gives the output layer
     *                  and activation
     * @param train     the training points, drawn always
     * @param test      the test points, drawn when {@link OutputOptions#showTest()}
     */
    public void paint(DrawSurface s, ViewGrid grid, GridEvaluator evaluator, Dataset train, Dataset test,
                      OutputOptions options) {
        paint(s, grid, evaluator, train, test, options, null);
    }

    /**
     * Paints the whole surface with one neuron's output in place of the network's (TensorFlow
     * Playground's view while a neuron is hovered): for 2-D data its values over the grid in the
     * colours of its thumbnail in the network graph (see {@link NeuronScale}), with a legend of that
     * scale; for 1-D data its curve, on a y axis widened to hold it. The data points are drawn on top
     * as always. The network's only output is drawn as the network's output, which it is.
     *
     * @param neuron a {@link GraphHit.Kind#NEURON} of the evaluator's network, or null for the
     *               network's output
     */
    public void paint(DrawSurface s, ViewGrid grid, GridEvaluator evaluator, Dataset train, Dataset test,
                      OutputOptions options, GraphHit neuron) {
        NetworkSpec spec = evaluator.spec();
        if (evaluator.points() != grid.points()) {
            throw new IllegalArgumentException("the evaluator holds values for " + evaluator.points()
                    + " points but the grid has " + grid.points() + "; evaluate it on this grid first");
        }
        if (neuron != null && (neuron.kind() != GraphHit.Kind.NEURON || !GraphNavigator.isValid(spec, neuron))) {
            throw new IllegalArgumentException("the element to show, " + neuron + ", is not a neuron of the network "
                    + spec);
        }
        GraphHit shown = neuron != null && neuron.layer() == spec.layerCount() && spec.outputs() == 1 ? null : neuron;
        s.clear();
        if (grid.dimension() == 2) {
            layoutSquare(s, grid.domain(), options.showLegend());
            paintPlane(s, grid, evaluator, spec, train, test, options, shown);
        } else {
            layoutWide(s, grid.domain(), options.showLegend());
            int l = shown == null ? spec.layerCount() : shown.layer();
            int offset = shown == null ? 0 : shown.neuron() * evaluator.capacity();
            if (shown != null) {
                widenToHold(evaluator.values(l), offset, grid.points());
            }
            paintLine(s, grid, evaluator.values(l), offset, train, test, options, shown == null ? "network" : "neuron");
        }
    }

    /** Widens the y range of the frame to hold the finite values among {@code n} from {@code offset}. */
    private void widenToHold(double[] values, int offset, int n) {
        double low = frame.yMin();
        double high = frame.yMax();
        for (int p = 0; p < n; p++) {
            double v = values[offset + p];
            if (Doubles.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        frame.range(frame.xMin(), frame.xMax(), low, high);
    }

    /** The plot rectangle and data ranges of the last paint. */
    public PlotFrame frame() {
        return frame;
    }

    /** The heatmap image of the last 2-D paint: R x R pixels, row-major, top row first. */
    int[] pixels() {
        return pixels;
    }

    /** A square plot with the legend at the right or below, whichever leaves the larger square. */
    private void layoutSquare(DrawSurface s, Domain domain, boolean withLegend) {
        double areaLeft = MARGIN + Y_LABEL_SPACE;
        double areaW = s.width() - areaLeft - MARGIN;
        double areaH = s.height() - MARGIN - AxisPainter.X_LABEL_SPACE - MARGIN;
        double side = Math.min(areaW, areaH);
        boolean right = false;
        if (withLegend) {
            double sideRight = Math.min(areaW - RIGHT_LEGEND_WIDTH, areaH);
            double sideBelow = Math.min(areaW, areaH - BOTTOM_LEGEND_HEIGHT);
            right = sideRight >= sideBelow;
            side = right ? sideRight : sideBelow;
        }
        side = Math.max(8, side);
        double blockW = side + (withLegend && right ? RIGHT_LEGEND_WIDTH : 0);
        double left = areaLeft + Math.max(0, (areaW - blockW) / 2);
        frame.place(left, MARGIN, side, side).range(domain.xMin(), domain.xMax(), domain.yMin(), domain.yMax());
        if (right) {
            placeLegend(frame.right() + 10, frame.top(), RIGHT_LEGEND_WIDTH - 10, side);
        } else {
            placeLegend(left, frame.bottom() + AxisPainter.X_LABEL_SPACE + 2, side, BOTTOM_LEGEND_HEIGHT - 4);
        }
    }

    /** A plot filling the surface, with the legend (a key of marks) in a strip below. */
    private void layoutWide(DrawSurface s, Domain domain, boolean withLegend) {
        double left = MARGIN + Y_LABEL_SPACE;
        double legendSpace = withLegend ? 18 : 0;
        double w = s.width() - left - MARGIN;
        double h = s.height() - MARGIN - AxisPainter.X_LABEL_SPACE - legendSpace - MARGIN;
        frame.place(left, MARGIN, Math.max(8, w), Math.max(8, h))
                .range(domain.xMin(), domain.xMax(), domain.yMin(), domain.yMax());
        placeLegend(left, frame.bottom() + AxisPainter.X_LABEL_SPACE + 2, frame.width(), legendSpace - 2);
    }

    private void placeLegend(double x, double y, double w, double h) {
        legendX = x;
        legendY = y;
        legendW = w;
        legendH = h;
    }

    private void paintPlane(DrawSurface s, ViewGrid grid, GridEvaluator evaluator, NetworkSpec spec, Dataset train,
                            Dataset test, OutputOptions options, GraphHit neuron) {
        int r = grid.resolution();
        int n = r * r;
        if (pixels.length != n) {
            pixels = new int[n];
        }
        int top = spec.layerCount();
        Activation output = spec.outputActivation();
        boolean classification = train.problem().isClassification();
        NeuronScale scale = neuron == null ? null : NeuronScale.of(evaluator, neuron.layer(), neuron.neuron());
        if (scale != null) {
            HeatmapPixels.signed(pixels, s.palette(), evaluator.values(neuron.layer()), neuron.neuron() * evaluator.capacity(), n,
                    scale.gain(), scale.shift(), options.discretize());
        } else if (spec.outputs() > 1) {
            HeatmapPixels.classes(pixels, s.palette(), evaluator.values(top), evaluator.capacity(), spec.outputs(), n,
                    output == Activation.SOFTMAX, options.discretize());
        } else {
            boolean unit = SignedScale.outputIsUnit(output, classification);
            HeatmapPixels.signed(pixels, s.palette(), evaluator.values(top), 0, n, unit ? 2 : 1, unit ? -1 : 0, options.discretize());
        }
        s.drawPixels(pixels, r, r, frame.left(), frame.top(), frame.width(), frame.height());
        AxisPainter.border(s, frame);
        paintAxes(s, false);
        paintPoints(s, train, test, options);
        if (options.showLegend()) {
            if (scale != null) {
                legend.gradient(s, legendX, legendY, legendW, legendH, scale.low(), scale.high(), options.discretize());
            } else if (spec.outputs() > 1) {
                legend.classes(s, legendX, legendY, legendW, legendH, spec.outputs());
            } else {
                boolean unit = SignedScale.outputIsUnit(output, classification);
                legend.gradient(s, legendX, legendY, legendW, legendH, unit ? 0 : -1, 1, options.discretize());
            }
        }
    }

    /** The curve of {@code values[offset + p]} over the grid's x, keyed as {@code curveName}. */
    private void paintLine(DrawSurface s, ViewGrid grid, double[] values, int offset, Dataset train,
                           Dataset test, OutputOptions options, String curveName) {
        AxisPainter.border(s, frame);
        paintAxes(s, true);
        paintPoints(s, train, test, options);
        s.save();
        s.clipRect(frame.left(), frame.top(), frame.width(), frame.height());
        s.setDash(0);
        s.setLineWidth(2);
        s.setStroke(s.palette().positive());
        s.beginPath();
        boolean penDown = false;
        double margin = frame.height();
        for (int p = 0; p < grid.points(); p++) {
            double v = values[offset + p];
            if (!Doubles.isFinite(v)) {
                penDown = false; // NaN or infinite: leave a gap rather than draw it as data
                continue;
            }
            double x = frame.px(grid.x1(p));
            double y = frame.pyClamped(v, margin);
            if (penDown) {
                s.lineTo(x, y);
            } else {
                s.moveTo(x, y);
                penDown = true;
            }
        }
        s.stroke();
        s.restore();
        if (options.showLegend() && legendH > 0) {
            legend.curveKey(s, legendX, legendY, legendW, legendH, options.showTest() && test.size() > 0, curveName);
        }
    }

    private void paintAxes(DrawSurface s, boolean gridLines) {
        xTicks.within(frame.xMin(), frame.xMax(), AxisPainter.tickBudget(frame.width(), TICK_SPACING));
        yTicks.within(frame.yMin(), frame.yMax(), AxisPainter.tickBudget(frame.height(), TICK_SPACING * 0.75));
        AxisPainter.xAxis(s, frame, xTicks, gridLines);
        AxisPainter.yAxis(s, frame, yTicks, gridLines);
    }

    /**
     * The data points, as a layer the surface may keep (see {@link DrawSurface#layer}): datasets do
     * not change, so the points are drawn again only for other data, another frame or range (a
     * resize, a wider y range) or the test points shown or hidden. Ten thousand points cost the
     * browser about 50 ms to draw, a kept layer a fraction of a millisecond.
     */
    private void paintPoints(DrawSurface s, Dataset train, Dataset test, OutputOptions options) {
        int count = train.size() + (options.showTest() ? test.size() : 0);
        double radius = DataPointsPainter.radius(frame, count);
        Object key = java.util.Arrays.asList(train, options.showTest() ? test : null, frame.left(), frame.top(),
                frame.width(), frame.height(), frame.xMin(), frame.xMax(), frame.yMin(), frame.yMax(), radius);
        s.layer(POINTS_LAYER, key, layer -> {
            layer.save();
            layer.clipRect(frame.left() - radius - 1, frame.top() - radius - 1, frame.width() + 2 * radius + 2,
                    frame.height() + 2 * radius + 2);
            DataPointsPainter.paint(layer, frame, train, false, radius);
            if (options.showTest()) {
                DataPointsPainter.paint(layer, frame, test, true, radius);
            }
            layer.restore();
        });
    }
}
