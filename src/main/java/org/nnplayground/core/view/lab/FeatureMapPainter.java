package org.nnplayground.core.view.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * One image's activations after every layer: a stack of feature maps as a row of small heatmaps
 * (wrapping when they do not fit), a vector (a dense layer, a global pooling) as a row of cells.
 * Each layer has its own scale, its largest magnitude at full colour, on the signed scale of the
 * weights (a ReLU's outputs are all blue). Each layer has a title line.
 */
public final class FeatureMapPainter {
    /** Height of a layer's title line. */
    public static final double TITLE = 18;
    /** Space between maps, and between layers. */
    public static final double GAP = 6;
    /** Preferred side of one feature map, in pixels. */
    public static final double MAP_SIDE = 56;
    /** Largest side of one cell of a vector. */
    public static final double MAX_CELL = 16;
    static final double MARGIN = 1;

    private final Tiles tiles = new Tiles();

    /**
     * One layer's output: {@code channels} maps of {@code height x width} values, channel after
     * channel, each row-major; a vector is one map of height 1.
     */
    public record FeatureLayer(String title, int channels, int height, int width, double[] values) {
        public FeatureLayer {
            if (channels < 1 || height < 1 || width < 1 || values.length != channels * height * width) {
                throw new IllegalArgumentException("a layer of " + channels + " maps of " + height + "x" + width
                        + " has " + channels * height * width + " values, not " + values.length);
            }
        }

        /** A vector of values (one map, one row). */
        public static FeatureLayer vector(String title, double[] values) {
            return new FeatureLayer(title, 1, 1, values.length, values);
        }

        public boolean isVector() {
            return height == 1 && channels == 1;
        }
    }

    /** Where one layer goes: its top, the side of one value and how many maps (or cells, for a vector) per row. */
    public record Box(double top, double px, int perRow, int rows, double itemWidth, double itemHeight) {
        double height() {
            return TITLE + rows * (itemHeight + GAP);
        }
    }

    /** The boxes of the layers, top to bottom, and their height. */
    public record Layout(List<Box> boxes, double height) {
    }

    /** The layout of {@code layers} in {@code width} pixels. */
    public static Layout layout(List<FeatureLayer> layers, double width) {
        double room = Math.max(40, width - 2 * MARGIN);
        List<Box> boxes = new ArrayList<>();
        double top = 0;
        for (FeatureLayer l : layers) {
            Box box;
            if (l.isVector()) {
                double px = Math.max(3, Math.min(MAX_CELL, Math.floor(room / l.width())));
                int perRow = Math.max(1, Math.min(l.width(), (int) Math.floor(room / px)));
                box = new Box(top, px, perRow, (l.width() + perRow - 1) / perRow, px, px);
            } else {
                double px = Math.max(1, Math.floor(MAP_SIDE / Math.max(l.width(), l.height())));
                double w = px * l.width();
                int perRow = Math.max(1, Math.min(l.channels(), (int) Math.floor((room + GAP) / (w + GAP))));
                box = new Box(top, px, perRow, (l.channels() + perRow - 1) / perRow, w, px * l.height());
            }
            boxes.add(box);
            top += box.height();
        }
        return new Layout(boxes, top);
    }

    /** Paints {@code layers} as {@code layout} places them. */
    public void paint(DrawSurface s, Layout layout, List<FeatureLayer> layers) {
        Palette p = s.palette();
        s.clear();
        for (int i = 0; i < layers.size() && i < layout.boxes().size(); i++) {
            FeatureLayer l = layers.get(i);
            Box b = layout.boxes().get(i);
            double max = Tiles.largest(l.values(), 0, l.values().length);
            s.setFont(11, true);
            s.setFill(p.mutedText());
            s.fillText(Tiles.fit(s, l.title(), s.width() - 2 * MARGIN), MARGIN, b.top() + TITLE / 2, -1);
            double y0 = b.top() + TITLE;
            if (l.isVector()) {
                for (int r = 0; r < b.rows(); r++) {
                    int from = r * b.perRow();
                    int n = Math.min(b.perRow(), l.width() - from);
                    double y = y0 + r * (b.itemHeight() + GAP);
                    tiles.draw(s, l.values(), from, n, 1, v -> v / max, true, MARGIN, y, n * b.px(), b.px());
                    s.setStroke(p.grid());
                    s.setLineWidth(1);
                    s.strokeRect(MARGIN - 0.5, y - 0.5, n * b.px() + 1, b.px() + 1);
                }
            } else {
                int size = l.height() * l.width();
                for (int c = 0; c < l.channels(); c++) {
                    double x = MARGIN + (c % b.perRow()) * (b.itemWidth() + GAP);
                    double y = y0 + (c / b.perRow()) * (b.itemHeight() + GAP);
                    tiles.draw(s, l.values(), c * size, l.width(), l.height(), v -> v / max, true, x, y, b.itemWidth(),
                            b.itemHeight());
                    s.setStroke(p.grid());
                    s.setLineWidth(1);
                    s.strokeRect(x - 0.5, y - 0.5, b.itemWidth() + 1, b.itemHeight() + 1);
                }
            }
        }
    }
}
