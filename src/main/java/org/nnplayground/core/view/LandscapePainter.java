package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.teach.LossLandscape;
import org.nnplayground.core.text.NumberFormat;

/**
 * Paints the loss of a one-node model over (w, b) for the one-node lessons: a heatmap with iso-lines
 * ({@link LandscapeHeatmap}), the minimum, the path gradient descent has taken (a polyline with a dot
 * per recorded step, usually from a {@link PathRecorder}), the current point and the current
 * gradient as an arrow pointing downhill (along minus the gradient), as long as the gradient is
 * large (see {@link LandscapeArrow}), with its true size in a label that keeps clear of "min".
 *
 * <p>The window is centred on the minimum and equally wide in w and b, drawn as a square, so that
 * the picture keeps the landscape's true shape: the arrow crosses the iso-lines at right angles.
 * Its half-width is the smallest 1-2-5 value that holds the current point and the whole path with
 * a margin, at least {@link #MIN_HALF_SPAN} and at most {@link #MAX_HALF_SPAN} (beyond that, the
 * path runs off the view). Being a 1-2-5 value it changes in jumps, so the grid is recomputed
 * rarely. NaN or infinite points are skipped, never drawn.
 */
public final class LandscapePainter {
    /** The narrowest half-width of the window, in units of w and b. */
    public static final double MIN_HALF_SPAN = 0.5;
    /** The widest half-width: a diverging run leaves the view rather than flatten it to a dot. */
    public static final double MAX_HALF_SPAN = 1e6;
    /** Grid cells per side unless the constructor says otherwise. */
    public static final int DEFAULT_RESOLUTION = 96;

    /** The path the weights took. */
    static int path(Palette p) {
        return p.negative();
    }

    /** The gradient arrow and its label: the colour furthest from the ground, over a halo of the ground's. */
    static int arrow(Palette p) {
        return p.ink();
    }

    /** The mark of the minimum. */
    static int minimum(Palette p) {
        return p.text();
    }
    static final double FONT = 10;
    private static final double MARGIN = 6;
    private static final double HEADER = 16;
    private static final double NAME_SPACE = FONT + 4;
    private static final double ROOM = 1.15;
    private static final double DOT = 1.6;
    private static final double POINT = 4.5;
    /** Half the size of the minimum's plus mark, and where its word sits from its centre. */
    private static final double MIN_MARK = 5;
    private static final double MIN_WORD_GAP = 8;
    private static final double MIN_WORD_RISE = 7;

    private final LandscapeHeatmap heatmap;
    private final PlotFrame frame = new PlotFrame();
    private final NiceTicks wTicks = new NiceTicks();
    private final NiceTicks bTicks = new NiceTicks();
    private final SegmentClip clip = new SegmentClip();
    private LossLandscape minimumOf;
    private double minW;
    private double minB;
    private double half = MIN_HALF_SPAN;

    public LandscapePainter() {
        this(DEFAULT_RESOLUTION);
    }

    /** A painter whose heatmap has {@code resolution} x {@code resolution} cells (2..512). */
    public LandscapePainter(int resolution) {
        heatmap = new LandscapeHeatmap(resolution);
    }

    /**
     * Paints the whole surface: the landscape, the first {@code pathLength} points of the path
     * ({@code pathW[i]}, {@code pathB[i]}) and the current weights (w, b) with their gradient.
     */
    public void paint(DrawSurface s, LossLandscape landscape, double[] pathW, double[] pathB, int pathLength,
                      double w, double b) {
        if (pathLength < 0 || pathLength > pathW.length || pathLength > pathB.length) {
            throw new IllegalArgumentException("path length " + pathLength + " does not fit arrays of "
                    + pathW.length + " and " + pathB.length);
        }
        s.clear();
        locateMinimum(landscape);
        chooseWindow(pathW, pathB, pathLength, w, b);
        layOut(s);
        int r = heatmap.resolution();
        s.drawPixels(heatmap.update(landscape, s.palette(), frame.xMin(), frame.xMax(), frame.yMin(), frame.yMax()), r, r,
                frame.left(), frame.top(), frame.width(), frame.height());
        AxisPainter.border(s, frame);
        AxisPainter.xAxis(s, frame, wTicks, false);
        AxisPainter.yAxis(s, frame, bTicks, false);
        paintNames(s, landscape, w, b);
        s.save();
        s.clipRect(frame.left(), frame.top(), frame.width(), frame.height());
        paintMinimum(s);
        paintPath(s, pathW, pathB, pathLength);
        if (inReach(w, b)) {
            paintCurrent(s, frame.px(w), frame.py(b));
        }
        s.restore();
        if (frame.contains(frame.px(w), frame.py(b))) {
            LandscapeArrow.paint(s, frame, w, b, landscape.gradientW(w, b), landscape.gradientB(w, b),
                    steepest(landscape), minimumBox(s));
        }
    }

    /** The plot square and the (w, b) window of the last paint: w along x, b along y. */
    public PlotFrame frame() {
        return frame;
    }

    private void locateMinimum(LossLandscape landscape) {
        if (landscape == minimumOf) {
            return;
        }
        double[] m = landscape.minimum();
        boolean finite = Doubles.isFinite(m[0]) && Doubles.isFinite(m[1]);
        minW = finite ? m[0] : 0.0;
        minB = finite ? m[1] : 0.0;
        minimumOf = landscape;
    }

    private void chooseWindow(double[] pathW, double[] pathB, int n, double w, double b) {
        double need = reach(MIN_HALF_SPAN / ROOM, w, b);
        for (int i = 0; i < n; i++) {
            need = reach(need, pathW[i], pathB[i]);
        }
        half = Math.min(MAX_HALF_SPAN, NiceTicks.niceStep(need * ROOM, 1));
    }

    /** The half-width needed to hold (w, b) as well; unchanged for a non-finite point. */
    private double reach(double need, double w, double b) {
        double dw = Math.abs(w - minW);
        double db = Math.abs(b - minB);
        if (!Doubles.isFinite(dw) || !Doubles.isFinite(db)) {
            return need;
        }
        return Math.max(need, Math.max(dw, db));
    }

    private void layOut(DrawSurface s) {
        double top = MARGIN + HEADER;
        double bottom = s.height() - MARGIN - AxisPainter.X_LABEL_SPACE - NAME_SPACE;
        double wMin = minW - half;
        double wMax = minW + half;
        double bMin = minB - half;
        double bMax = minB + half;
        s.setFont(FONT, false);
        double side = Math.max(8, Math.min(bottom - top, s.width() - 2 * MARGIN - 40));
        bTicks.within(bMin, bMax, AxisPainter.tickBudget(side, 36));
        double labels = 0;
        for (int i = 0; i < bTicks.count(); i++) {
            labels = Math.max(labels, s.textWidth(bTicks.label(i)));
        }
        double gutter = labels + AxisPainter.TICK + 4;
        side = Math.max(8, Math.min(bottom - top, s.width() - 2 * MARGIN - gutter));
        wTicks.within(wMin, wMax, AxisPainter.tickBudget(side, 48));
        double left = (s.width() - side - gutter) / 2 + gutter;
        frame.place(left, top, side, side).range(wMin, wMax, bMin, bMax);
    }

    /** The axis names, and the loss at the current point above the plot. */
    private void paintNames(DrawSurface s, LossLandscape landscape, double w, double b) {
        s.setFont(FONT + 1, true);
        s.setFill(s.palette().text());
        s.fillText("w", frame.left() + frame.width() / 2, frame.bottom() + AxisPainter.X_LABEL_SPACE + NAME_SPACE / 2, 0);
        s.fillText("b", frame.left() - AxisPainter.TICK - 2, frame.top() - HEADER / 2, 1);
        double loss = Doubles.isFinite(w) && Doubles.isFinite(b) ? landscape.loss(w, b) : Double.NaN;
        if (Doubles.isFinite(loss)) {
            s.setFont(FONT, false);
            s.setFill(s.palette().mutedText());
            s.fillText("loss " + NumberFormat.significant(loss, 4), frame.right(), frame.top() - HEADER / 2, 1);
        }
    }

    /**
     * The largest gradient size in the window: at one of its corners, since |grad L| of a quadratic
     * is a convex function of (w, b). The arrow is full length there.
     */
    private double steepest(LossLandscape landscape) {
        double most = 0;
        for (int k = 0; k < 4; k++) {
            double w = (k & 1) == 0 ? frame.xMin() : frame.xMax();
            double b = (k & 2) == 0 ? frame.yMin() : frame.yMax();
            double gw = landscape.gradientW(w, b);
            double gb = landscape.gradientB(w, b);
            double g = Math.sqrt(gw * gw + gb * gb);
            if (g > most) {
                most = g;
            }
        }
        return most;
    }

    /** The box (left, top, right, bottom) of the minimum's mark and its word "min". */
    private double[] minimumBox(DrawSurface s) {
        double x = frame.px(minW);
        double y = frame.py(minB);
        s.setFont(FONT, false);
        return new double[] {x - MIN_MARK - 1, y - MIN_WORD_RISE - FONT / 2 - 1, x + MIN_WORD_GAP + s.textWidth("min") + 1,
            y + MIN_MARK + 1};
    }

    private void paintMinimum(DrawSurface s) {
        double x = frame.px(minW);
        double y = frame.py(minB);
        for (int pass = 0; pass < 2; pass++) { // a halo of the ground's colour first, so the mark shows on light and dark
            s.setStroke(pass == 0 ? s.palette().background() : minimum(s.palette()));
            s.setLineWidth(pass == 0 ? 3.5 : 1.5);
            s.beginPath();
            s.moveTo(x - MIN_MARK, y);
            s.lineTo(x + MIN_MARK, y);
            s.moveTo(x, y - MIN_MARK);
            s.lineTo(x, y + MIN_MARK);
            s.stroke();
        }
        s.setFont(FONT, false);
        s.setFill(minimum(s.palette()));
        s.fillText("min", x + MIN_WORD_GAP, y - MIN_WORD_RISE, -1);
    }

    /** The polyline through the finite points (broken at the others) and a dot on each. */
    private void paintPath(DrawSurface s, double[] pathW, double[] pathB, int n) {
        double lo = -3 * half;
        double hi = 3 * half;
        s.setStroke(path(s.palette()));
        s.setLineWidth(1.5);
        s.beginPath();
        boolean penDown = false;
        boolean previous = false;
        for (int i = 0; i < n; i++) {
            double dw = pathW[i] - minW; // relative to the minimum: the reach test and the clip
            double db = pathB[i] - minB;
            if (!Doubles.isFinite(dw) || !Doubles.isFinite(db)) {
                previous = false;
                penDown = false;
                continue;
            }
            if (previous && clip.clip(pathW[i - 1] - minW, pathB[i - 1] - minB, dw, db, lo, lo, hi, hi)) {
                // Clamped: far off, rounding can put a computed crossing a little outside the box.
                if (!penDown || clip.startMoved) {
                    s.moveTo(frame.px(minW + clamp(clip.x0, hi)), frame.py(minB + clamp(clip.y0, hi)));
                }
                s.lineTo(frame.px(minW + clamp(clip.x1, hi)), frame.py(minB + clamp(clip.y1, hi)));
                penDown = clip.x1 == dw && clip.y1 == db;
            } else {
                penDown = false;
            }
            previous = true;
        }
        s.stroke();
        s.setFill(path(s.palette()));
        s.beginPath();
        for (int i = 0; i < n; i++) {
            if (inReach(pathW[i], pathB[i])) {
                s.circle(frame.px(pathW[i]), frame.py(pathB[i]), DOT);
            }
        }
        s.fill();
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    /** Whether (w, b) is finite and near enough the window to be drawn. */
    private boolean inReach(double w, double b) {
        double dw = Math.abs(w - minW);
        double db = Math.abs(b - minB);
        return dw <= 3 * half && db <= 3 * half;
    }

    private void paintCurrent(DrawSurface s, double x, double y) {
        s.setFill(path(s.palette()));
        s.setStroke(s.palette().background());
        s.setLineWidth(1.5);
        s.beginPath();
        s.circle(x, y, POINT);
        s.fill();
        s.stroke();
    }
}
