package org.nnplayground.web;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.lab.ImageTrace;
import org.nnplayground.core.state.lab.ImageTraceInPieces;

/**
 * The trace of one image through the run's network, kept up to date for a view (the selected image
 * of {@link ImageRun}, the drawing of {@link ImageDrawView}). A new image, another network, or one
 * whose image is within {@link #AT_ONCE_WORK} is traced at once. When only the weights are newer
 * and an image is beyond that (at the limits, eight convolutions of 7 x 7 x 32: about a hundred
 * million multiply-adds, tens of ms, each time new weights come while training), the new trace is
 * worked out over the paints of a copy ({@link ImageTraceInPieces}), a piece of about
 * {@link #SLICE_MS} a paint, the trace of the weights before shown meanwhile, and a repaint asked
 * until it is through; a newer version begun while one is under way waits for it to finish.
 */
final class ImageTraces {
    /** Multiply-adds of an image traced at once in the paint that asks for it: about 10 to 20 ms. */
    static final long AT_ONCE_WORK = 10_000_000;
    /** Multiply-adds run between two looks at the clock (at least one layer). */
    static final long PIECE_WORK = 2_000_000;
    /** Time one paint spends on a trace under way, in ms. */
    static final double SLICE_MS = 6;

    private final Runnable repaintSoon;
    private final DoubleSupplier clock;
    private final long atOnceWork;
    private final long pieceWork;
    private ImageTrace trace;
    private Network network;
    private long version;
    private double[] pixels;
    private final ImageTraceInPieces working = new ImageTraceInPieces();
    private long workingVersion;

    ImageTraces(LabPage page) {
        this(page::repaintSoon, Browser::now, AT_ONCE_WORK, PIECE_WORK);
    }

    /**
     * Traces of more than {@code atOnceWork} multiply-adds worked out in pieces of {@code pieceWork}
     * for {@link #SLICE_MS} of {@code clock} a call, {@code repaintSoon} asked while one is under way
     * (for the tests).
     */
    ImageTraces(Runnable repaintSoon, DoubleSupplier clock, long atOnceWork, long pieceWork) {
        this.repaintSoon = repaintSoon;
        this.clock = clock;
        this.atOnceWork = atOnceWork;
        this.pieceWork = pieceWork;
    }

    /**
     * The trace of {@code pixels} (side x side) through {@code network} at weights version
     * {@code version}: at once, or the one of older weights while the new one is worked out (see the
     * class comment).
     */
    ImageTrace of(Network network, long version, double[] pixels, int side) {
        boolean sameImage = trace != null && network == this.network && side == trace.side()
                && Arrays.equals(pixels, this.pixels);
        if (sameImage && version == this.version) {
            return trace;
        }
        if (!sameImage || network.forwardCost() <= atOnceWork) {
            working.cancel();
            trace = ImageTrace.of(network, pixels, side);
            this.network = network;
            this.version = version;
            this.pixels = pixels.clone();
            return trace;
        }
        if (!working.active()) {
            working.begin(network, pixels, side);
            workingVersion = version;
        }
        double until = clock.getAsDouble() + SLICE_MS;
        boolean done;
        do {
            done = working.advanceWork(pieceWork);
        } while (!done && clock.getAsDouble() < until);
        if (done) {
            trace = working.result();
            this.version = workingVersion;
        }
        if (this.version != version) {
            repaintSoon.run();
        }
        return trace;
    }
}
