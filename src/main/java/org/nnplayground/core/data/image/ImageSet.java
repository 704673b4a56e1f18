package org.nnplayground.core.data.image;

/**
 * Labelled images of one problem: {@code size()} images of one channel, {@code side x side} pixels
 * in [0, 1], each stored row-major (pixel (x, y) of image i at {@code i * side * side + y * side + x}),
 * which is the layout of a network input of shape {@code 1 x side x side}. Immutable: nothing hands
 * out the arrays; accessors check their indices, because an out-of-range read is not an exception
 * in the JavaScript build.
 */
public final class ImageSet {
    private final ImageProblem problem;
    private final int side;
    private final double[] pixels;
    private final int[] labels;

    /** Takes ownership of the arrays. */
    ImageSet(ImageProblem problem, int side, double[] pixels, int[] labels) {
        if (pixels.length != labels.length * side * side) {
            throw new IllegalArgumentException(labels.length + " images of " + side + "x" + side + " need "
                    + labels.length * side * side + " pixels, not " + pixels.length);
        }
        this.problem = problem;
        this.side = side;
        this.pixels = pixels;
        this.labels = labels;
    }

    public ImageProblem problem() {
        return problem;
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    /** Side of every image, in pixels. */
    public int side() {
        return side;
    }

    /** Pixels per image: side * side. */
    public int pixelsPerImage() {
        return side * side;
    }

    /** Number of classes of the problem. */
    public int classes() {
        return problem.classes();
    }

    /** The class of image {@code i}. */
    public int label(int i) {
        checkImage(i);
        return labels[i];
    }

    /** Pixel (x, y) of image {@code i}. */
    public double pixel(int i, int x, int y) {
        checkImage(i);
        if (x < 0 || x >= side || y < 0 || y >= side) {
            throw new IllegalArgumentException("no pixel (" + x + ", " + y + ") in an image of " + side + "x" + side);
        }
        return pixels[i * side * side + y * side + x];
    }

    /** Copies image {@code i}'s pixels into {@code target} from {@code offset}. */
    public void copyImage(int i, double[] target, int offset) {
        checkImage(i);
        System.arraycopy(pixels, i * side * side, target, offset, side * side);
    }

    /** Every image's pixels, one image after another, as a new array. */
    public double[] copyPixels() {
        return pixels.clone();
    }

    /** Every image's label, as a new array. */
    public int[] copyLabels() {
        return labels.clone();
    }

    private void checkImage(int i) {
        if (i < 0 || i >= labels.length) {
            throw new IllegalArgumentException("no image " + i + " among " + labels.length);
        }
    }
}
