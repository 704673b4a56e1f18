package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.NumberFormat;

/**
 * The playground's colours as {@code 0xAARRGGBB} ints, and the scales that map values to them.
 *
 * <p>Signed values (weights, outputs in [-1, 1]) use a diverging scale from orange (negative)
 * through near-white to blue (positive), like TensorFlow Playground; two classes take its two ends.
 * More classes start with the same orange and blue, then brown, black, pale cyan, indigo, rose and
 * teal (from Okabe-Ito's, Paul Tol's and D3's palettes), in an order chosen so that colours stay apart
 * for readers with protanopia, deuteranopia or tritanopia: up to five classes at least 20 CIEDE2000
 * apart, all eight at least 10 (ColorsTest simulates the three and checks it). A green is left out on
 * purpose: with tritanopia it merges with the blue.
 */
public final class Colors {
    public static final int NEGATIVE = 0xFFF59322;
    public static final int NEUTRAL = 0xFFE8EAEB;
    public static final int POSITIVE = 0xFF0877BD;
    public static final int TEXT = 0xFF222222;
    public static final int MUTED_TEXT = 0xFF666666;
    public static final int GRID = 0xFFDDDDDD;
    public static final int TRAIN_LINE = 0xFF333333;
    public static final int TEST_LINE = 0xFF999999;
    public static final int WHITE = 0xFFFFFFFF;
    public static final int BLACK = 0xFF000000;

    /** Stops of the sequential scale, light to dark blue. */
    private static final int[] SEQUENTIAL = {0xFFF7FBFF, 0xFFC6DBEF, 0xFF6BAED6, 0xFF2171B5, 0xFF08306B};

    /** Orange, blue, brown, black, pale cyan, indigo, rose, teal. */
    private static final int[] CLASSES = {
        NEGATIVE, POSITIVE, 0xFF8C564B, 0xFF000000, 0xFF88CCEE, 0xFF332288, 0xFFEE3377, 0xFF44AA99
    };

    private Colors() {
    }

    /** Colour of class {@code k} (0-based). For two classes, 0 is the negative colour and 1 the positive. */
    public static int forClass(int k, int classes) {
        if (classes <= 2) {
            return k == 1 ? POSITIVE : NEGATIVE;
        }
        return CLASSES[k % CLASSES.length];
    }

    /** Diverging scale: -1 orange, 0 neutral, +1 blue; clamped; NaN gives neutral grey. */
    public static int diverging(double v) {
        if (Doubles.isNaN(v)) {
            return NEUTRAL;
        }
        double t = v < -1 ? -1 : (v > 1 ? 1 : v);
        return t < 0 ? lerp(NEUTRAL, NEGATIVE, -t) : lerp(NEUTRAL, POSITIVE, t);
    }

    /**
     * Sequential scale for magnitudes: 0 near-white (faint), 1 dark blue; clamped; NaN gives neutral
     * grey. The loss landscape and the gradient strips use it, so small reads as faint everywhere.
     */
    public static int sequential(double t) {
        if (Doubles.isNaN(t)) {
            return NEUTRAL;
        }
        double u = (t < 0 ? 0 : (t > 1 ? 1 : t)) * (SEQUENTIAL.length - 1);
        int i = Math.min(SEQUENTIAL.length - 2, (int) u);
        return lerp(SEQUENTIAL[i], SEQUENTIAL[i + 1], u - i);
    }

    /** Mixes {@code a} towards {@code b} by {@code t} in [0, 1], channel by channel. */
    public static int lerp(int a, int b, double t) {
        int aa = (a >>> 24) & 0xFF;
        int ar = (a >>> 16) & 0xFF;
        int ag = (a >>> 8) & 0xFF;
        int ab = a & 0xFF;
        int ba = (b >>> 24) & 0xFF;
        int br = (b >>> 16) & 0xFF;
        int bg = (b >>> 8) & 0xFF;
        int bb = b & 0xFF;
        return (mix(aa, ba, t) << 24) | (mix(ar, br, t) << 16) | (mix(ag, bg, t) << 8) | mix(ab, bb, t);
    }

    private static int mix(int x, int y, double t) {
        return (int) (x + (y - x) * t + 0.5);
    }

    /** The colour with alpha {@code alpha} in [0, 1]. */
    public static int withAlpha(int argb, double alpha) {
        int a = (int) (Math.max(0, Math.min(1, alpha)) * 255 + 0.5);
        return (a << 24) | (argb & 0xFFFFFF);
    }

    /** {@code 0xAARRGGBB} to the {@code 0xAABBGGRR} pixel layout of {@link DrawSurface#drawPixels}. */
    public static int toPixel(int argb) {
        return (argb & 0xFF00FF00) | ((argb >>> 16) & 0xFF) | ((argb & 0xFF) << 16);
    }

    /** CSS text for a colour, e.g. {@code rgba(8,119,189,1)}. */
    public static String css(int argb) {
        int a = (argb >>> 24) & 0xFF;
        return "rgba(" + ((argb >>> 16) & 0xFF) + ',' + ((argb >>> 8) & 0xFF) + ',' + (argb & 0xFF) + ','
                + (a == 255 ? "1" : NumberFormat.fixed(a / 255.0, 3)) + ')';
    }
}
