package org.nnplayground.core.view;

/**
 * The few drawing operations the painters need, in CSS pixels. The browser implements it on a canvas
 * 2D context (scaled for devicePixelRatio); tests implement it by recording. Colours are
 * {@code 0xAARRGGBB} ints (see {@link Colors}), taken from the surface's {@link #palette()}.
 */
public interface DrawSurface {
    /**
     * The colours to draw with on this surface: those of the colour scheme the page shows it in
     * (light or dark ground). Painters read it on every paint, so a change of scheme needs only a repaint.
     */
    Palette palette();

    double width();

    double height();

    /** Clears everything to transparent. */
    void clear();

    void setFill(int argb);

    void setStroke(int argb);

    void setLineWidth(double width);

    /** Dashed lines ({@code dash > 0}: dash and gap length) or solid ({@code 0}). */
    void setDash(double dash);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void bezierTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    /** A full circle as a closed sub-path. */
    void circle(double cx, double cy, double r);

    void closePath();

    void fill();

    void stroke();

    /** Sets the font size in CSS pixels and whether it is bold; the family is the page's. */
    void setFont(double size, boolean bold);

    /** Horizontal anchor of text: -1 left, 0 centre, 1 right; vertical: the text's middle. */
    void fillText(String text, double x, double y, int align);

    double textWidth(String text);

    /**
     * Draws a {@code w} x {@code h} image of pixels scaled into the rectangle (x, y, dw, dh), without
     * smoothing. Pixels are row-major, top row first, each {@code 0xAABBGGRR} (the byte order of the
     * canvas ImageData on little-endian machines): build them with {@link Colors#toPixel(int)}.
     * Only the first {@code w * h} entries are read: the array may be longer (painters keep one
     * buffer of their largest size), never shorter. The surface must use the pixels before it
     * returns: painters reuse one array for many images.
     */
    void drawPixels(int[] pixels, int w, int h, double x, double y, double dw, double dh);

    /** Saves the clip, transform and styles. */
    void save();

    void restore();

    /** Intersects the clip with a rectangle. */
    void clipRect(double x, double y, double w, double h);

    /**
     * Draws a picture this surface may keep between paints, such as ten thousand data points or
     * thousands of links, whose drawing costs far more than showing a kept copy. {@code paint}
     * draws the picture on the surface it is given, from a blank state (no clip, no dash, styles
     * unset: it sets what it uses). A surface that keeps layers gives it a blank layer of its own
     * size and then draws the layer here; the next time the layer {@code id} is asked for with a
     * key equal to {@code key} (and at the same size and colours), it draws the kept layer again
     * without running {@code paint}. The key must therefore tell apart everything the picture
     * shows; a null key never matches. This default keeps nothing: it runs {@code paint} on this
     * surface, which the styles it sets then hold.
     */
    default void layer(int id, Object key, java.util.function.Consumer<DrawSurface> paint) {
        paint.accept(this);
    }
}
