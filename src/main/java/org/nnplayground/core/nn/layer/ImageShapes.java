package org.nnplayground.core.nn.layer;

import org.nnplayground.core.limits.Limits;

/**
 * The checks that an input is an image ({@code channels x height x width}) or a sequence
 * ({@code steps x features}) a layer can take, each refusing with a sentence that says what fits.
 */
final class ImageShapes {
    private ImageShapes() {
    }

    /** Refuses anything but an image within {@link Limits}; {@code layer} names the layer in the sentence. */
    static void requireImage(Shape input, String layer) {
        if (input.rank() != 3) {
            throw new IllegalArgumentException(layer + " takes images (channels x height x width), not "
                    + describe(input) + "; put it before any flatten or dense layer");
        }
        Limits.requireWithin(Limits.CHANNELS, input.dim(0), 1, Limits.MAX_CHANNELS);
        Limits.requireWithin(Limits.IMAGE_SIDE, input.dim(1), 1, Limits.MAX_IMAGE_SIDE);
        Limits.requireWithin(Limits.IMAGE_SIDE, input.dim(2), 1, Limits.MAX_IMAGE_SIDE);
    }

    /**
     * The shape 2x2 pooling at stride 2 gives for {@code input}, refusing anything but an image of
     * even sides (an odd side would leave its last row or column out).
     */
    static Shape halved(Shape input, String layer) {
        requireImage(input, layer);
        int h = input.dim(1);
        int w = input.dim(2);
        if (h % 2 != 0 || w % 2 != 0) {
            String fits = h % 2 != 0 && w % 2 != 0
                    ? (h == w ? "both sides would fit at " + even(h) : "the height would fit at " + even(h) + " and the width at " + even(w))
                    : h % 2 != 0 ? "the height would fit at " + even(h) : "the width would fit at " + even(w);
            throw new IllegalArgumentException(layer + " halves the image, so it needs an even height and width, not "
                    + h + "x" + w + "; " + fits + " (e.g. with same padding before it)");
        }
        return Shape.of(input.dim(0), h / 2, w / 2);
    }

    /** The even sides next to an odd one: "6 or 8", or "2" next to 1. */
    private static String even(int side) {
        return side == 1 ? "2" : (side - 1) + " or " + (side + 1);
    }

    /** Refuses anything but a sequence whose features are within {@link Limits#MAX_CHANNELS}. */
    static void requireSequence(Shape input, String layer) {
        if (input.rank() != 2) {
            throw new IllegalArgumentException(layer + " takes sequences (steps x features), not "
                    + describe(input));
        }
        Limits.requireWithin(Limits.CHANNELS, input.dim(1), 1, Limits.MAX_CHANNELS);
    }

    /**
     * What global pooling pools over in {@code input}, refusing a vector: for an image
     * ({@code channels x height x width}) each channel's {@code height * width} pixels, for a sequence
     * ({@code steps x features}) each feature's {@code steps} values. Returns {groups, items per
     * group, distance between a group's first values, distance between a group's items}.
     */
    static int[] poolingGroups(Shape input, String layer) {
        if (input.rank() == 3) {
            requireImage(input, layer);
            int plane = input.dim(1) * input.dim(2);
            return new int[] {input.dim(0), plane, plane, 1};
        }
        if (input.rank() == 2) {
            requireSequence(input, layer);
            return new int[] {input.dim(1), input.dim(0), 1, input.dim(1)};
        }
        throw new IllegalArgumentException(layer + " takes images (channels x height x width) or sequences"
                + " (steps x features), not " + describe(input) + ", which has nothing to pool over");
    }

    /** "a vector of 8 values" or "values of shape 1x8x8". */
    static String describe(Shape shape) {
        return shape.rank() == 1 ? "a vector of " + shape.size() + " values" : "values of shape " + shape;
    }
}
