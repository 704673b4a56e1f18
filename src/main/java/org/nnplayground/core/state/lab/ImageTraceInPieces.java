package org.nnplayground.core.state.lab;

import org.nnplayground.core.nn.ForwardInPieces;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.WeightsCopy;

/**
 * {@link ImageTrace#of} spread over several calls, for networks whose one image outlasts a frame
 * (eight convolutions of 32 filters of 7 x 7 on 16 x 16 pixels: about a hundred million
 * multiply-adds): {@link #begin} copies the weights and the image, each {@link #advanceWork} runs a
 * few more layers of that copy ({@link ForwardInPieces}), and {@link #result} is then bit for bit the
 * trace {@code ImageTrace.of} gave at the moment of the copy. The network may train meanwhile; the
 * copy is not touched by it. The copy's buffers are kept for the next trace of the same architecture.
 */
public final class ImageTraceInPieces {
    private final WeightsCopy weights = new WeightsCopy();
    private Network copy;
    private ForwardInPieces pieces;
    private double[] pixels;
    private int side;
    private boolean active;
    private ImageTrace result;

    /**
     * Starts the trace of {@code pixels} (side x side, row by row) through {@code network}'s weights
     * as they are now.
     *
     * @throws IllegalArgumentException when the network does not take an image of that size
     */
    public void begin(Network network, double[] pixels, int side) {
        ImageTrace.checkFits(network, pixels, side);
        copy = weights.take(network);
        pieces = weights.pieces();
        this.pixels = pixels.clone();
        this.side = side;
        pieces.begin(this.pixels, 0);
        result = null;
        active = true;
    }

    /** Whether a trace was begun and is not finished. */
    public boolean active() {
        return active;
    }

    /** Forgets the trace begun. */
    public void cancel() {
        active = false;
    }

    /**
     * Runs about {@code work} more multiply-adds of the trace begun (at least one layer); returns
     * whether it is finished, its trace then in {@link #result}.
     */
    public boolean advanceWork(long work) {
        if (!active) {
            throw new IllegalStateException("no trace begun");
        }
        if (pieces.advance(work)) {
            result = ImageTrace.ofForwarded(copy, pixels, side);
            active = false;
            return true;
        }
        return false;
    }

    /** The last trace finished (null before the first, and after a begin until it is through). */
    public ImageTrace result() {
        return result;
    }
}
