package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;

/**
 * The colours the painters draw with, for one colour scheme: {@link #LIGHT} on a white ground and
 * {@link #DARK} on a dark grey one. The page picks one (from the reader's colour scheme, or a link
 * or attribute that forces one) and hands it to the painters through {@link DrawSurface#palette()};
 * a painter never chooses a scheme itself. Immutable; colours are {@code 0xAARRGGBB} ints.
 *
 * <p>Both schemes say the same things in the same way. Signed values (weights, outputs in [-1, 1])
 * run from orange (negative) through a neutral that sits close to the ground to blue (positive),
 * like TensorFlow Playground, so that a small value or a weak link fades into the ground and a
 * large one stands out; two classes take the two ends. Magnitudes ({@link #sequential}) run from
 * close to the ground (faint) to far from it (strong): near-white to dark blue on the light ground,
 * dark to light blue on the dark one (not as far as white: a large landscape would glare). Halos
 * and the boxes behind read-outs take the ground's colour ({@link #background()}), the strongest
 * outlines and marks the colour furthest from it ({@link #ink()}).
 *
 * <p>The class colours of each scheme are ordered so that they stay apart for readers with
 * protanopia, deuteranopia or tritanopia (ColorsTest simulates the three and measures CIEDE2000):
 * light: orange, blue, brown, black, pale cyan, indigo, rose, teal (from Okabe-Ito's, Paul Tol's
 * and D3's palettes); dark: orange, a lighter blue, cream, grey, cyan, red, mauve, plum, each at
 * least 3:1 against the dark ground. A green is left out of the light scheme on purpose: with
 * tritanopia it merges with the blue.
 */
public final class Palette {
    /** The scheme on a white ground: the playground's original colours. */
    public static final Palette LIGHT = new Palette(false, 0xFFFFFFFF, 0xFFF4F4F2, 0xFF222222, 0xFF666666, 0xFFDDDDDD,
            0xFF333333, 0xFF999999, 0xFF1A1A1A, 0xFFF59322, 0xFFE8EAEB, 0xFF0877BD,
            new int[] {0xFFF7FBFF, 0xFFC6DBEF, 0xFF6BAED6, 0xFF2171B5, 0xFF08306B},
            new int[] {0xFFF59322, 0xFF0877BD, 0xFF8C564B, 0xFF000000, 0xFF88CCEE, 0xFF332288, 0xFFEE3377, 0xFF44AA99});

    /**
     * The scheme on a dark ground ({@code #1E2125}, the colour the page gives a view's panel in its
     * dark scheme: the two must stay equal, since the canvases are transparent).
     */
    public static final Palette DARK = new Palette(true, 0xFF1E2125, 0xFF2A2E33, 0xFFE6E6E6, 0xFFA9AEB4, 0xFF3D4248,
            0xFFE2E2E2, 0xFF8E949A, 0xFFF2F2F2, 0xFFF59322, 0xFF30343A, 0xFF2E8BD6,
            new int[] {0xFF272B31, 0xFF1D4A72, 0xFF2F78B5, 0xFF5BA3DC, 0xFFA8D0F0},
            new int[] {0xFFF59322, 0xFF2E8BD6, 0xFFFFFFDD, 0xFF777766, 0xFF00EEFF, 0xFFCC3300, 0xFFBBAAAA, 0xFFAA5588});

    private final boolean dark;
    private final int background;
    private final int inset;
    private final int text;
    private final int mutedText;
    private final int grid;
    private final int trainLine;
    private final int testLine;
    private final int ink;
    private final int negative;
    private final int neutral;
    private final int positive;
    private final int[] sequentialStops;
    private final int[] classes;

    private Palette(boolean dark, int background, int inset, int text, int mutedText, int grid, int trainLine, int testLine,
                    int ink, int negative, int neutral, int positive, int[] sequentialStops, int[] classes) {
        this.dark = dark;
        this.background = background;
        this.inset = inset;
        this.text = text;
        this.mutedText = mutedText;
        this.grid = grid;
        this.trainLine = trainLine;
        this.testLine = testLine;
        this.ink = ink;
        this.negative = negative;
        this.neutral = neutral;
        this.positive = positive;
        this.sequentialStops = sequentialStops;
        this.classes = classes;
    }

    /** {@link #DARK} or {@link #LIGHT}. */
    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** Whether this is the scheme on a dark ground (light marks on dark). */
    public boolean dark() {
        return dark;
    }

    /** The ground the views are drawn on; also halos around marks and the boxes behind read-outs. */
    public int background() {
        return background;
    }

    /** A ground set a little apart from {@link #background()}: the data set thumbnails'. */
    public int inset() {
        return inset;
    }

    public int text() {
        return text;
    }

    /** Labels, ticks and keys: quieter than {@link #text()}, still readable on the ground. */
    public int mutedText() {
        return mutedText;
    }

    /** Plot frames and grid lines: just visible on the ground. */
    public int grid() {
        return grid;
    }

    /** The loss chart's training loss (solid). */
    public int trainLine() {
        return trainLine;
    }

    /** The loss chart's test loss (dashed, quieter). */
    public int testLine() {
        return testLine;
    }

    /** The colour furthest from the ground: test points' outlines, highlights, the landscape's arrow. */
    public int ink() {
        return ink;
    }

    /** The negative end of the signed scale (orange), and the first class. */
    public int negative() {
        return negative;
    }

    /** The middle of the signed scale, close to the ground; also what a value that is not a number is drawn in. */
    public int neutral() {
        return neutral;
    }

    /** The positive end of the signed scale (blue), and the second class; curves of 1-D outputs. */
    public int positive() {
        return positive;
    }

    /** How many class colours there are before they repeat. */
    public int classColours() {
        return classes.length;
    }

    /** Colour of class {@code k} (0-based). For two classes, 0 is the negative colour and 1 the positive. */
    public int forClass(int k, int classCount) {
        if (classCount <= 2) {
            return k == 1 ? positive : negative;
        }
        return classes[Math.floorMod(k, classes.length)];
    }

    /** Signed scale: -1 negative, 0 neutral, +1 positive; clamped; NaN gives the neutral. */
    public int diverging(double v) {
        if (Doubles.isNaN(v)) {
            return neutral;
        }
        double t = v < -1 ? -1 : (v > 1 ? 1 : v);
        return t < 0 ? Colors.lerp(neutral, negative, -t) : Colors.lerp(neutral, positive, t);
    }

    /**
     * Scale for magnitudes: 0 close to the ground (faint), 1 far from it; clamped; NaN gives the
     * neutral. The loss landscape and the gradient strips use it, so small reads as faint everywhere.
     */
    public int sequential(double t) {
        if (Doubles.isNaN(t)) {
            return neutral;
        }
        double u = (t < 0 ? 0 : (t > 1 ? 1 : t)) * (sequentialStops.length - 1);
        int i = Math.min(sequentialStops.length - 2, (int) u);
        return Colors.lerp(sequentialStops[i], sequentialStops[i + 1], u - i);
    }

    /**
     * The red-ish mark of something gone wrong (an image the network got wrong): the rose of the light
     * scheme's class colours, the red of the dark one's. Always drawn with a second cue (a cross, a
     * word), never colour alone.
     */
    public int warning() {
        return dark ? classes[5] : classes[6];
    }

    @Override
    public String toString() {
        return dark ? "dark palette" : "light palette";
    }
}
