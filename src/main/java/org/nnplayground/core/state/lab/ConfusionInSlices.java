package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.nn.ForwardInPieces;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.WeightsCopy;

/**
 * {@link Confusion#of} spread over several calls, for a network too large to put every shown image
 * through within a frame: {@link #begin} copies the weights, each {@link #advance} counts a few more
 * images with that copy, and {@link #result} is then the matrix {@code Confusion.of} gives for the
 * weights as they were copied. Training may go on meanwhile; the copy is not touched by it. The
 * copy's buffers are kept for the next matrix of the same architecture.
 */
public final class ConfusionInSlices {
    private final WeightsCopy weights = new WeightsCopy();
    private Network copy;
    private ImageSet images;
    private double[] pixels;
    private int[] counts;
    private int[] predicted;
    private int index;
    private boolean active;
    private Confusion result;
    /** The copy's forward pass of one image in pieces (see {@link #advanceWork}). */
    private ForwardInPieces pieces;
    /** Whether {@link #pieces} holds an image begun and not through. */
    private boolean midImage;

    /** Starts the matrix of {@code network}'s weights, as they are now, on {@code images}. */
    public void begin(Network network, ImageSet shown) {
        copy = weights.take(network);
        pieces = weights.pieces();
        midImage = false;
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
        return finished();
    }

    /**
     * Counts images worth about {@code work} multiply-adds (see {@link Network#forwardCost}): as many
     * whole images as fit, at least one; an image beyond that work is put through in pieces of it
     * over several calls ({@link ForwardInPieces}: a layer at a time), so that no call takes much
     * longer than its work. The same matrix as {@link #advance}. Returns whether it is finished.
     */
    public boolean advanceWork(long work) {
        if (!active) {
            return true;
        }
        long perImage = copy.forwardCost();
        if (!midImage && perImage <= work) {
            return advance((int) Math.min(Integer.MAX_VALUE, work / perImage));
        }
        if (index >= images.size()) {
            return advance(1); // no images: nothing to count, only to finish
        }
        if (!midImage) {
            images.copyImage(index, pixels, 0);
            pieces.begin(pixels, 0);
            midImage = true;
        }
        if (!pieces.advance(work)) {
            return false;
        }
        midImage = false;
        Confusion.tally(pieces.output(), images, index, counts, predicted);
        index++;
        return finished();
    }

    /** Whether every image is counted; then the matrix is made. */
    private boolean finished() {
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
