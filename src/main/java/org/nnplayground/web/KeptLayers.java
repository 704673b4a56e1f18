package org.nnplayground.web;

import java.util.function.Consumer;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The kept layers of one {@link CanvasSurface} (see {@link DrawSurface#layer}): each an off-screen
 * canvas of the surface's size, drawn once per key and then copied onto the surface at every paint.
 * A copy of a kept canvas is a fraction of a millisecond; the pictures kept this way (ten thousand
 * data points, thousands of link curves) cost the browser tens of milliseconds to draw afresh. A
 * layer is drawn again when its key differs from the one it was drawn with, or the surface's
 * size, pixel ratio or colours changed.
 */
final class KeptLayers {
    /** One kept picture and what it was drawn for. */
    private static final class Layer {
        CanvasSurface surface;
        Object key;
        double width;
        double height;
        double ratio;
        Palette palette;
    }

    private Layer[] layers = new Layer[0];

    /** Copies layer {@code id} onto {@code host}, drawing it first with {@code paint} when {@code key} or the host changed. */
    void draw(CanvasSurface host, int id, Object key, Consumer<DrawSurface> paint) {
        if (id >= layers.length) {
            layers = java.util.Arrays.copyOf(layers, id + 1);
        }
        Layer layer = layers[id];
        if (layer == null) {
            layer = new Layer();
            layer.surface = new CanvasSurface(host.theme());
            layers[id] = layer;
        }
        Palette palette = host.palette();
        if (!key.equals(layer.key) || layer.width != host.width() || layer.height != host.height()
                || layer.ratio != host.ratio() || layer.palette != palette) {
            layer.key = null; // until drawn: a paint that fails leaves no key that would match
            layer.surface.fitTo(host.width(), host.height(), host.ratio());
            layer.surface.clear();
            paint.accept(layer.surface);
            layer.key = key;
            layer.width = host.width();
            layer.height = host.height();
            layer.ratio = host.ratio();
            layer.palette = palette;
        }
        CanvasRenderingContext2D ctx = host.context();
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0); // backing-store pixels onto backing-store pixels
        ctx.drawImage(layer.surface.canvas(), 0, 0);
        ctx.restore();
    }
}
