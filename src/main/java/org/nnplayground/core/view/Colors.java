package org.nnplayground.core.view;

import org.nnplayground.core.text.NumberFormat;

/**
 * Colour arithmetic on {@code 0xAARRGGBB} ints: mixing, alpha, the canvas pixel layout and CSS text.
 * The colours themselves, for each colour scheme, are a {@link Palette}'s.
 */
public final class Colors {
    /** Opaque white and black: targets for mixing (lighter, darker), not colours of a scheme. */
    public static final int WHITE = 0xFFFFFFFF;
    public static final int BLACK = 0xFF000000;

    private Colors() {
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
