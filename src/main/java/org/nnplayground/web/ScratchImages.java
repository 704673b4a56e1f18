package org.nnplayground.web;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * The small off-screen canvases a {@link CanvasSurface} draws pixel arrays through, one per image
 * drawn in a paint. Chromium records a canvas's drawing and plays it back when the frame is handed
 * to the compositor; a drawImage of an off-screen canvas keeps that canvas's picture until then, so
 * writing the next image into the same canvas forces a copy of the one still waiting. The network
 * graph draws dozens of neuron pictures a frame, and through one shared canvas these copies made the
 * compositor commit the largest part of the frame. Each image of a paint therefore gets its own
 * canvas (reused by the same position in the next paint, whose pictures have been drawn by then).
 */
final class ScratchImages {
    /** More images than this in one paint share canvases again (slower, still correct). */
    static final int MOST = 128;

    /** One off-screen canvas with its 2D context and an image of its size. */
    static final class Scratch {
        final HTMLCanvasElement canvas;
        final CanvasRenderingContext2D ctx;
        ImageData image;
        Int32Array pixels;

        Scratch() {
            canvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
            ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
        }

        /** Makes the canvas and its image exactly w x h (only when they are not already). */
        void fit(int w, int h) {
            if (image == null || image.getWidth() != w || image.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
                image = ctx.createImageData(w, h);
                pixels = Int32Array.create(image.getData().getBuffer());
            }
        }
    }

    private final java.util.ArrayList<Scratch> pool = new java.util.ArrayList<>();
    private int next;

    /** A new paint begins: its first image takes the first canvas again. */
    void restart() {
        next = 0;
    }

    /** The canvas for the next image of this paint, w x h. */
    Scratch take(int w, int h) {
        if (next == MOST) {
            next = 0;
        }
        if (next == pool.size()) {
            pool.add(new Scratch());
        }
        Scratch s = pool.get(next++);
        s.fit(w, h);
        return s;
    }
}
