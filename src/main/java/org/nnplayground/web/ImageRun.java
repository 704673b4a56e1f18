package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.lab.Confusion;
import org.nnplayground.core.state.lab.ConfusionInSlices;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.ImageTrace;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabSets;
import org.nnplayground.core.view.lab.FeatureMapPainter.FeatureLayer;
import org.nnplayground.core.view.lab.ImageViewText;

/**
 * What the image views share of an image run, computed once per change rather than once per view:
 * the confusion matrix of the shown set (the test set, or the training set when there is no test
 * set) and the trace of the selected image. Both are recomputed when the data, the selection or
 * the weights changed; while training plays, at most every {@link #INTERVAL_MS} (a confusion
 * matrix runs every image through the network), asking the page for a repaint when it held back.
 * The trace of the same image with newer weights is worked out over paints at the limits
 * ({@link ImageTraces}).
 * A matrix beyond {@link #SYNC_MATRIX_WORK} (the largest networks: seconds to minutes) is counted
 * over several paints of a copy of the weights ({@link ConfusionInSlices}), the last one finished
 * shown meanwhile (none before the first), so that the page goes on drawing and answering.
 */
final class ImageRun {
    /** Least time between two recomputations while training plays, in ms. */
    static final double INTERVAL_MS = 200;
    /** Multiply-adds of a confusion matrix above which it is counted over several paints. */
    static final long SYNC_MATRIX_WORK = 20_000_000;
    /** Time one paint spends counting such a matrix, in ms (at least one layer of one image). */
    static final double SLICE_MS = 6;
    /**
     * Multiply-adds counted between two looks at the clock: several images of a small network, a
     * layer or so of one image at the limits (an image through eight convolutions of 7 x 7 x 32 is
     * about 75 million, some 75 ms).
     */
    static final long SLICE_WORK = 2_000_000;

    private final LabPage page;
    private LabSets sets;
    private long version = -1;
    private int selected = -1;
    private double computedAt = Double.NEGATIVE_INFINITY;
    private Confusion confusion;
    /** The weights version {@link #confusion} is of (-1: none). */
    private long matrixVersion = -1;
    private final ConfusionInSlices counting = new ConfusionInSlices();
    /** The weights version of the matrix being counted. */
    private long countingVersion;
    private ImageTrace trace;
    private final ImageTraces traces;
    /** The selected image's pixels, reused. */
    private double[] pixels = new double[0];

    ImageRun(LabPage page) {
        this.page = page;
        this.traces = new ImageTraces(page);
    }

    /** Whether the page shows an image run. */
    static boolean isImage(LabSession session) {
        return session.state().model() instanceof ImageModel;
    }

    /** The images the views show: the test set, or the training set when there is no test set. */
    static ImageSet images(LabSession session) {
        ImageSet test = session.sets().images().test();
        return test.size() > 0 ? test : session.sets().images().train();
    }

    /** Whether {@link #images} is the test set. */
    static boolean onTest(LabSession session) {
        return session.sets().images().test().size() > 0;
    }

    /** The selected image, kept within the shown set. */
    int selected(LabSession session) {
        return Math.max(0, Math.min(images(session).size() - 1, page.selected()));
    }

    /** Brings the matrix and the trace up to date with the session (see the class comment). */
    void refresh(LabSession session) {
        int sel = selected(session);
        if (session.sets() != sets) {
            counting.cancel(); // other images: the matrix begun and the one shown are of the old ones
            confusion = null;
            matrixVersion = -1;
        }
        boolean same = session.sets() == sets && sel == selected;
        if (!same || session.weightsVersion() != version) {
            double now = Browser.now();
            if (same && session.playing() && now - computedAt < INTERVAL_MS) {
                page.repaintSoon();
            } else {
                sets = session.sets();
                selected = sel;
                version = session.weightsVersion();
                computedAt = now;
            }
        }
        ImageSet images = images(session);
        if (pixels.length != images.pixelsPerImage()) {
            pixels = new double[images.pixelsPerImage()];
        }
        images.copyImage(selected, pixels, 0);
        trace = traces.of(session.trainer().network(), version, pixels, images.side());
        refreshMatrix(session);
    }

    /**
     * Brings the matrix up to {@link #version}: at once when small, else this paint's slice of the
     * one under way (begun of the weights of its time; a newer one begins when it is finished).
     */
    private void refreshMatrix(LabSession session) {
        Network network = session.trainer().network();
        ImageSet images = images(session);
        if (images.size() * network.forwardCost() <= SYNC_MATRIX_WORK) {
            if (matrixVersion != version) {
                confusion = Confusion.of(network, images);
                matrixVersion = version;
            }
            return;
        }
        if (!counting.active() && matrixVersion != version) {
            counting.begin(network, images);
            countingVersion = version;
        }
        if (counting.active()) {
            double until = Browser.now() + SLICE_MS;
            boolean done;
            do {
                done = counting.advanceWork(SLICE_WORK);
            } while (!done && Browser.now() < until);
            if (done) {
                confusion = counting.result();
                matrixVersion = countingVersion;
            }
            page.repaintSoon();
        }
    }

    /** The latest confusion matrix finished, or null before the first of these images. */
    Confusion confusion() {
        return confusion;
    }

    ImageTrace trace() {
        return trace;
    }

    /** Whether the network has trained at all (before, its answers mean nothing and are not shown). */
    static boolean trained(LabSession session) {
        return session.last().epoch() > 0 || session.last().sampleUpdates() > 0;
    }

    /** A trace as the feature-map painter takes it: the input first, then every layer's output. */
    static List<FeatureLayer> featureLayers(ImageTrace trace) {
        List<FeatureLayer> layers = new ArrayList<>();
        int side = trace.side();
        layers.add(new FeatureLayer("Input: " + side + "\u00d7" + side + " pixels", 1, side, side, trace.pixels()));
        for (int l = 0; l < trace.layers().size(); l++) {
            ImageTrace.LayerOutput out = trace.layers().get(l);
            double[] v = out.values();
            if (out.isMaps()) {
                int c = out.shape().dim(0);
                int h = out.shape().dim(1);
                int w = out.shape().dim(2);
                layers.add(new FeatureLayer(ImageViewText.layerTitle(out.kind(), c, h, w, false), c, h, w, v));
            } else {
                String last = l == trace.layers().size() - 1 ? ", before the softmax" : "";
                layers.add(FeatureLayer.vector(ImageViewText.layerTitle(out.kind(), 1, 1, v.length, true) + last, v));
            }
        }
        return layers;
    }
}
