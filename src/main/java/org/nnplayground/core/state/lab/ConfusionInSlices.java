package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;

/**
 * {@link Confusion#of} spread over several calls, for a network too large to put every shown image
 * through within a frame: {@link #begin} copies the weights, each {@link #advance} counts a few more
 * images with that copy, and {@link #result} is then the matrix {@code Confusion.of} gives for the
 * weights as they were copied. Training may go on meanwhile; the copy is not touched by it. The
 * copy's buffers are kept for the next matrix of the same architecture.
 */
public final class ConfusionInSlices {
    private Network copy;
    private double[] parameters;
    private ImageSet images;
    private double[] pixels;
    private int[] counts;
    private int[] predicted;
    private int index;
    private boolean active;
    private Confusion result;

    /** Starts the matrix of {@code network}'s weights, as they are now, on {@code images}. */
    public void begin(Network network, ImageSet shown) {
        if (copy == null || !copy.architecture().equals(network.architecture())) {
            copy = new Network(network.architecture(), new Rng(0));
            parameters = copy.parameterBuffer();
        }
        network.copyParametersTo(parameters);
        copy.copyParametersFrom(parameters);
        images = shown;
        pixels = new double[shown.pixelsPerImage()];
        counts = new int[shown.classes() * shown.classes()];
        predicted = new int[shown.size()];
        index = 0;
        result = null;
        active = true;
    }

    /** Whether a matrix was begun and is not finished. */
    public boolean active() {
        return active;
    }

    /** Forgets the matrix begun (its images or weights were superseded). */
    public void cancel() {
        active = false;
    }

    /** Counts up to {@code n} more images (at least one); returns whether the matrix is finished. */
    public boolean advance(int n) {
        if (!active) {
            return true;
        }
        int end = Math.min(images.size(), index + Math.max(1, n));
        Confusion.count(copy, images, index, end, pixels, counts, predicted);
        index = end;
        if (index < images.size()) {
            return false;
        }
        result = new Confusion(images.classes(), counts, predicted, images.size());
        active = false;
        return true;
    }

    /** The finished matrix, or null until it is finished. */
    public Confusion result() {
        return result;
    }
}
