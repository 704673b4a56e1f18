package org.nnplayground.core.view.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.Colors;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * Every filter of every convolution as a small image of its weights, orange for negative and blue
 * for positive as in the network graph, one scale per layer (its largest weight magnitude at full
 * colour). A filter over several channels is a row of small images, one per channel. Each layer has
 * a title line. {@link #layout} sizes the view to a width and finds the weight under a point.
 */
public final class FilterPainter {
    /** Height of a layer's title line. */
    public static final double TITLE = 18;
    /** Space between filters, and between layers. */
    public static final double GAP = 8;
    /** Space between the channels of one filter. */
    public static final double CHANNEL_GAP = 2;
    /** Largest side of one weight, in pixels. */
    public static final double MAX_WEIGHT_SIDE = 16;
    static final double MARGIN = 2;

    /** One filter's image, reused while the filters drawn are of its size. */
    private int[] pixels = new int[0];
    private int pixelsWidth = -1;
    private int pixelsHeight = -1;

    /** One weight: of filter {@code filter} of convolution {@code layer} (0 = nearest the input), at (channel, row, column). */
    public record Hit(int layer, int filter, int channel, int row, int column) {
    }

    /** Where one convolution's filters go. */
    public record Box(int filters, int channels, int kernel, double top, double px, int columns) {
        double channelSide() {
            return kernel * px;
        }

        double filterWidth() {
            return channels * channelSide() + (channels - 1) * CHANNEL_GAP;
        }

        int rows() {
            return (filters + columns - 1) / columns;
        }

        double height() {
            return TITLE + rows() * (channelSide() + GAP);
        }

        double filterX(int f) {
            return MARGIN + (f % columns) * (filterWidth() + GAP);
        }

        double filterY(int f) {
            return top + TITLE + (f / columns) * (channelSide() + GAP);
        }

        int weights() {
            return filters * channels * kernel * kernel;
        }
    }

    /** The boxes of the convolutions, top to bottom, and the height they take. */
    public record Layout(List<Box> boxes, double height) {
        /** The weight under (x, y), or null. */
        public Hit hit(double x, double y) {
            for (int l = 0; l < boxes.size(); l++) {
                Box b = boxes.get(l);
                for (int f = 0; f < b.filters(); f++) {
                    double fx = b.filterX(f);
                    double fy = b.filterY(f);
                    if (y < fy || y >= fy + b.channelSide() || x < fx || x >= fx + b.filterWidth()) {
                        continue;
                    }
                    double step = b.channelSide() + CHANNEL_GAP;
                    int c = (int) Math.floor((x - fx) / step);
                    double cx = x - fx - c * step;
                    if (c >= b.channels() || cx >= b.channelSide()) {
                        return null;
                    }
                    int column = (int) Math.floor(cx / b.px());
                    int row = (int) Math.floor((y - fy) / b.px());
                    return new Hit(l, f, c, Math.min(row, b.kernel() - 1), Math.min(column, b.kernel() - 1));
                }
            }
            return null;
        }

        /** Number of weights drawn, over all layers. */
        public int weights() {
            int n = 0;
            for (Box b : boxes) {
                n += b.weights();
            }
            return n;
        }

        /** The weights in reading order (layer, filter, channel, row, column): the position of {@code h}. */
        public int indexOf(Hit h) {
            int n = 0;
            for (int l = 0; l < h.layer(); l++) {
                n += boxes.get(l).weights();
            }
            Box b = boxes.get(h.layer());
            return n + ((h.filter() * b.channels() + h.channel()) * b.kernel() + h.row()) * b.kernel() + h.column();
        }

        /** The weight at position {@code index} in reading order (clamped to the weights there are), or null for none. */
        public Hit at(int index) {
            int total = weights();
            if (total == 0) {
                return null;
            }
            int i = Math.max(0, Math.min(total - 1, index));
            for (int l = 0; l < boxes.size(); l++) {
                Box b = boxes.get(l);
                if (i < b.weights()) {
                    int k = b.kernel();
                    return new Hit(l, i / (b.channels() * k * k), (i / (k * k)) % b.channels(), (i / k) % k, i % k);
                }
                i -= b.weights();
            }
            return null;
        }

        /** The weight {@code steps} weights away from {@code h} in reading order ({@code h} null: the first). */
        public Hit move(Hit h, int steps) {
            return h == null ? at(0) : at(indexOf(h) + steps);
        }
    }

    /**
     * The layout of {@code convolutions}' filters in {@code width} pixels: a weight is at most
     * {@link #MAX_WEIGHT_SIDE} pixels and at least 2, small enough that two filters fit side by side
     * when a filter spans several channels.
     */
    public static Layout layout(List<Conv2d> convolutions, double width) {
        List<Box> boxes = new ArrayList<>();
        double top = 0;
        double room = Math.max(40, width - 2 * MARGIN);
        for (Conv2d conv : convolutions) {
            int channels = conv.channels();
            int k = conv.kernel();
            double share = channels == 1 ? room : room / 2 - GAP;
            double px = Math.floor(((share + CHANNEL_GAP) / channels - CHANNEL_GAP) / k);
            px = Math.max(2, Math.min(MAX_WEIGHT_SIDE, px));
            double filterWidth = channels * k * px + (channels - 1) * CHANNEL_GAP;
            int columns = Math.max(1, Math.min(conv.filters(), (int) Math.floor((room + GAP) / (filterWidth + GAP))));
            Box box = new Box(conv.filters(), channels, k, top, px, columns);
            boxes.add(box);
            top += box.height();
        }
        return new Layout(boxes, top);
    }

    /** The largest weight magnitude of {@code conv}: its scale. */
    public static double scale(Conv2d conv) {
        double[] w = conv.weights().values();
        return Tiles.largest(w, 0, w.length);
    }

    /** The weight {@code h} of {@code convolutions}. */
    public static double weight(List<Conv2d> convolutions, Hit h) {
        Conv2d conv = convolutions.get(h.layer());
        return conv.weights().values()[conv.weightIndex(h.filter(), h.channel(), h.row(), h.column())];
    }

    /** A layer's title: "Layer 1: 8 filters of 3x3, largest |w| 0.52" (and "over 8 channels" when more than one). */
    public static String title(int layer, Conv2d conv) {
        return "Layer " + (layer + 1) + ": " + conv.filters() + (conv.filters() == 1 ? " filter" : " filters") + " of "
                + conv.kernel() + "\u00d7" + conv.kernel() + (conv.channels() > 1 ? " over " + conv.channels() + " channels" : "")
                + ", largest |w| " + NumberFormat.significant(scale(conv), 2);
    }

    /**
     * Draws one filter (its channels side by side, {@code CHANNEL_GAP} apart) as a single image at
     * the layout's pixels, a weight a square of {@code px} by {@code px} and the gaps left clear: one
     * image per filter rather than per channel (at eight convolutions of 32 filters over 32 channels,
     * 256 images a paint instead of 8,192, whose cost was in the drawing calls, not the pixels).
     */
    private void drawFilter(DrawSurface s, Box b, int f, double[] values, int offset, double max) {
        int k = b.kernel();
        int px = Math.max(1, (int) Math.round(b.px()));
        int side = k * px;
        int gap = (int) CHANNEL_GAP;
        int w = b.channels() * side + (b.channels() - 1) * gap;
        if (w != pixelsWidth || side != pixelsHeight) {
            // exactly one image, the filters of a layer being all of a size; one of the same width
            // and height has its channels at the same places, so its gaps stay clear, as only the
            // weights' squares are ever written
            pixels = new int[w * side];
            pixelsWidth = w;
            pixelsHeight = side;
        }
        Palette p = s.palette();
        for (int c = 0; c < b.channels(); c++) {
            int left = c * (side + gap);
            for (int row = 0; row < k; row++) {
                for (int column = 0; column < k; column++) {
                    int colour = Colors.toPixel(p.diverging(values[offset + (c * k + row) * k + column] / max));
                    int start = row * px * w + left + column * px;
                    for (int dy = 0; dy < px; dy++) {
                        Arrays.fill(pixels, start + dy * w, start + dy * w + px, colour);
                    }
                }
            }
        }
        s.drawPixels(pixels, w, side, b.filterX(f), b.filterY(f), w, side);
    }

    /** Paints the filters as {@code layout} places them, {@code cursor} (may be null) outlined. */
    public void paint(DrawSurface s, Layout layout, List<Conv2d> convolutions, Hit cursor) {
        Palette p = s.palette();
        s.clear();
        for (int l = 0; l < layout.boxes().size() && l < convolutions.size(); l++) {
            Box b = layout.boxes().get(l);
            Conv2d conv = convolutions.get(l);
            s.setFont(11, true);
            s.setFill(p.mutedText());
            s.fillText(Tiles.fit(s, title(l, conv), s.width() - 2 * MARGIN), MARGIN, b.top() + TITLE / 2, -1);
            ParamBlock w = conv.weights();
            double max = scale(conv);
            int k = b.kernel();
            for (int f = 0; f < b.filters(); f++) {
                drawFilter(s, b, f, w.values(), w.index(f, 0), max);
                s.setStroke(p.grid());
                s.setLineWidth(1);
                s.strokeRect(b.filterX(f) - 0.5, b.filterY(f) - 0.5, b.filterWidth() + 1, b.channelSide() + 1);
            }
            if (cursor != null && cursor.layer() == l) {
                double x = b.filterX(cursor.filter()) + cursor.channel() * (b.channelSide() + CHANNEL_GAP) + cursor.column() * b.px();
                double y = b.filterY(cursor.filter()) + cursor.row() * b.px();
                s.setStroke(p.ink());
                s.setLineWidth(2);
                s.strokeRect(x - 1, y - 1, b.px() + 2, b.px() + 2);
            }
        }
    }
}
