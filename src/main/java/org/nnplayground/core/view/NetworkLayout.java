package org.nnplayground.core.view;

import org.nnplayground.core.nn.NetworkSpec;

/**
 * Where the network graph's nodes go on a surface of a given size: one column per layer (input
 * features, hidden layers, output), nodes as squares of one common size, each column centred
 * vertically, room at the left for the input labels and at the top for the layer headers.
 *
 * <p>The node size is the largest that fits, up to {@link #MAX_NODE} px; for wide or deep networks on
 * small surfaces it goes below {@link #MIN_THUMBNAIL} px, and the painter then drops the thumbnails
 * but every node still fits inside the surface without overlapping another. When the columns are
 * what keeps nodes small (a deep network), the nodes of a column are spread over the height rather
 * than packed in its middle; {@link #preferredWidth} tells how wide a surface keeps them legible. Immutable; computed once
 * per size and shape, not per frame.
 */
public final class NetworkLayout {
    /** Largest node square, in CSS pixels. */
    public static final double MAX_NODE = 40;
    /** Smallest node that still gets a thumbnail. */
    public static final double MIN_THUMBNAIL = 12;
    /** Smallest node that still gets a bias marker. */
    public static final double MIN_BIAS = 8;
    /** Height of the layer-header row. */
    public static final double HEADER = 16;
    private static final double MARGIN = 4;
    /** Share of the vertical pitch a node may fill when the height is what limits it. */
    private static final double FILL = 0.7;
    /** Share of the column spacing a node may fill, leaving room for the links. */
    private static final double COLUMN_FILL = 0.5;
    /**
     * Smallest spacing of columns at which nodes still get thumbnails: a surface narrower than
     * {@link #preferredWidth} makes a deep network's nodes too small to show what they compute.
     */
    public static final double MIN_SPACING = 2 * (MIN_THUMBNAIL + 6);
    /** A column whose nodes are kept small by the column spacing spaces them at least this share of the height apart (1/3). */
    private static final double SPREAD_PARTS = 3;

    private final int[] widths;
    private final double width;
    private final double height;
    private final double nodeSize;
    private final double pitch;
    private final double spacing;
    private final double firstX;
    private final double top;
    private final double available;

    private NetworkLayout(int[] widths, double width, double height, double labelWidth) {
        this.widths = widths.clone();
        this.width = width;
        this.height = height;
        int maxWidth = 1;
        for (int w : widths) {
            maxWidth = Math.max(maxWidth, w);
        }
        double headerRoom = height >= 120 ? HEADER : HEADER * 0.75;
        this.top = MARGIN + headerRoom;
        this.available = Math.max(1, height - top - MARGIN);
        double left = MARGIN + Math.max(0, Math.min(labelWidth, width * 0.22));
        double right = width - MARGIN;
        int gaps = widths.length - 1;
        double roomyPitch = available / maxWidth;
        double spacingAtMax = (right - left - MAX_NODE) / gaps;
        double size = Math.min(MAX_NODE, Math.min(roomyPitch * FILL, spacingAtMax * COLUMN_FILL));
        this.nodeSize = Math.max(0.5, size);
        double pitch = nodeSize + Math.max(10, nodeSize * 0.5);
        if (nodeSize < MAX_NODE && nodeSize < roomyPitch * FILL) {
            // Nodes kept small by the columns (a deep network): the columns still use the height.
            pitch = Math.max(pitch, available / SPREAD_PARTS);
        }
        this.pitch = Math.min(roomyPitch, pitch);
        this.spacing = (right - left - nodeSize) / gaps;
        this.firstX = left + nodeSize / 2;
    }

    /** The layout of {@code spec} on a {@code width} x {@code height} surface, leaving {@code labelWidth} at the left. */
    public static NetworkLayout of(NetworkSpec spec, double width, double height, double labelWidth) {
        int[] widths = new int[spec.layerCount() + 1];
        for (int l = 0; l < widths.length; l++) {
            widths[l] = spec.width(l);
        }
        return of(widths, width, height, labelWidth);
    }

    /** The layout of layers of the given widths (input first, at least two layers). */
    public static NetworkLayout of(int[] layerWidths, double width, double height, double labelWidth) {
        if (layerWidths == null || layerWidths.length < 2) {
            throw new IllegalArgumentException("a network has at least an input and an output layer");
        }
        for (int w : layerWidths) {
            if (w < 1) {
                throw new IllegalArgumentException("every layer needs at least one neuron, got " + w);
            }
        }
        return new NetworkLayout(layerWidths, Math.max(width, 40), Math.max(height, 40), labelWidth);
    }

    /**
     * The width a surface needs for {@code columns} columns to be {@link #MIN_SPACING} apart, with
     * {@code labelWidth} at the left: where the surface is narrower, the page widens it and lets it
     * scroll sideways, so that deep networks keep legible nodes.
     */
    public static double preferredWidth(int columns, double labelWidth) {
        return 2 * MARGIN + Math.max(0, labelWidth) + MIN_SPACING * COLUMN_FILL + Math.max(1, columns - 1) * MIN_SPACING;
    }

    /** Number of columns: layers including the input. */
    public int columns() {
        return widths.length;
    }

    /** Neurons in column {@code l}. */
    public int layerWidth(int l) {
        return widths[l];
    }

    /** Side of every node square. */
    public double nodeSize() {
        return nodeSize;
    }

    /** Distance between the centres of neighbouring nodes in a column. */
    public double pitch() {
        return pitch;
    }

    /** Distance between neighbouring columns. */
    public double spacing() {
        return spacing;
    }

    /** The surface size this layout was made for. */
    public double surfaceWidth() {
        return width;
    }

    public double surfaceHeight() {
        return height;
    }

    /** Top of the node area; the headers sit above it. */
    public double top() {
        return top;
    }

    public double centerX(int l) {
        return firstX + l * spacing;
    }

    public double centerY(int l, int i) {
        return top + (available - widths[l] * pitch) / 2 + (i + 0.5) * pitch;
    }

    /** Side of a bias marker, or 0 when nodes are too small to carry one. */
    public double biasSize() {
        return nodeSize < MIN_BIAS ? 0 : Math.max(3, Math.min(8, nodeSize * 0.28));
    }

    /** Centre of the bias marker of node (l, i): the node's lower-left corner. */
    public double biasX(int l) {
        return centerX(l) - nodeSize / 2;
    }

    public double biasY(int l, int i) {
        return centerY(l, i) + nodeSize / 2;
    }

    /** Where the links into column {@code l} start (the right edge of column l - 1). */
    public double linkStartX(int l) {
        return centerX(l - 1) + nodeSize / 2;
    }

    /** Where the links into column {@code l} end (the left edge of column l). */
    public double linkEndX(int l) {
        return centerX(l) - nodeSize / 2;
    }

    /** The column whose nodes span pixel x (with {@code slack} px to spare), or -1. */
    public int columnAt(double x, double slack) {
        int l = (int) Math.round((x - firstX) / spacing);
        if (l < 0 || l >= widths.length || Math.abs(x - centerX(l)) > nodeSize / 2 + slack) {
            return -1;
        }
        return l;
    }

    /** The neuron of column {@code l} whose square holds pixel y (with {@code slack} px to spare), or -1. */
    public int neuronAt(int l, double y, double slack) {
        double first = centerY(l, 0);
        int i = (int) Math.round((y - first) / pitch);
        if (i < 0 || i >= widths[l] || Math.abs(y - centerY(l, i)) > nodeSize / 2 + slack) {
            return -1;
        }
        return i;
    }

    /** The column {@code l} (1-based) whose incoming links span pixel x, or -1 between nodes of a column. */
    public int linkColumnAt(double x) {
        for (int l = 1; l < widths.length; l++) {
            if (x >= linkStartX(l) && x <= linkEndX(l)) {
                return l;
            }
        }
        return -1;
    }
}
