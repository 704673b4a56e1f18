package org.nnplayground.core.data.image;

import java.util.List;
import org.nnplayground.core.Named;
import org.nnplayground.core.math.Rng;

/**
 * The image problems: what a figure is, which classes there are and which image sides each is
 * made at. Each draws one figure of a given class into a raster; noise is added afterwards.
 */
public enum ImageProblem implements Named {
    /**
     * A horizontal (class 0) or vertical (class 1) bar one pixel thick and half to all of the side
     * long, at a random row (or column) and offset. Centred, it lies on the middle row or column.
     */
    BARS("bars", "Bars", List.of("horizontal", "vertical"), new int[] {8}) {
        @Override
        void draw(Raster raster, int label, Placement place, Rng rng) {
            int side = raster.side();
            int length = side / 2 + rng.nextInt(side - side / 2 + 1);
            int across = place.centred() ? (side - 1) / 2 : rng.nextInt(side);
            int along = place.centred() ? (side - length) / 2 : rng.nextInt(side - length + 1);
            if (label == 0) {
                raster.fillRect(along + place.dx(), across + place.dy(), length, 1);
            } else {
                raster.fillRect(across + place.dx(), along + place.dy(), 1, length);
            }
        }
    },
    /**
     * The outline of a square, a circle, a triangle (apex up) or a plus-shaped cross, 50 to 85 per
     * cent of the side across, strokes 1 to 1.3 pixels thick, anywhere it fits with a pixel to spare.
     */
    SHAPES("shapes", "Shapes", List.of("square", "circle", "triangle", "cross"), new int[] {12, 16}) {
        @Override
        void draw(Raster raster, int label, Placement place, Rng rng) {
            int side = raster.side();
            double size = side * rng.uniform(0.5, 0.85);
            double thickness = rng.uniform(1.0, 1.3);
            double half = size / 2;
            double cx = side / 2.0;
            double cy = side / 2.0;
            if (!place.centred()) {
                cx = rng.uniform(half + 1, side - half - 1);
                cy = rng.uniform(half + 1, side - half - 1);
            }
            cx += place.dx();
            cy += place.dy();
            switch (label) {
                case 0:
                    raster.polyline(new double[] {cx - half, cx + half, cx + half, cx - half, cx - half},
                            new double[] {cy - half, cy - half, cy + half, cy + half, cy - half}, thickness);
                    break;
                case 1:
                    raster.circle(cx, cy, half, thickness);
                    break;
                case 2:
                    raster.polyline(new double[] {cx, cx + half, cx - half, cx},
                            new double[] {cy - half, cy + half, cy + half, cy - half}, thickness);
                    break;
                default:
                    raster.segment(cx - half, cy, cx + half, cy, thickness);
                    raster.segment(cx, cy - half, cx, cy + half, thickness);
                    break;
            }
        }
    },
    /**
     * A digit of the project's stroke font ({@link StrokeFont}), 60 to 80 per cent of the side tall
     * and 55 to 70 per cent as wide as tall, strokes of 0.9 to 1.6 pixels per 12 pixels of side,
     * its box centred and then moved by up to a pixel per 12 of side each way (not when centred).
     */
    DIGITS("digits", "Digits", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), new int[] {12, 16}) {
        @Override
        void draw(Raster raster, int label, Placement place, Rng rng) {
            int side = raster.side();
            double unit = side / 12.0;
            double height = side * rng.uniform(0.6, 0.8);
            double width = height * rng.uniform(0.55, 0.7);
            double thickness = unit * rng.uniform(0.9, 1.6);
            double cx = side / 2.0 + place.dx();
            double cy = side / 2.0 + place.dy();
            if (!place.centred()) {
                cx += unit * rng.uniform(-1.0, 1.0);
                cy += unit * rng.uniform(-1.0, 1.0);
            }
            StrokeFont.draw(raster, label, cx - width / 2, cy - height / 2, width, height, thickness);
        }
    };

    private final String id;
    private final String label;
    private final List<String> classNames;
    private final int[] sides;

    ImageProblem(String id, String label, List<String> classNames, int[] sides) {
        this.id = id;
        this.label = label;
        this.classNames = classNames;
        this.sides = sides;
    }

    /** Draws one figure of class {@code label} into the (cleared) raster, placed as {@code place} says. */
    abstract void draw(Raster raster, int label, Placement place, Rng rng);

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** Number of classes. */
    public int classes() {
        return classNames.size();
    }

    /** The classes' names for people, class 0 first. */
    public List<String> classNames() {
        return classNames;
    }

    /** The image sides this problem is made at, smallest first. */
    public int[] sides() {
        return sides.clone();
    }

    /** Whether this problem is made at {@code side}. */
    public boolean hasSide(int side) {
        for (int s : sides) {
            if (s == side) {
                return true;
            }
        }
        return false;
    }

    /** The smallest side this problem is made at. */
    public int defaultSide() {
        return sides[0];
    }

    /** The problem with this id, or null. */
    public static ImageProblem byId(String id) {
        return Named.byId(values(), id);
    }
}
