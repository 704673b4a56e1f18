package org.nnplayground.core.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DrawSurface} for tests: records every operation with the style in effect, groups path
 * segments into the path that was filled or stroked, and counts fills, strokes, texts and pixels.
 * Text is measured as 0.6 em per character. Its palette is {@link Palette#LIGHT} unless given.
 */
class RecordingSurface implements DrawSurface {
    enum Kind { MOVE, LINE, BEZIER, CIRCLE, CLOSE }

    /** One path segment; {@code x}, {@code y} are its end point (a circle's centre). */
    record Segment(Kind kind, double x, double y, double[] all) {
    }

    /** A path as it was filled or stroked. */
    record Path(List<Segment> segments, boolean stroked, int colour, double lineWidth, double dash) {
        long count(Kind kind) {
            return segments.stream().filter(s -> s.kind() == kind).count();
        }

        boolean has(Kind kind) {
            return count(kind) > 0;
        }
    }

    record Text(String text, double x, double y, int align, int colour, double size) {
    }

    record Rect(double x, double y, double w, double h, boolean filled, int colour, double lineWidth) {
    }

    record Pixels(int[] pixels, int w, int h, double x, double y, double dw, double dh) {
        int at(int row, int column) {
            return pixels[row * w + column];
        }
    }

    private final double width;
    private final double height;
    private final Palette palette;
    final List<Path> paths = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    final List<Rect> rects = new ArrayList<>();
    final List<Pixels> images = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    private List<Segment> current = new ArrayList<>();
    private int fill = Colors.BLACK;
    private int stroke = Colors.BLACK;
    private double lineWidth = 1;
    private double dash;
    private double fontSize = 10;
    int fills;
    int strokes;
    int clears;
    long pixelsDrawn;
    int saveDepth;

    RecordingSurface(double width, double height) {
        this(width, height, Palette.LIGHT);
    }

    RecordingSurface(double width, double height, Palette palette) {
        this.width = width;
        this.height = height;
        this.palette = palette;
    }

    @Override public Palette palette() { return palette; }

    @Override public double width() { return width; }

    @Override public double height() { return height; }

    @Override public void clear() {
        clears++;
        log.add("clear");
    }

    @Override public void setFill(int argb) { fill = argb; }

    @Override public void setStroke(int argb) { stroke = argb; }

    @Override public void setLineWidth(double w) { lineWidth = w; }

    @Override public void setDash(double d) { dash = d; }

    @Override public void fillRect(double x, double y, double w, double h) {
        fills++;
        rects.add(new Rect(x, y, w, h, true, fill, lineWidth));
        log.add("fillRect");
    }

    @Override public void strokeRect(double x, double y, double w, double h) {
        strokes++;
        rects.add(new Rect(x, y, w, h, false, stroke, lineWidth));
        log.add("strokeRect");
    }

    @Override public void beginPath() {
        current = new ArrayList<>();
    }

    @Override public void moveTo(double x, double y) {
        current.add(new Segment(Kind.MOVE, x, y, new double[] {x, y}));
    }

    @Override public void lineTo(double x, double y) {
        current.add(new Segment(Kind.LINE, x, y, new double[] {x, y}));
    }

    @Override public void bezierTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        current.add(new Segment(Kind.BEZIER, x, y, new double[] {c1x, c1y, c2x, c2y, x, y}));
    }

    @Override public void circle(double cx, double cy, double r) {
        current.add(new Segment(Kind.CIRCLE, cx, cy, new double[] {cx, cy, r}));
    }

    @Override public void closePath() {
        current.add(new Segment(Kind.CLOSE, Double.NaN, Double.NaN, new double[0]));
    }

    @Override public void fill() {
        fills++;
        paths.add(new Path(List.copyOf(current), false, fill, lineWidth, dash));
        log.add("fill");
    }

    @Override public void stroke() {
        strokes++;
        paths.add(new Path(List.copyOf(current), true, stroke, lineWidth, dash));
        log.add("stroke");
    }

    @Override public void setFont(double size, boolean bold) { fontSize = size; }

    @Override public void fillText(String text, double x, double y, int align) {
        texts.add(new Text(text, x, y, align, fill, fontSize));
        log.add("text " + text);
    }

    @Override public double textWidth(String text) {
        return 0.6 * fontSize * text.length();
    }

    @Override public void drawPixels(int[] pixels, int w, int h, double x, double y, double dw, double dh) {
        if (pixels.length < w * h) {
            throw new AssertionError("pixel array of " + pixels.length + " for " + w + " x " + h);
        }
        images.add(new Pixels(pixels.clone(), w, h, x, y, dw, dh));
        pixelsDrawn += (long) w * h;
        log.add("pixels");
    }

    @Override public void save() { saveDepth++; }

    @Override public void restore() {
        saveDepth--;
        if (saveDepth < 0) {
            throw new AssertionError("restore without save");
        }
    }

    @Override public void clipRect(double x, double y, double w, double h) {
        log.add("clip");
    }

    int texts() {
        return texts.size();
    }

    boolean hasText(String text) {
        return texts.stream().anyMatch(t -> t.text().equals(text));
    }

    /** Stroked paths in the given colour. */
    List<Path> strokedIn(int colour) {
        return paths.stream().filter(p -> p.stroked() && p.colour() == colour).toList();
    }

    /** Every coordinate of every recorded path, rectangle, text and image is a finite number. */
    boolean allCoordinatesFinite() {
        for (Path p : paths) {
            for (Segment s : p.segments()) {
                for (double v : s.all()) {
                    if (!Double.isFinite(v)) {
                        return false;
                    }
                }
            }
        }
        for (Rect r : rects) {
            if (!Double.isFinite(r.x() + r.y() + r.w() + r.h())) {
                return false;
            }
        }
        for (Text t : texts) {
            if (!Double.isFinite(t.x() + t.y())) {
                return false;
            }
        }
        for (Pixels p : images) {
            if (!Double.isFinite(p.x() + p.y() + p.dw() + p.dh())) {
                return false;
            }
        }
        return true;
    }
}
