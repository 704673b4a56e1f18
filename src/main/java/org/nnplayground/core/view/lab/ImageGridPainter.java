package org.nnplayground.core.view.lab;

import java.util.List;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * The data grid: the first images of a set, each with its label under it and, once the network
 * has been trained, its answer. An image the network gets wrong has a thick frame in the palette's
 * warning colour and a cross before its answer (so it does not rest on colour alone); the selected
 * image has a frame in ink; the keyboard's cell a dashed one. {@link #layout} sizes the grid to a
 * width and finds the cell under a point.
 */
public final class ImageGridPainter {
    /** Space between cells, in CSS pixels. */
    public static final double GAP = 8;
    /** Height of the two text lines under an image. */
    public static final double LABELS = 26;
    /** Smallest and largest side of an image in the grid. */
    public static final double MIN_CELL = 48;
    public static final double MAX_CELL = 72;
    /** The side the layout aims at: as many columns as fit at it, then widened to fill the row. */
    public static final double PREFERRED_CELL = 64;
    /** Room around the grid for the frames drawn outside a cell. */
    static final double MARGIN = 5;

    private final Tiles tiles = new Tiles();

    /** Where the cells go: {@code columns} per row, images of {@code cell} pixels a side. */
    public record Layout(int count, int columns, double cell) {
        public int rows() {
            return (count + columns - 1) / columns;
        }

        /** Height of the whole grid. */
        public double height() {
            return rows() == 0 ? 0 : rows() * (cell + LABELS + GAP) - GAP + 2 * MARGIN;
        }

        public double x(int i) {
            return MARGIN + (i % columns) * (cell + GAP);
        }

        public double y(int i) {
            return MARGIN + (i / columns) * (cell + LABELS + GAP);
        }

        /** The cell under (x, y), image and labels, or -1. */
        public int hit(double px, double py) {
            for (int i = 0; i < count; i++) {
                if (px >= x(i) && px < x(i) + cell && py >= y(i) && py < y(i) + cell + LABELS) {
                    return i;
                }
            }
            return -1;
        }

        /** The cell {@code dx} columns and {@code dy} rows from {@code i}, kept inside the grid. */
        public int move(int i, int dx, int dy) {
            int next = i + dx + dy * columns;
            return next < 0 ? (dy == 0 ? 0 : i) : next >= count ? (dy == 0 ? count - 1 : i) : next;
        }
    }

    /**
     * The layout of {@code count} cells in {@code width} pixels: as many columns as fit at the
     * preferred side, widened to fill the row (at most {@link #MAX_CELL}).
     */
    public static Layout layout(double width, int count) {
        double room = Math.max(MIN_CELL, width - 2 * MARGIN);
        int columns = Math.max(1, (int) Math.floor((room + GAP) / (PREFERRED_CELL + GAP)));
        columns = Math.min(columns, Math.max(1, count));
        double cell = Math.min(MAX_CELL, Math.floor((room + GAP) / columns - GAP));
        return new Layout(count, columns, Math.max(MIN_CELL / 2, cell));
    }

    /**
     * Paints the first {@code layout.count()} images of {@code images}.
     *
     * @param predicted the network's class for each image of the set, or null before training
     * @param selected the selected image (its frame in ink), or -1
     * @param focused the keyboard's cell (a dashed frame), or -1
     */
    public void paint(DrawSurface s, Layout layout, ImageSet images, int[] predicted, int selected, int focused) {
        Palette p = s.palette();
        s.clear();
        List<String> names = images.problem().classNames();
        int side = images.side();
        double[] pixels = new double[side * side];
        s.setFont(11, false);
        for (int i = 0; i < layout.count() && i < images.size(); i++) {
            double x = layout.x(i);
            double y = layout.y(i);
            double c = layout.cell();
            images.copyImage(i, pixels, 0);
            tiles.draw(s, pixels, 0, side, side, v -> v, false, x, y, c, c);
            int label = images.label(i);
            boolean known = predicted != null && i < predicted.length;
            boolean wrong = known && predicted[i] != label;
            s.setStroke(wrong ? p.warning() : p.grid());
            s.setLineWidth(wrong ? 3 : 1);
            s.strokeRect(x + (wrong ? 1.5 : 0.5), y + (wrong ? 1.5 : 0.5), c - (wrong ? 3 : 1), c - (wrong ? 3 : 1));
            if (i == selected) {
                s.setStroke(p.ink());
                s.setLineWidth(2);
                s.strokeRect(x - 2, y - 2, c + 4, c + 4);
            }
            s.setFill(p.text());
            s.fillText(Tiles.fit(s, names.get(label), c), x + c / 2, y + c + 7, 0);
            if (known) {
                s.setFill(wrong ? p.warning() : p.mutedText());
                String answer = (wrong ? "\u2717 " : "\u2713 ") + names.get(predicted[i]);
                s.fillText(Tiles.fit(s, answer, c), x + c / 2, y + c + 20, 0);
            }
            if (i == focused) {
                s.setStroke(p.ink());
                s.setLineWidth(1);
                s.setDash(3);
                s.strokeRect(x - 4, y - 4, c + 8, c + LABELS + 6);
                s.setDash(0);
            }
        }
    }
}
