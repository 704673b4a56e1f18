package org.nnplayground.web;

import org.nnplayground.core.view.Colors;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * {@link DrawSurface} on a canvas 2D context. The backing store is sized to the element's CSS size
 * times devicePixelRatio, and the context scaled to match, so painters work in CSS pixels and the
 * result is crisp on high-density screens. Its palette is its playground's {@link PageTheme}'s, read
 * at every paint. Only forwards calls; computes nothing.
 */
public final class CanvasSurface implements DrawSurface {
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D ctx;
    private final PageTheme theme;
    private double width;
    private double height;
    private double ratio = 1;
    private int fill = 1;
    private int stroke = 1;
    private String fontFamily;
    private final ScratchImages scratches = new ScratchImages();
    private final KeptLayers layers = new KeptLayers();
    /** A w x h copy of a longer pixel array (see drawPixels). */
    private int[] exact = new int[0];

    CanvasSurface(HTMLCanvasElement canvas, PageTheme theme) {
        this.canvas = canvas;
        this.theme = theme;
        this.ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
        fitToElement();
    }

    /** A surface on an off-screen canvas, sized by {@link #fitTo} (a kept layer of another surface). */
    CanvasSurface(PageTheme theme) {
        this.canvas = (HTMLCanvasElement) org.teavm.jso.dom.html.HTMLDocument.current().createElement("canvas");
        this.theme = theme;
        this.ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    }

    PageTheme theme() {
        return theme;
    }

    /** The pixel ratio the backing store was last sized for. */
    double ratio() {
        return ratio;
    }

    CanvasRenderingContext2D context() {
        return ctx;
    }

    public HTMLCanvasElement canvas() {
        return canvas;
    }

    /**
     * Matches the backing store to the element's current CSS size and the screen's pixel ratio;
     * returns whether anything changed (then everything must be repainted).
     */
    public boolean fitToElement() {
        double dpr = Window.current().getDevicePixelRatio();
        return fitTo(Math.max(1, canvas.getClientWidth()), Math.max(1, canvas.getClientHeight()), dpr > 0 ? dpr : 1);
    }

    /** Sizes the backing store for {@code cssWidth} x {@code cssHeight} CSS pixels at pixel ratio {@code dpr}. */
    boolean fitTo(double cssWidth, double cssHeight, double dpr) {
        int pixelWidth = (int) Math.round(cssWidth * dpr);
        int pixelHeight = (int) Math.round(cssHeight * dpr);
        boolean changed = pixelWidth != canvas.getWidth() || pixelHeight != canvas.getHeight() || dpr != ratio;
        if (changed) {
            canvas.setWidth(pixelWidth);
            canvas.setHeight(pixelHeight);
        }
        width = cssWidth;
        height = cssHeight;
        ratio = dpr;
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        fill = 1;
        stroke = 1;
        return changed;
    }

    @Override
    public Palette palette() {
        return theme.palette();
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void clear() {
        scratches.restart(); // a new picture: its images may take the first scratch canvases again
        ctx.clearRect(0, 0, width, height);
    }

    @Override
    public void setFill(int argb) {
        if (argb != fill) {
            fill = argb;
            ctx.setFillStyle(Colors.css(argb));
        }
    }

    @Override
    public void setStroke(int argb) {
        if (argb != stroke) {
            stroke = argb;
            ctx.setStrokeStyle(Colors.css(argb));
        }
    }

    @Override
    public void setLineWidth(double w) {
        ctx.setLineWidth(w);
    }

    @Override
    public void setDash(double dash) {
        setLineDash(ctx, dash);
    }

    @JSBody(params = {"ctx", "dash"}, script = "ctx.setLineDash(dash > 0 ? [dash, dash] : []);")
    private static native void setLineDash(JSObject ctx, double dash);

    @Override
    public void fillRect(double x, double y, double w, double h) {
        ctx.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        ctx.strokeRect(x, y, w, h);
    }

    @Override
    public void beginPath() {
        ctx.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        ctx.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        ctx.lineTo(x, y);
    }

    @Override
    public void bezierTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        ctx.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void circle(double cx, double cy, double r) {
        ctx.moveTo(cx + r, cy);
        ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    }

    @Override
    public void closePath() {
        ctx.closePath();
    }

    @Override
    public void fill() {
        ctx.fill();
    }

    @Override
    public void stroke() {
        ctx.stroke();
    }

    @Override
    public void setFont(double size, boolean bold) {
        ctx.setFont((bold ? "600 " : "") + size + "px " + fontFamily);
    }

    @Override
    public void fillText(String text, double x, double y, int align) {
        ctx.setTextAlign(align < 0 ? "left" : (align > 0 ? "right" : "center"));
        ctx.setTextBaseline("middle");
        ctx.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        return ctx.measureText(text).getWidth();
    }

    /**
     * Draws the first {@code w * h} entries of {@code pixels} (the array may be longer: painters keep
     * one buffer of their largest size) through a scratch image of exactly w x h. Nothing is drawn
     * for an empty image or an empty or non-finite target; an array shorter than w x h is a
     * painter's error and is refused with a message.
     */
    @Override
    public void drawPixels(int[] pixels, int w, int h, double x, double y, double dw, double dh) {
        long count = (long) w * h;
        if (w <= 0 || h <= 0 || !(dw > 0) || !(dh > 0) || dw - dw != 0 || dh - dh != 0 || x - x != 0 || y - y != 0) {
            return;
        }
        if (pixels.length < count) {
            throw new IllegalArgumentException("an image of " + w + " x " + h + " needs " + count
                    + " pixels, got " + pixels.length);
        }
        // Int32Array.set copies the whole Java array: it must be exactly w x h long, or it runs out
        // of the image's bounds ("offset is out of bounds").
        int[] source = pixels;
        if (pixels.length != count) {
            if (exact.length != count) {
                exact = new int[(int) count];
            }
            System.arraycopy(pixels, 0, exact, 0, exact.length);
            source = exact;
        }
        ScratchImages.Scratch scratch = scratches.take(w, h);
        scratch.show(source);
        setSmoothing(ctx, false);
        ctx.drawImage(scratch.canvas, x, y, dw, dh);
    }

    @JSBody(params = {"ctx", "on"}, script = "ctx.imageSmoothingEnabled = on;")
    private static native void setSmoothing(JSObject ctx, boolean on);

    @Override
    public void save() {
        ctx.save();
    }

    @Override
    public void restore() {
        ctx.restore();
        fill = 1;
        stroke = 1;
    }

    /** Keeps the picture in a layer of this surface's size (see {@link KeptLayers}). */
    @Override
    public void layer(int id, Object key, java.util.function.Consumer<DrawSurface> paint) {
        if (key == null) {
            paint.accept(this);
        } else {
            layers.draw(this, id, key, paint);
        }
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        ctx.beginPath();
        ctx.rect(x, y, w, h);
        ctx.clip();
    }
}
