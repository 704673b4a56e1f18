package org.nnplayground.core.view.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * A {@link DrawSurface} for the sequence painters' tests: keeps the images, filled and stroked
 * rectangles, texts and paths (their points, colour and width) it was given. Text is 6 px a character.
 */
final class Recorder implements DrawSurface {
    record Image(int[] pixels, int w, int h, double x, double y, double dw, double dh) {
        int at(int row, int column) {
            return pixels[row * w + column];
        }
    }

    record Rect(double x, double y, double w, double h, boolean filled, int colour, double lineWidth) {
    }

    record Text(String text, double x, double y, int colour) {
    }

    /** A path as stroked or filled: its points (move, line and curve ends; circle centres), how many pieces it has. */
    record Path(List<double[]> points, int moves, int circles, boolean stroked, int colour, double width) {
    }

    private final double width;
    private final double height;
    private final Palette palette;
    final List<Image> images = new ArrayList<>();
    final List<Rect> rects = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    final List<Path> paths = new ArrayList<>();
    private List<double[]> points = new ArrayList<>();
    private int moves;
    private int circles;
    private int fill;
    private int stroke;
    private double lineWidth = 1;

    Recorder(double width, double height, Palette palette) {
        this.width = width;
        this.height = height;
        this.palette = palette;
    }

    /** The stroked paths in {@code colour}. */
    List<Path> stroked(int colour) {
        return paths.stream().filter(p -> p.stroked() && p.colour() == colour).toList();
    }

    /** Whether some text contains {@code part}. */
    boolean says(String part) {
        return texts.stream().anyMatch(t -> t.text().contains(part));
    }

    @Override public Palette palette() { return palette; }
    @Override public double width() { return width; }
    @Override public double height() { return height; }
    @Override public void clear() { }
    @Override public void setFill(int argb) { fill = argb; }
    @Override public void setStroke(int argb) { stroke = argb; }
    @Override public void setLineWidth(double w) { lineWidth = w; }
    @Override public void setDash(double dash) { }
    @Override public void fillRect(double x, double y, double w, double h) { rects.add(new Rect(x, y, w, h, true, fill, lineWidth)); }
    @Override public void strokeRect(double x, double y, double w, double h) { rects.add(new Rect(x, y, w, h, false, stroke, lineWidth)); }

    @Override public void beginPath() {
        points = new ArrayList<>();
        moves = 0;
        circles = 0;
    }

    @Override public void moveTo(double x, double y) {
        points.add(new double[] {x, y});
        moves++;
    }

    @Override public void lineTo(double x, double y) { points.add(new double[] {x, y}); }
    @Override public void bezierTo(double c1x, double c1y, double c2x, double c2y, double x, double y) { points.add(new double[] {x, y}); }

    @Override public void circle(double cx, double cy, double r) {
        points.add(new double[] {cx, cy});
        circles++;
    }

    @Override public void closePath() { }
    @Override public void fill() { paths.add(new Path(List.copyOf(points), moves, circles, false, fill, lineWidth)); }
    @Override public void stroke() { paths.add(new Path(List.copyOf(points), moves, circles, true, stroke, lineWidth)); }
    @Override public void setFont(double size, boolean bold) { }
    @Override public void fillText(String text, double x, double y, int align) { texts.add(new Text(text, x, y, fill)); }
    @Override public double textWidth(String text) { return 6 * text.length(); }

    @Override public void drawPixels(int[] pixels, int w, int h, double x, double y, double dw, double dh) {
        int[] copy = new int[w * h];
        System.arraycopy(pixels, 0, copy, 0, copy.length);
        images.add(new Image(copy, w, h, x, y, dw, dh));
    }

    @Override public void save() { }
    @Override public void restore() { }
    @Override public void clipRect(double x, double y, double w, double h) { }
}
