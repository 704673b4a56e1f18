package org.nnplayground.core.view;

import java.util.Arrays;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * The links of one graph paint, gathered by shade and stroked with one path per shade.
 *
 * <p>A link's shade is its weight's magnitude m = a / (a + 1.5) (which sets the width, see
 * {@link NetworkGraphPainter#linkWidth}) rounded to one of {@value #SHADES} steps, times its sign.
 * All links of a shade share colour and width and go into one path, so a paint strokes at most
 * 2 x {@value #SHADES} + 1 paths however many links there are, weakest first (the strong ones on
 * top, negative before positive within a magnitude). The buffers grow with the largest paint and
 * are reused, so a paint allocates nothing once they have grown.
 */
final class ShadedLinks {
    /** Steps of magnitude on each side of zero. */
    static final int SHADES = 40;

    /**
     * Gathers the links of {@code net} to draw: in each layer those whose weight's magnitude reaches
     * the layer's threshold for {@code perLayer} links (written into {@code thresholds[l]}), at most
     * twice that many (a hard cap for weights too equal for the threshold to tell apart); a weight
     * that is not a number is never drawn as data.
     */
    void gather(Network net, LinkBudget budget, int perLayer, double[] thresholds) {
        clear();
        for (int l = 1; l <= net.layerCount(); l++) {
            ParamBlock w = net.weightBlock(l);
            int fanIn = w.fanIn();
            double threshold = budget.threshold(w.values(), w.size(), perLayer);
            thresholds[l] = threshold;
            int left = 2 * perLayer;
            double[] values = w.values();
            int width = net.width(l);
            for (int to = 0; to < width && left > 0; to++) {
                int row = w.index(to, 0); // the block's own layout; its row is fanIn values from there
                for (int from = 0; from < fanIn; from++) {
                    double v = values[row + from];
                    if ((v >= threshold || -v >= threshold) && v - v == 0.0) {
                        add(l, to, from, v);
                        if (--left == 0) {
                            break;
                        }
                    }
                }
            }
        }
    }

    private final int[] shadeCount = new int[2 * SHADES + 1];
    private final int[] shadeStart = new int[2 * SHADES + 2];
    private final int[] shadeNext = new int[2 * SHADES + 2];
    private int[] links = new int[0];
    private int[] linkShade = new int[0];
    private int[] linksByShade = new int[0];
    private int linkCount;

    /** Forgets the links gathered for the last paint. */
    void clear() {
        linkCount = 0;
        Arrays.fill(shadeCount, 0);
    }

    /** The shade of weight v: -SHADES .. SHADES, 0 for a weight of 0. */
    static int shadeOf(double v) {
        double a = Math.abs(v);
        int step = (int) (a / (a + 1.5) * SHADES + 0.5);
        return v < 0 ? -step : step;
    }

    /** The weight a shade stands for: the inverse of {@link #shadeOf} at the centre of its step. */
    static double shadeWeight(int shade) {
        double m = Math.abs(shade) / (double) SHADES;
        double a = m >= 1 ? 1e6 : 1.5 * m / (1 - m);
        return shade < 0 ? -a : a;
    }

    /** Adds the link of layer {@code l} from neuron {@code from} to neuron {@code to}, of weight {@code v}. */
    void add(int l, int to, int from, double v) {
        if (linkCount == links.length) {
            int grown = Math.max(256, 2 * links.length);
            links = Arrays.copyOf(links, grown);
            linkShade = Arrays.copyOf(linkShade, grown);
        }
        int shade = shadeOf(v);
        // Layer, target and source in one int: widths are at most 2^10 and layers at most 2^10.
        links[linkCount] = (l << 20) | (to << 10) | from;
        linkShade[linkCount] = shade;
        shadeCount[shade + SHADES]++;
        linkCount++;
    }

    /** Strokes the links gathered since {@link #clear}, placed by {@code layout}, at most {@code maxWidth} wide. */
    void stroke(DrawSurface s, NetworkLayout layout, double maxWidth) {
        if (linksByShade.length < linkCount) {
            linksByShade = new int[links.length];
        }
        // Counting sort by the order of drawing: magnitude ascending, negative before positive.
        int[] start = shadeStart;
        Arrays.fill(start, 0);
        for (int k = 0; k <= 2 * SHADES; k++) {
            start[drawRank(k - SHADES) + 1] += shadeCount[k];
        }
        for (int r = 1; r < start.length; r++) {
            start[r] += start[r - 1];
        }
        int[] next = shadeNext;
        System.arraycopy(start, 0, next, 0, start.length);
        for (int i = 0; i < linkCount; i++) {
            linksByShade[next[drawRank(linkShade[i])]++] = links[i];
        }
        for (int r = 0; r <= 2 * SHADES; r++) {
            int from = start[r];
            int to = start[r + 1];
            if (from == to) {
                continue;
            }
            double v = shadeWeight(rankShade(r));
            s.setStroke(NetworkGraphPainter.valueColour(s.palette(), v));
            s.setLineWidth(NetworkGraphPainter.linkWidth(Math.abs(v), maxWidth));
            s.beginPath();
            for (int i = from; i < to; i++) {
                int code = linksByShade[i];
                int l = code >>> 20;
                int target = (code >>> 10) & 0x3FF;
                int source = code & 0x3FF;
                LinkCurve.trace(s, layout.linkStartX(l), layout.centerY(l - 1, source), layout.linkEndX(l),
                        layout.centerY(l, target));
            }
            s.stroke();
        }
    }

    /** Position of a shade in the drawing order: 0, -1, 1, -2, 2, ... */
    private static int drawRank(int shade) {
        return shade <= 0 ? -2 * shade - (shade < 0 ? 1 : 0) : 2 * shade;
    }

    /** The shade at a position of the drawing order (the inverse of {@link #drawRank}). */
    private static int rankShade(int rank) {
        return rank % 2 == 0 ? rank / 2 : -(rank + 1) / 2;
    }
}
