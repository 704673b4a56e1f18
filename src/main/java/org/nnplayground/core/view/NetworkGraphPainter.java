package org.nnplayground.core.view;

import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * Paints the network graph and answers what lies under the pointer.
 *
 * <p>Nodes stand in columns (see {@link NetworkLayout}); each shows what it computes over the input
 * space (a heatmap for 2-D data, a curve for 1-D data) when it is at least
 * {@link NetworkLayout#MIN_THUMBNAIL} px, else a square in the colour of its mean output. Links are
 * Bezier curves coloured by the sign of their weight and as thick as its magnitude, stroked in
 * shades ({@link ShadedLinks}); for very wide layers only the strongest are drawn. Biases are small
 * squares at each node's lower-left corner; skip connections are dashed arcs. The last painted network, layout and link thresholds serve
 * {@link #hitTest}, {@link #valueOf} and {@link #tooltip}, so that only drawn elements can be hit.
 */
public final class NetworkGraphPainter {
    /** Links drawn at most over the whole graph, shared among the layers. */
    static final int LINK_BUDGET = 3000;
    /** Links a layer may always draw, however deep the network (16 x 128 + 128: within twice the budget). */
    static final int MIN_LAYER_LINKS = 128;
    /**
     * Thumbnails drawn at most in one paint (each is an image put and drawn): a graph with more nodes
     * than this, or with nodes smaller than {@link NetworkLayout#MIN_THUMBNAIL}, shows each node in
     * the colour of its mean output instead.
     */
    static final int MAX_THUMBNAILS = 400;
    private static final double LABEL_FONT = 11;
    /** Smallest node size at which every skip connection gets its own arc. */
    private static final double SKIP_ARC_NODE = 10;
    /** The surface layer of the links (see {@link #paint(DrawSurface, Network, FeatureSet, ViewGrid, GridEvaluator, GraphHit, GraphHit, long)}). */
    private static final int LINKS_LAYER = 0;

    private final NodeThumbnails thumbnails = new NodeThumbnails();
    private final LinkBudget linkBudget = new LinkBudget();
    private NetworkLayout layout;
    private NetworkSpec layoutSpec;
    private double layoutLabelWidth;
    private double[] thresholds = new double[0];
    private String[] inputLabels = new String[0];
    private FeatureSet labelFeatures;
    private Network network;
    private GridEvaluator evaluator;
    private final ShadedLinks shadedLinks = new ShadedLinks();
    /** The weights stamp of the last paint. */
    private long lastStamp = -1;

    /**
     * Paints the whole surface.
     *
     * @param features  the input features, for the input labels (ignored for 1-D data, whose input is x)
     * @param grid      the grid {@code evaluator} was evaluated on; null (with a null evaluator) for no thumbnails
     * @param evaluator every neuron's values over {@code grid}, or null
     * @param hover     the element under the pointer, highlighted; may be null
     * @param selected  the element being edited, highlighted; may be null
     */
    public void paint(DrawSurface s, Network net, FeatureSet features, ViewGrid grid, GridEvaluator evaluator,
                      GraphHit hover, GraphHit selected) {
        paint(s, net, features, grid, evaluator, hover, selected, -1);
    }

    /**
     * Paints the whole surface, as {@link #paint(DrawSurface, Network, FeatureSet, ViewGrid,
     * GridEvaluator, GraphHit, GraphHit)} does, with the links as a layer the surface may keep
     * (see {@link DrawSurface#layer}) while {@code weightsStamp} and the layout stay the same: a
     * paint for new neuron pictures, a hover or a selection then neither scans the weights for the
     * links to draw nor draws them again (at 16 layers of 256, about a million weights and 3,000
     * curves). {@code weightsStamp} must change whenever a weight of {@code net} does (the
     * session's weights version); a negative stamp draws the links afresh.
     */
    public void paint(DrawSurface s, Network net, FeatureSet features, ViewGrid grid, GridEvaluator evaluator,
                      GraphHit hover, GraphHit selected, long weightsStamp) {
        if (evaluator != null && (grid == null || evaluator.points() != grid.points())) {
            throw new IllegalArgumentException("the evaluator must be evaluated on the given grid ("
                    + (grid == null ? "none given" : grid.points() + " points") + "), it holds "
                    + evaluator.points() + " points");
        }
        if (evaluator != null && !evaluator.spec().equals(net.spec())) {
            throw new IllegalArgumentException("the evaluator was built for another network shape ("
                    + evaluator.spec() + "); make a new one for " + net.spec());
        }
        this.network = net;
        this.evaluator = evaluator;
        NetworkSpec spec = net.spec();
        s.clear();
        updateInputLabels(features, spec, grid);
        s.setFont(LABEL_FONT, false);
        double labelWidth = 0;
        for (String label : inputLabels) {
            labelWidth = Math.max(labelWidth, s.textWidth(label));
        }
        ensureLayout(spec, s.width(), s.height(), Math.ceil(labelWidth) + 8);
        GraphHeaders.paint(s, layout, spec, inputLabels);
        // Kept only once a paint finds the weights of the last one: while they change in every paint
        // (training), a layer would be drawn and copied for nothing.
        Object linksKey = weightsStamp < 0 || weightsStamp != lastStamp ? null : java.util.Arrays.asList(net, weightsStamp, layout);
        lastStamp = weightsStamp;
        s.layer(LINKS_LAYER, linksKey, layer -> paintLinks(layer, net));
        double maxWidth = maxLinkWidth();
        emphasiseLink(s, net, hover, maxWidth);
        emphasiseLink(s, net, selected, maxWidth);
        paintSkipArcs(s, spec);
        paintNodes(s, net, grid);
        paintBiases(s, net);
        highlight(s, hover);
        highlight(s, selected);
    }

    /** Room the input labels took at the left in the last paint (0 before the first). */
    public double labelWidth() {
        return layoutLabelWidth;
    }

    /** The layout of the last paint (null before the first). */
    public NetworkLayout layout() {
        return layout;
    }

    /** The labels of the input nodes, as last painted. */
    public String[] inputLabels() {
        return inputLabels.clone();
    }

    /** The bias, neuron or drawn link at pixel (x, y) in the last paint, in that order of precedence, or null. */
    public GraphHit hitTest(double x, double y) {
        if (layout == null || network == null) {
            return null;
        }
        double size = layout.nodeSize();
        double bias = layout.biasSize();
        if (bias > 0) {
            for (int l = 1; l < layout.columns(); l++) {
                if (Math.abs(x - layout.biasX(l)) <= bias / 2 + 1) {
                    int i = layout.neuronAt(l, y - size / 2, bias / 2 + 1 - size / 2);
                    if (i >= 0) {
                        return GraphHit.bias(l, i);
                    }
                }
            }
        }
        double slack = Math.max(0, Math.min(2, (layout.pitch() - size) / 2));
        int column = layout.columnAt(x, slack);
        if (column >= 0) {
            int i = layout.neuronAt(column, y, slack);
            return i >= 0 ? GraphHit.neuron(column, i) : null;
        }
        int l = layout.linkColumnAt(x);
        return l > 0 ? nearestLink(l, x, y) : null;
    }

    private GraphHit nearestLink(int l, double x, double y) {
        double x0 = layout.linkStartX(l);
        double x1 = layout.linkEndX(l);
        double t = LinkCurve.parameterAt((x - x0) / Math.max(1e-9, x1 - x0));
        double blend = LinkCurve.yBlend(t);
        double slopeFactor = LinkCurve.slopeFactor(t, Math.max(1e-9, x1 - x0));
        ParamBlock w = network.weightBlock(l);
        int fanIn = w.fanIn();
        double threshold = l < thresholds.length ? thresholds[l] : 0;
        double maxWidth = maxLinkWidth();
        double best = Double.POSITIVE_INFINITY;
        GraphHit hit = null;
        for (int to = 0; to < network.width(l); to++) {
            double y1 = layout.centerY(l, to);
            for (int from = 0; from < fanIn; from++) {
                double a = Math.abs(w.get(to, from));
                if (!(a >= threshold) || a - a != 0.0) {
                    continue;
                }
                double d = LinkCurve.distanceAt(y, layout.centerY(l - 1, from), y1, blend, slopeFactor);
                double reach = Math.max(3, linkWidth(a, maxWidth) / 2 + 1.5);
                if (d <= reach && d < best) {
                    best = d;
                    hit = GraphHit.link(l, to, from);
                }
            }
        }
        return hit;
    }

    /**
     * Where {@code hit} sits in the last paint, {x, y} in surface pixels: a node's or bias's centre,
     * a link's midpoint; null before the first paint or for an element the layout does not have.
     */
    public double[] anchor(GraphHit hit) {
        if (layout == null || hit == null || hit.layer() < 0 || hit.layer() >= layout.columns()
                || hit.neuron() < 0 || hit.neuron() >= layout.layerWidth(hit.layer())) {
            return null;
        }
        int l = hit.layer();
        switch (hit.kind()) {
            case LINK:
                if (l < 1 || hit.fromNeuron() < 0 || hit.fromNeuron() >= layout.layerWidth(l - 1)) {
                    return null;
                }
                return new double[] {(layout.linkStartX(l) + layout.linkEndX(l)) / 2,
                    (layout.centerY(l - 1, hit.fromNeuron()) + layout.centerY(l, hit.neuron())) / 2};
            case BIAS:
                if (l < 1) {
                    return null;
                }
                return new double[] {layout.biasX(l), layout.biasY(l, hit.neuron())};
            default:
                return new double[] {layout.centerX(l), layout.centerY(l, hit.neuron())};
        }
    }

    /** The value behind {@code hit} in the last painted network (see {@link GraphValues#value}). */
    public double valueOf(GraphHit hit) {
        return GraphValues.value(network, evaluator, hit);
    }

    /** Tooltip text for {@code hit} in the last painted network (see {@link GraphValues#describe}). */
    public String tooltip(GraphHit hit) {
        return GraphValues.describe(network, evaluator, hit, inputLabels);
    }

    /**
     * Stroke width of a link of weight magnitude {@code a}: grows with it from 0.5 px towards
     * {@code max}, steeply for small weights and saturating for large ones (a / (a + 1.5)), so that
     * trained networks with weights of several units are not all drawn at full width.
     */
    static double linkWidth(double a, double max) {
        return 0.5 + (max - 0.5) * a / (a + 1.5);
    }

    /** Colour of a link or bias of value {@code v}: the signed scale of tanh(v), so its sign shows. */
    static int valueColour(Palette p, double v) {
        return p.diverging(DetMath.tanh(v));
    }

    /** The thin frame of nodes and biases. */
    private static int nodeBorder(Palette p) {
        return Colors.withAlpha(p.mutedText(), 0.55);
    }

    /** The frame of a hovered or selected element and the halo of such a link. */
    private static int highlightColour(Palette p) {
        return p.text();
    }

    private double maxLinkWidth() {
        return Math.min(6, Math.max(1, layout.nodeSize() * 0.25));
    }

    private void updateInputLabels(FeatureSet features, NetworkSpec spec, ViewGrid grid) {
        int inputs = spec.inputs();
        boolean featureLabels = features != null && features.count() == inputs && (grid == null || grid.dimension() == 2);
        if (inputLabels.length == inputs && (featureLabels ? features.equals(labelFeatures) : labelFeatures == null)) {
            return;
        }
        inputLabels = new String[inputs];
        for (int i = 0; i < inputs; i++) {
            inputLabels[i] = featureLabels ? features.get(i).label() : inputs == 1 ? "x" : "x" + (i + 1);
        }
        labelFeatures = featureLabels ? features : null;
    }

    private void ensureLayout(NetworkSpec spec, double width, double height, double labelWidth) {
        if (layout == null || !spec.equals(layoutSpec) || layout.surfaceWidth() != width
                || layout.surfaceHeight() != height || labelWidth != layoutLabelWidth) {
            layout = NetworkLayout.of(spec, width, height, labelWidth);
            layoutSpec = spec;
            layoutLabelWidth = labelWidth;
            thresholds = new double[spec.layerCount() + 1];
        }
    }

    /** The links above each layer's threshold, shaded by weight; sets the thresholds hit tests use. */
    private void paintLinks(DrawSurface s, Network net) {
        s.setDash(0);
        shadedLinks.gather(net, linkBudget, Math.max(MIN_LAYER_LINKS, LINK_BUDGET / net.layerCount()), thresholds);
        shadedLinks.stroke(s, layout, maxLinkWidth());
    }

    /** The shade of weight v (see {@link ShadedLinks#shadeOf}). */
    static int shadeOf(double v) {
        return ShadedLinks.shadeOf(v);
    }

    /** The weight a shade stands for (see {@link ShadedLinks#shadeWeight}). */
    static double shadeWeight(int shade) {
        return ShadedLinks.shadeWeight(shade);
    }

    /** Redraws a hovered or selected link on top, over a halo in the text colour (dark on the light ground). */
    private void emphasiseLink(DrawSurface s, Network net, GraphHit hit, double maxWidth) {
        if (hit == null || hit.kind() != GraphHit.Kind.LINK || hit.layer() < 1 || hit.layer() > net.layerCount()
                || hit.neuron() >= net.width(hit.layer()) || hit.fromNeuron() >= net.width(hit.layer() - 1)) {
            return;
        }
        int l = hit.layer();
        double v = net.weightBlock(l).get(hit.neuron(), hit.fromNeuron());
        double width = linkWidth(v - v == 0.0 ? Math.abs(v) : 0, maxWidth);
        double x0 = layout.linkStartX(l);
        double x1 = layout.linkEndX(l);
        double y0 = layout.centerY(l - 1, hit.fromNeuron());
        double y1 = layout.centerY(l, hit.neuron());
        s.setStroke(highlightColour(s.palette()));
        s.setLineWidth(width + 3);
        s.beginPath();
        LinkCurve.trace(s, x0, y0, x1, y1);
        s.stroke();
        s.setStroke(valueColour(s.palette(), v));
        s.setLineWidth(width);
        s.beginPath();
        LinkCurve.trace(s, x0, y0, x1, y1);
        s.stroke();
    }

    /**
     * Dashed arcs over the identity connections of residual layers: one per neuron when nodes are
     * large enough to tell them apart, else a single arc over the top of the two columns.
     */
    private void paintSkipArcs(DrawSurface s, NetworkSpec spec) {
        double size = layout.nodeSize();
        boolean perNeuron = size >= SKIP_ARC_NODE;
        double lift = Math.min(layout.pitch() * 0.45, layout.spacing() * 0.3) + size / 2;
        if (!perNeuron) {
            lift = Math.max(lift, 6);
        }
        s.setStroke(Colors.withAlpha(s.palette().mutedText(), 0.8));
        s.setLineWidth(1);
        s.setDash(3);
        for (int l = 2; l <= spec.layerCount(); l++) {
            if (!spec.residual(l)) {
                continue;
            }
            double x0 = layout.centerX(l - 1);
            double x1 = layout.centerX(l);
            double dx = (x1 - x0) / 3;
            s.beginPath();
            int arcs = perNeuron ? spec.width(l) : 1;
            for (int i = 0; i < arcs; i++) {
                double y0 = layout.centerY(l - 1, i) - size / 2;
                double y1 = layout.centerY(l, i) - size / 2;
                s.moveTo(x0, y0);
                s.bezierTo(x0 + dx, y0 - lift, x1 - dx, y1 - lift, x1, y1);
            }
            s.stroke();
        }
        s.setDash(0);
    }

    /** Whether the last paint drew thumbnails (or would have, given an evaluator): nodes large enough, and not too many. */
    public boolean showsThumbnails() {
        return layout != null && thumbnailsFit(layout);
    }

    private static boolean thumbnailsFit(NetworkLayout layout) {
        long nodes = 0;
        for (int l = 0; l < layout.columns(); l++) {
            nodes += layout.layerWidth(l);
        }
        return layout.nodeSize() >= NetworkLayout.MIN_THUMBNAIL && nodes <= MAX_THUMBNAILS;
    }

    private void paintNodes(DrawSurface s, Network net, ViewGrid grid) {
        double size = layout.nodeSize();
        boolean pictures = evaluator != null && thumbnailsFit(layout);
        s.setDash(0);
        s.setLineWidth(1);
        s.setStroke(nodeBorder(s.palette()));
        for (int l = 0; l < layout.columns(); l++) {
            double gain = 1;
            double shift = 0;
            boolean unit = l > 0 && SignedScale.isUnitInterval(net.spec().activation(l));
            if (unit) {
                gain = 2;
                shift = -1;
            }
            for (int i = 0; i < layout.layerWidth(l); i++) {
                if (l == 0 && evaluator != null) {
                    double max = NodeThumbnails.maxAbs(evaluator.values(0), i * evaluator.capacity(), evaluator.points(), 1, 0);
                    gain = max > 0 ? 1 / max : 1;
                }
                double x = layout.centerX(l) - size / 2;
                double y = layout.centerY(l, i) - size / 2;
                if (pictures && grid.dimension() == 2) {
                    thumbnails.heatmap(s, evaluator, grid, l, i, gain, shift, x, y, size);
                } else if (pictures) {
                    thumbnails.curve(s, evaluator, grid, l, i, gain, shift, x, y, size);
                } else {
                    double mean = evaluator == null ? Double.NaN
                            : NodeThumbnails.mean(evaluator.values(l), i * evaluator.capacity(), evaluator.points());
                    s.setFill(s.palette().diverging(mean * gain + shift));
                    s.fillRect(x, y, size, size);
                }
                if (size >= 4) {
                    s.setStroke(nodeBorder(s.palette()));
                    s.setLineWidth(1);
                    s.strokeRect(x, y, size, size);
                }
            }
        }
    }

    private void paintBiases(DrawSurface s, Network net) {
        double b = layout.biasSize();
        if (b <= 0) {
            return;
        }
        s.setLineWidth(1);
        s.setStroke(nodeBorder(s.palette()));
        for (int l = 1; l < layout.columns(); l++) {
            double x = layout.biasX(l) - b / 2;
            for (int i = 0; i < layout.layerWidth(l); i++) {
                double v = net.biasBlock(l).get(i, 0);
                if (!Doubles.isFinite(v)) {
                    continue;
                }
                double y = layout.biasY(l, i) - b / 2;
                s.setFill(valueColour(s.palette(), v));
                s.fillRect(x, y, b, b);
                s.strokeRect(x, y, b, b);
            }
        }
    }

    /** A dark frame around a hovered or selected node or bias (links are emphasised with the links). */
    private void highlight(DrawSurface s, GraphHit hit) {
        if (hit == null || hit.kind() == GraphHit.Kind.LINK || hit.layer() < 0 || hit.layer() >= layout.columns()
                || hit.neuron() < 0 || hit.neuron() >= layout.layerWidth(hit.layer())) {
            return;
        }
        s.setDash(0);
        s.setStroke(highlightColour(s.palette()));
        s.setLineWidth(2);
        if (hit.kind() == GraphHit.Kind.NEURON) {
            double size = layout.nodeSize();
            s.strokeRect(layout.centerX(hit.layer()) - size / 2 - 1, layout.centerY(hit.layer(), hit.neuron()) - size / 2 - 1,
                    size + 2, size + 2);
        } else if (layout.biasSize() > 0 && hit.layer() > 0) {
            double b = layout.biasSize();
            s.strokeRect(layout.biasX(hit.layer()) - b / 2 - 1, layout.biasY(hit.layer(), hit.neuron()) - b / 2 - 1,
                    b + 2, b + 2);
        }
    }
}
