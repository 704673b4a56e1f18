package org.nnplayground.core.data.image;

import java.util.Arrays;

/**
 * Images the reader drew and labelled, to be trained on after the generated training images. Every
 * pixel is kept at one of {@value #LEVELS} levels (0, 1/3, 2/3 and 1), so that an image comes out of
 * a link or of the browser's storage ({@link AddedImagesText}) as the very doubles the page trained
 * on: the link replays the run bit for bit. Immutable: {@link #with} and {@link #withoutLast} give
 * new sets.
 */
public final class AddedImages {
    /** Pixel levels: 2 bits a pixel. */
    public static final int LEVELS = 4;
    /** The most images a page holds (a further one is refused with a sentence). */
    public static final int MAX_IMAGES = 200;
    /**
     * The longest text of added images a link carries: about 2,000 characters, as for drawn points.
     * That is 22 images of 16 x 16 pixels, 40 of 12 x 12 or 86 of 8 x 8.
     */
    public static final int MAX_LINK_CHARS = 2_000;

    private final int side;
    /** Each image's pixel levels, row-major, one image after another. */
    private final byte[] levels;
    private final int[] labels;

    private AddedImages(int side, byte[] levels, int[] labels) {
        this.side = side;
        this.levels = levels;
        this.labels = labels;
    }

    /** No images, for images of {@code side} pixels a side (1 to 64). */
    public static AddedImages none(int side) {
        checkSide(side);
        return new AddedImages(side, new byte[0], new int[0]);
    }

    private static void checkSide(int side) {
        if (side < 1 || side > 64) {
            throw new IllegalArgumentException("added images are 1 to 64 pixels a side, not " + side);
        }
    }

    /**
     * The set from pixel levels (0 to {@code LEVELS - 1}) and labels, as the text holds them.
     *
     * @throws IllegalArgumentException for a level or label out of range, or more than {@link #MAX_IMAGES} images
     */
    static AddedImages ofLevels(int side, byte[] levels, int[] labels) {
        checkSide(side);
        if (labels.length > MAX_IMAGES) {
            throw new IllegalArgumentException(labels.length + " added images are more than the " + MAX_IMAGES + " a page holds");
        }
        if (levels.length != labels.length * side * side) {
            throw new IllegalArgumentException("added images need " + side * side + " pixels each");
        }
        for (byte q : levels) {
            if (q < 0 || q >= LEVELS) {
                throw new IllegalArgumentException("an added image's pixel level must be 0 to " + (LEVELS - 1));
            }
        }
        for (int label : labels) {
            if (label < 0) {
                throw new IllegalArgumentException("an added image's class must be 0 or more");
            }
        }
        return new AddedImages(side, levels.clone(), labels.clone());
    }

    /**
     * The set with one more image: {@code pixels} (row-major, {@code side x side} values, each held
     * to [0, 1] and put on the nearest level) of class {@code label} (0-based, below {@code classes}).
     *
     * @throws IllegalArgumentException for pixels of another size or not numbers, a class the problem
     *                                  has not, or a set already at {@link #MAX_IMAGES}
     */
    public AddedImages with(double[] pixels, int label, int classes) {
        if (size() >= MAX_IMAGES) {
            throw new IllegalArgumentException("At most " + MAX_IMAGES + " drawn images can be added; remove them to add others.");
        }
        if (pixels.length != side * side) {
            throw new IllegalArgumentException("an added image needs " + side * side + " pixels, not " + pixels.length);
        }
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException("Class " + (label + 1) + " is not one of the " + classes + " classes.");
        }
        int n = size();
        int per = side * side;
        byte[] next = Arrays.copyOf(levels, (n + 1) * per);
        for (int i = 0; i < per; i++) {
            double v = pixels[i];
            if (v != v) {
                throw new IllegalArgumentException("an added image's pixels must be numbers");
            }
            double q = Math.floor(Math.max(0.0, Math.min(1.0, v)) * (LEVELS - 1) + 0.5);
            next[n * per + i] = (byte) q;
        }
        int[] nextLabels = Arrays.copyOf(labels, n + 1);
        nextLabels[n] = label;
        return new AddedImages(side, next, nextLabels);
    }

    /** The set without its last image (the same set when empty). */
    public AddedImages withoutLast() {
        int n = size();
        return n == 0 ? this : new AddedImages(side, Arrays.copyOf(levels, (n - 1) * side * side), Arrays.copyOf(labels, n - 1));
    }

    public int side() {
        return side;
    }

    public int size() {
        return labels.length;
    }

    public boolean isEmpty() {
        return labels.length == 0;
    }

    /** The class of image {@code i}. */
    public int label(int i) {
        checkIndex(i);
        return labels[i];
    }

    /** The highest class among the images plus one, 0 when there are none. */
    public int classesUsed() {
        int k = 0;
        for (int label : labels) {
            k = Math.max(k, label + 1);
        }
        return k;
    }

    /** Pixel level (0 to {@code LEVELS - 1}) of pixel {@code p} (row-major) of image {@code i}. */
    int level(int i, int p) {
        checkIndex(i);
        return levels[i * side * side + p];
    }

    /** Pixel (x, y) of image {@code i}, in [0, 1]: its level divided by {@code LEVELS - 1}. */
    public double pixel(int i, int x, int y) {
        if (x < 0 || x >= side || y < 0 || y >= side) {
            throw new IllegalArgumentException("no pixel (" + x + ", " + y + ") in an image of " + side + "x" + side);
        }
        return level(i, y * side + x) / (double) (LEVELS - 1);
    }

    /** How many images of {@code side} a link carries at most. */
    public static int mostInLink(int side) {
        return (MAX_LINK_CHARS - Integer.toString(side).length() - 1) / AddedImagesText.charsPerImage(side);
    }

    /** Whether the set goes into a link: its text is at most {@link #MAX_LINK_CHARS} characters. */
    public boolean fitsInLink() {
        return AddedImagesText.length(this) <= MAX_LINK_CHARS;
    }

    /**
     * {@code generated} with these images after its own, in the order they were added.
     *
     * @throws IllegalArgumentException when the sides differ or a class is beyond the problem's
     */
    public ImageSet appendedTo(ImageSet generated) {
        if (generated.side() != side) {
            throw new IllegalArgumentException("the added images are " + side + " pixels a side, the others " + generated.side());
        }
        if (classesUsed() > generated.classes()) {
            throw new IllegalArgumentException("an added image has class " + classesUsed() + "; the problem has "
                    + generated.classes());
        }
        int per = side * side;
        int base = generated.size();
        double[] pixels = new double[(base + size()) * per];
        int[] all = new int[base + size()];
        for (int i = 0; i < base; i++) {
            generated.copyImage(i, pixels, i * per);
            all[i] = generated.label(i);
        }
        for (int i = 0; i < size(); i++) {
            for (int p = 0; p < per; p++) {
                pixels[(base + i) * per + p] = levels[i * per + p] / (double) (LEVELS - 1);
            }
            all[base + i] = labels[i];
        }
        return new ImageSet(generated.problem(), side, pixels, all);
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= labels.length) {
            throw new IndexOutOfBoundsException("added image index must be between 0 and " + (labels.length - 1) + ", was " + i);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddedImages && ((AddedImages) o).side == side && Arrays.equals(((AddedImages) o).labels, labels)
                && Arrays.equals(((AddedImages) o).levels, levels);
    }

    @Override
    public int hashCode() {
        return (side * 31 + Arrays.hashCode(labels)) * 31 + Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return size() + " added images of " + side + "x" + side;
    }
}
