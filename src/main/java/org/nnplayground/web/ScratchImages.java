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

    /**
     * One off-screen canvas with its 2D context, an image of its size and a copy of the pixels it
     * holds. A paint that draws the same pixels through it again leaves the canvas untouched, so
     * the browser keeps the picture it already has of it instead of taking a new one for the
     * compositor: a neuron whose picture did not change by a colour step costs no new image.
     */
    static final class Scratch {
        final HTMLCanvasElement canvas;
        final CanvasRenderingContext2D ctx;
        ImageData image;
        Int32Array pixels;
        /** What the canvas holds, or null when unknown (new, resized, its context restored). */
        private int[] held;

        Scratch() {
            canvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
            ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
            canvas.addEventListener("contextrestored", evt -> held = null); // a restored canvas is blank
        }

        /** Makes the canvas and its image exactly w x h (only when they are not already). */
        void fit(int w, int h) {
            if (image == null || image.getWidth() != w || image.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
                image = ctx.createImageData(w, h);
                pixels = Int32Array.create(image.getData().getBuffer());
                held = null;
            }
        }

        /** Puts {@code source} (exactly the canvas's size) into the canvas, unless it holds those pixels already. */
        void show(int[] source) {
            if (held != null && java.util.Arrays.equals(held, source)) {
                return;
            }
            pixels.set(source);
            ctx.putImageData(image, 0, 0);
            if (held == null || held.length != source.length) {
                held = new int[source.length];
            }
            System.arraycopy(source, 0, held, 0, source.length);
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
