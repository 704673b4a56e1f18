package org.nnplayground.core.view.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * A {@link DrawSurface} for the image painters' tests: records the rectangles (with their colour and
 * line width), the texts and the pixel images drawn. Text is measured as 0.6 em per character.
 */
final class ImageTestSurface implements DrawSurface {
    record Rect(double x, double y, double w, double h, boolean filled, int colour, double lineWidth, double dash) {
    }

    record Text(String text, double x, double y, int colour, boolean bold) {
    }

    record Pixels(int[] pixels, int w, int h, double x, double y, double dw, double dh) {
        int at(int row, int column) {
            return pixels[row * w + column];
        }
    }

    private final double width;
    private final double height;
    private final Palette palette;
    final List<Rect> rects = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    final List<Pixels> images = new ArrayList<>();
    int strokes;
    private int fill;
    private int stroke;
    private double lineWidth = 1;
    private double dash;
    private double fontSize = 10;
    private boolean bold;

    ImageTestSurface(double width, double height, Palette palette) {
        this.width = width;
        this.height = height;
        this.palette = palette;
    }

    ImageTestSurface(double width, double height) {
        this(width, height, Palette.LIGHT);
    }

    List<Rect> strokedIn(int colour) {
        return rects.stream().filter(r -> !r.filled() && r.colour() == colour).toList();
    }

    boolean hasText(String part) {
        return texts.stream().anyMatch(t -> t.text().contains(part));
    }

    Text text(String exact) {
        return texts.stream().filter(t -> t.text().equals(exact)).findFirst().orElse(null);
    }

    @Override public Palette palette() { return palette; }

    @Override public double width() { return width; }

    @Override public double height() { return height; }

    @Override public void clear() {
        rects.clear();
        texts.clear();
        images.clear();
    }

    @Override public void setFill(int argb) { fill = argb; }

    @Override public void setStroke(int argb) { stroke = argb; }

    @Override public void setLineWidth(double w) { lineWidth = w; }

    @Override public void setDash(double d) { dash = d; }

    @Override public void fillRect(double x, double y, double w, double h) {
        rects.add(new Rect(x, y, w, h, true, fill, lineWidth, dash));
    }

    @Override public void strokeRect(double x, double y, double w, double h) {
        rects.add(new Rect(x, y, w, h, false, stroke, lineWidth, dash));
    }

    @Override public void beginPath() { }

    @Override public void moveTo(double x, double y) { }

    @Override public void lineTo(double x, double y) { }

    @Override public void bezierTo(double c1x, double c1y, double c2x, double c2y, double x, double y) { }

    @Override public void circle(double cx, double cy, double r) { }

    @Override public void closePath() { }

    @Override public void fill() { }

    @Override public void stroke() { strokes++; }

    @Override public void setFont(double size, boolean b) {
        fontSize = size;
        bold = b;
    }

    @Override public void fillText(String text, double x, double y, int align) {
        texts.add(new Text(text, x, y, fill, bold));
    }

    @Override public double textWidth(String text) { return text.length() * fontSize * 0.6; }

    @Override public void drawPixels(int[] pixels, int w, int h, double x, double y, double dw, double dh) {
        int[] copy = new int[w * h];
        System.arraycopy(pixels, 0, copy, 0, w * h);
        images.add(new Pixels(copy, w, h, x, y, dw, dh));
    }

    @Override public void save() { }

    @Override public void restore() { }

    @Override public void clipRect(double x, double y, double w, double h) { }
}
