package org.nnplayground.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.nnplayground.core.view.Palette;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The data set thumbnails' canvases, kept from one render of the controls to the next: the data
 * column is built again after every click, and a thumbnail whose data and colours did not change
 * keeps its canvas and its picture (moving a canvas keeps its pixels), so that a click neither
 * regenerates the thumbnails' data nor hands the browser new pictures to draw. Canvases not used by
 * a render are let go at the next.
 */
final class ThumbnailCanvases {
    /** What a thumbnail shows: its data (as generated from this key) and the palette it is drawn in. */
    private record Key(Object data, Palette palette) {
    }

    /** A thumbnail's canvas, its surface once it has a size, and whether it holds its picture at that size. */
    private static final class Entry {
        final HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.el("canvas", null);
        CanvasSurface surface;
        boolean painted;
    }

    private final PageTheme theme;
    private Map<Key, Entry> shown = new HashMap<>();
    private Map<Key, Entry> rendering = new HashMap<>();

    ThumbnailCanvases(PageTheme theme) {
        this.theme = theme;
    }

    /** A render of the controls begins: the canvases it asks for are kept, the others dropped at the next. */
    void startRender() {
        shown = rendering.isEmpty() ? shown : rendering;
        rendering = new HashMap<>();
    }

    /**
     * The canvas of the thumbnail of {@code data}, drawn by {@code paint} once it is in the document
     * and has a size (and again when its size changes); the same canvas as the last render's, picture
     * and all, when neither the data nor the colours changed.
     */
    HTMLCanvasElement canvas(Object data, Consumer<CanvasSurface> paint) {
        Key key = new Key(Objects.requireNonNull(data), theme.palette());
        Entry e = rendering.get(key);
        if (e == null) {
            e = shown.get(key);
        }
        if (e == null) {
            Entry fresh = new Entry();
            fresh.canvas.setAttribute("aria-hidden", "true");
            // Sized by CSS; painted once the button is in the document and has a size.
            Browser.onResize(fresh.canvas, () -> {
                if (fresh.canvas.getClientWidth() <= 0) {
                    return; // out of the document between renders: the picture stays as it is
                }
                boolean resized = fresh.surface == null || fresh.surface.fitToElement();
                if (fresh.surface == null) {
                    fresh.surface = new CanvasSurface(fresh.canvas, theme);
                }
                if (resized || !fresh.painted) {
                    paint.accept(fresh.surface);
                    fresh.painted = true;
                }
            });
            e = fresh;
        }
        rendering.put(key, e);
        return e.canvas;
    }
}
