package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplayground.core.data.DataSpec;

/**
 * The colours that tell classes apart stay apart for colour-blind readers, and stand out from the
 * ground they are drawn on, in both colour schemes ({@link Palette#LIGHT} and {@link Palette#DARK}).
 * Each colour is passed through Machado, Oliveira and Fernandes (2009)'s simulation of protanopia,
 * deuteranopia and tritanopia at severity 1 (applied in linear RGB), then compared in CIELAB with
 * CIEDE2000.
 *
 * <p>Thresholds: a difference of about 2 is just noticeable side by side; about 10 is plainly
 * different for areas and points next to each other; 20 and more reads as a different category at
 * a glance, also on small marks. Two classes (their points and the two ends of the heatmap) must be
 * at least 40 apart, and each end at least 20 from the heatmap's neutral middle, so that the boundary
 * shows. Up to five classes must be at least 20 apart. Eight classes cannot all be kept 20 apart under
 * every dichromacy with any palette tried (the best found reached about 18, with greys); there they
 * must be at least 10 apart, and the legend names each class in words. Against the ground, every
 * mark (class colours, the heatmap's ends, the loss lines, the ink) must be at least 15 away under
 * every vision (the light scheme's pale cyan is the closest, about 18), text at least 4.5:1 in WCAG
 * contrast; the dark scheme's marks also reach WCAG's 3:1 for graphics, which the light scheme's
 * orange and pale cyan, kept from TensorFlow Playground, do not.
 */
class ColorsTest {
    /** Machado et al. 2009, severity 1.0: linear RGB to linear RGB. */
    private static final double[][] PROTANOPIA = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTERANOPIA = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    private static final double[][] TRITANOPIA = {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
    private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    private static final double[][][] VISIONS = {NORMAL, PROTANOPIA, DEUTERANOPIA, TRITANOPIA};
    private static final String[] VISION_NAMES = {"normal vision", "protanopia", "deuteranopia", "tritanopia"};

    private static double toLinear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65) of {@code argb} as seen with {@code vision}. */
    static double[] lab(int argb, double[][] vision) {
        double[] rgb = {toLinear((argb >>> 16) & 0xFF), toLinear((argb >>> 8) & 0xFF), toLinear(argb & 0xFF)};
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += vision[i][j] * rgb[j];
            }
            seen[i] = Math.max(0, Math.min(1, v));
        }
        double x = (0.4124564 * seen[0] + 0.3575761 * seen[1] + 0.1804375 * seen[2]) / 0.95047;
        double y = 0.2126729 * seen[0] + 0.7151522 * seen[1] + 0.0721750 * seen[2];
        double z = (0.0193339 * seen[0] + 0.1191920 * seen[1] + 0.9503041 * seen[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }

    /** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), kL = kC = kH = 1. */
    static double ciede2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1p = Math.hypot(a1, lab1[2]);
        double c2p = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dL = lab2[0] - lab1[0];
        double dC = c2p - c1p;
        double dh = 0;
        if (c1p * c2p != 0) {
            dh = h2 - h1;
            if (dh > 180) {
                dh -= 360;
            } else if (dh < -180) {
                dh += 360;
            }
        }
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (lab1[0] + lab2[0]) / 2;
        double cMean = (c1p + c2p) / 2;
        double hMean = h1 + h2;
        if (c1p * c2p != 0) {
            hMean = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2);
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cp7 = Math.pow(cMean, 7);
        double rC = 2 * Math.sqrt(cp7 / (cp7 + Math.pow(25, 7)));
        double l50 = (lMean - 50) * (lMean - 50);
        double sL = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
        double sC = 1 + 0.045 * cMean;
        double sH = 1 + 0.015 * cMean * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;
        double l = dL / sL;
        double c = dC / sC;
        double h = dH / sH;
        return Math.sqrt(l * l + c * c + h * h + rT * c * h);
    }

    private static double hue(double a, double b) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    /** The smallest difference between any two of {@code colours} under any of the visions, and where. */
    private static Worst worst(int[] colours) {
        Worst w = new Worst(Double.POSITIVE_INFINITY, "");
        for (int v = 0; v < VISIONS.length; v++) {
            for (int i = 0; i < colours.length; i++) {
                for (int j = i + 1; j < colours.length; j++) {
                    double d = ciede2000(lab(colours[i], VISIONS[v]), lab(colours[j], VISIONS[v]));
                    if (d < w.difference()) {
                        w = new Worst(d, String.format("#%06X and #%06X under %s", colours[i] & 0xFFFFFF,
                                colours[j] & 0xFFFFFF, VISION_NAMES[v]));
                    }
                }
            }
        }
        return w;
    }

    private record Worst(double difference, String where) {
        @Override
        public String toString() {
            return String.format("%.1f (%s)", difference, where);
        }
    }

    static Stream<Palette> palettes() {
        return Stream.of(Palette.LIGHT, Palette.DARK);
    }

    private static int[] classColours(Palette palette, int classes) {
        int[] c = new int[classes];
        for (int k = 0; k < classes; k++) {
            c[k] = palette.forClass(k, classes);
        }
        return c;
    }

    /** The smallest difference between {@code colour} and the palette's ground under any vision. */
    private static Worst fromGround(Palette palette, int colour) {
        return worst(new int[] {palette.background(), colour});
    }

    /** WCAG 2 relative luminance. */
    private static double luminance(int argb) {
        return 0.2126 * toLinear((argb >>> 16) & 0xFF) + 0.7152 * toLinear((argb >>> 8) & 0xFF)
                + 0.0722 * toLinear(argb & 0xFF);
    }

    /** WCAG 2 contrast ratio, 1 to 21. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The marks drawn on the ground: every class colour, the heatmap's ends, the loss lines and the ink. */
    private static List<int[]> marks(Palette p) {
        List<int[]> marks = new ArrayList<>();
        for (int k = 0; k < p.classColours(); k++) {
            marks.add(new int[] {p.forClass(k, DataSpec.MAX_CLASSES)});
        }
        marks.add(new int[] {p.diverging(-1)});
        marks.add(new int[] {p.diverging(1)});
        marks.add(new int[] {p.trainLine()});
        marks.add(new int[] {p.testLine()});
        marks.add(new int[] {p.ink()});
        return marks;
    }

    @Test
    void ciede2000MatchesSharmasTestData() {
        assertEquals(2.0425, ciede2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(2.3669, ciede2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}), 1e-4);
        assertEquals(27.1492, ciede2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
        assertEquals(0, ciede2000(lab(0xFF0877BD, PROTANOPIA), lab(0xFF0877BD, PROTANOPIA)), 1e-12);
    }

    @Test
    void wcagContrastMatchesKnownPairs() {
        assertEquals(21, contrast(0xFF000000, 0xFFFFFFFF), 1e-9);
        assertEquals(1, contrast(0xFF777777, 0xFF777777), 1e-12);
        assertEquals(4.48, contrast(0xFF777777, 0xFFFFFFFF), 0.01); // the classic "grey #777 just fails AA"
    }

    @Test
    void theSimulationsLoseWhatTheyShould() {
        // Red and green: plain for normal vision, far closer with protanopia, almost one with deuteranopia.
        double normal = ciede2000(lab(0xFFD62728, NORMAL), lab(0xFF2CA02C, NORMAL));
        assertTrue(normal > 60, "red and green, normal vision: " + normal);
        assertTrue(ciede2000(lab(0xFFD62728, PROTANOPIA), lab(0xFF2CA02C, PROTANOPIA)) < normal / 2);
        assertTrue(ciede2000(lab(0xFFD62728, DEUTERANOPIA), lab(0xFF2CA02C, DEUTERANOPIA)) < 10);
        assertTrue(ciede2000(lab(0xFFD62728, TRITANOPIA), lab(0xFF2CA02C, TRITANOPIA)) > 60, "kept by tritanopes");
        // Blue and bluish green: kept by protanopes and deuteranopes, close for tritanopes.
        assertTrue(ciede2000(lab(0xFF0877BD, DEUTERANOPIA), lab(0xFF009E73, DEUTERANOPIA)) > 30);
        assertTrue(ciede2000(lab(0xFF0877BD, TRITANOPIA), lab(0xFF009E73, TRITANOPIA)) < 15);
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void twoClassesAndTheHeatmapEndsStayFarApart(Palette p) {
        Worst classes = worst(new int[] {p.forClass(0, 2), p.forClass(1, 2)});
        Worst ends = worst(new int[] {p.diverging(-1), p.diverging(1)});
        Worst negativeToMiddle = worst(new int[] {p.diverging(-1), p.diverging(0)});
        Worst positiveToMiddle = worst(new int[] {p.diverging(1), p.diverging(0)});
        System.out.println(p + ": two classes " + classes + "; heatmap ends " + ends + "; ends to the middle "
                + negativeToMiddle + ", " + positiveToMiddle);
        assertTrue(classes.difference() >= 40, p + ", two classes: " + classes);
        assertTrue(ends.difference() >= 40, p + ", heatmap ends: " + ends);
        assertTrue(negativeToMiddle.difference() >= 20, p + ", negative end to the middle: " + negativeToMiddle);
        assertTrue(positiveToMiddle.difference() >= 20, p + ", positive end to the middle: " + positiveToMiddle);
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void classColoursStayApartForEveryClassCount(Palette p) {
        List<String> report = new ArrayList<>();
        for (int classes = 3; classes <= DataSpec.MAX_CLASSES; classes++) {
            Worst w = worst(classColours(p, classes));
            report.add(classes + " classes: " + w);
            double needed = classes <= 5 ? 20 : 10;
            assertTrue(w.difference() >= needed, p + ", " + classes + " classes need " + needed + ": " + w);
        }
        assertTrue(p.classColours() >= DataSpec.MAX_CLASSES, "no class colour repeats within the classes a data set can have");
        System.out.println(p + ":\n" + String.join("\n", report));
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void marksStandOutFromTheGround(Palette p) {
        Worst closest = new Worst(Double.POSITIVE_INFINITY, "");
        for (int[] mark : marks(p)) {
            Worst w = fromGround(p, mark[0]);
            closest = w.difference() < closest.difference() ? w : closest;
        }
        System.out.println(p + ": the mark closest to the ground " + closest);
        assertTrue(closest.difference() >= 15, p + ": " + closest);
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void textIsReadableOnTheGround(Palette p) {
        for (int ground : new int[] {p.background(), p.inset()}) {
            assertTrue(contrast(p.text(), ground) >= 7, p + ", text: " + contrast(p.text(), ground));
            assertTrue(contrast(p.mutedText(), ground) >= 4.5, p + ", muted text: " + contrast(p.mutedText(), ground));
        }
        // Read-outs sit in boxes of the ground's colour, over the heatmap's middle as well.
        assertTrue(contrast(p.mutedText(), p.neutral()) >= 3, p + ", labels over the neutral: " + contrast(p.mutedText(), p.neutral()));
    }

    /** WCAG 1.4.11 (non-text contrast, 3:1) for every mark of the dark scheme against its ground. */
    @Test
    void theDarkSchemesMarksReachThreeToOne() {
        Palette p = Palette.DARK;
        for (int[] mark : marks(p)) {
            double c = contrast(mark[0], p.background());
            assertTrue(c >= 3, String.format("#%06X on the dark ground: %.2f:1", mark[0] & 0xFFFFFF, c));
        }
    }

    /**
     * Small reads as faint in both schemes: the heatmap's middle and the start of the magnitude scale
     * sit close to the ground, and the further a value from 0 the further its colour from the ground,
     * so a weak link or a tiny gradient fades into the ground on light and on dark alike.
     */
    @ParameterizedTest
    @MethodSource("palettes")
    void smallValuesFadeIntoTheGround(Palette p) {
        double[] ground = lab(p.background(), NORMAL);
        assertTrue(ciede2000(ground, lab(p.neutral(), NORMAL)) < 12, p + ": the neutral is close to the ground");
        assertTrue(ciede2000(ground, lab(p.sequential(0), NORMAL)) < 12, p + ": a magnitude of 0 is close to the ground");
        assertTrue(ciede2000(ground, lab(p.sequential(1), NORMAL)) > 40, p + ": a magnitude of 1 is far from it");
        double lastNegative = 0;
        double lastPositive = 0;
        double lastSequential = 0;
        for (int i = 1; i <= 20; i++) {
            double t = i / 20.0;
            double negative = ciede2000(ground, lab(p.diverging(-t), NORMAL));
            double positive = ciede2000(ground, lab(p.diverging(t), NORMAL));
            double sequential = ciede2000(ground, lab(p.sequential(t), NORMAL));
            assertTrue(negative > lastNegative && positive > lastPositive, p + ": the signed scale leaves the ground at " + t);
            assertTrue(sequential > lastSequential - 0.5, p + ": the magnitude scale leaves the ground at " + t);
            lastNegative = negative;
            lastPositive = positive;
            lastSequential = sequential;
        }
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void gridLinesShowAndStayQuiet(Palette p) {
        double grid = fromGround(p, p.grid()).difference();
        assertTrue(grid >= 4 && grid < fromGround(p, p.mutedText()).difference(), p + ": grid " + grid);
    }
}
