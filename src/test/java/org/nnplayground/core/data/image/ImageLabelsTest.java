package org.nnplayground.core.data.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each image shows its label: read back from the pixels alone, by rules that know nothing of how
 * the figures are drawn.
 */
class ImageLabelsTest {
    private static final double INK = 0.5;
    private static final double CORNER = 0.25;

    @Test
    void aBarsOrientationMatchesItsPixels() {
        for (int shift : new int[] {0, 2}) {
            ImageSplit split = new ImageSpec(ImageProblem.BARS, 8, 300, 0.0, 0.5, shift, 7).generate();
            for (ImageSet set : new ImageSet[] {split.train(), split.test()}) {
                for (int i = 0; i < set.size(); i++) {
                    int longestRow = 0;
                    int longestColumn = 0;
                    for (int a = 0; a < 8; a++) {
                        int row = 0;
                        int column = 0;
                        for (int b = 0; b < 8; b++) {
                            row += set.pixel(i, b, a) > INK ? 1 : 0;
                            column += set.pixel(i, a, b) > INK ? 1 : 0;
                        }
                        longestRow = Math.max(longestRow, row);
                        longestColumn = Math.max(longestColumn, column);
                    }
                    int seen = longestRow > longestColumn ? 0 : 1;
                    assertTrue(longestRow != longestColumn, "image " + i + " shows a bar of at least 2 pixels");
                    assertEquals(set.label(i), seen, "image " + i);
                }
            }
        }
    }

    /**
     * From the box around the ink (pixels above 0.5) and its corner pixels (inked: above 0.25): a
     * square inks all four corners; a triangle (apex up) the two lower ones only; a cross and a
     * circle none, the cross inking the box's centre and the circle not. A small circle may ink
     * some corners and then reads as none of these; no image may read as another class, and at
     * least 98 in a hundred must read as their own.
     */
    @Test
    void aShapesClassMatchesItsPixels() {
        for (int side : new int[] {12, 16}) {
            ImageSet set = new ImageSpec(ImageProblem.SHAPES, side, 400, 0.0, 1.0, 0, 3).generate().train();
            int read = 0;
            for (int i = 0; i < set.size(); i++) {
                int x0 = side;
                int y0 = side;
                int x1 = -1;
                int y1 = -1;
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        if (set.pixel(i, x, y) > INK) {
                            x0 = Math.min(x0, x);
                            y0 = Math.min(y0, y);
                            x1 = Math.max(x1, x);
                            y1 = Math.max(y1, y);
                        }
                    }
                }
                boolean topLeft = set.pixel(i, x0, y0) > CORNER;
                boolean topRight = set.pixel(i, x1, y0) > CORNER;
                boolean bottomLeft = set.pixel(i, x0, y1) > CORNER;
                boolean bottomRight = set.pixel(i, x1, y1) > CORNER;
                boolean centre = set.pixel(i, (x0 + x1) / 2, (y0 + y1) / 2) > INK
                        || set.pixel(i, (x0 + x1 + 1) / 2, (y0 + y1 + 1) / 2) > INK;
                boolean top = topLeft || topRight;
                int seen = topLeft && topRight && bottomLeft && bottomRight ? 0
                        : !top && bottomLeft && bottomRight ? 2
                        : !top && !bottomLeft && !bottomRight ? (centre ? 3 : 1) : -1;
                if (seen >= 0) {
                    assertEquals(set.label(i), seen, "side " + side + ", image " + i);
                    read++;
                }
            }
            assertTrue(read >= 0.98 * set.size(), "side " + side + ": " + read + " of " + set.size() + " read");
        }
    }

    /** Drawn alike, any two digits differ in at least half a side's worth of pixels (6 and 8 are the closest pair). */
    @Test
    void eachDigitsRasterisationDiffersFromTheOthers() {
        for (int side : new int[] {12, 16}) {
            double[][] glyphs = new double[10][side * side];
            for (int d = 0; d < 10; d++) {
                Raster r = new Raster(side);
                double height = 0.7 * side;
                double width = 0.62 * height;
                StrokeFont.draw(r, d, (side - width) / 2, (side - height) / 2, width, height, side / 12.0 * 1.2);
                r.copyTo(glyphs[d], 0);
            }
            for (int a = 0; a < 10; a++) {
                for (int b = a + 1; b < 10; b++) {
                    int differ = 0;
                    for (int p = 0; p < side * side; p++) {
                        differ += (glyphs[a][p] > INK) != (glyphs[b][p] > INK) ? 1 : 0;
                    }
                    assertTrue(differ >= side / 2, "side " + side + ": " + a + " and " + b + " differ in " + differ + " pixels");
                }
            }
        }
    }

    /**
     * The digits carry their labels: each generated image (random scale, thickness and place, no
     * noise) lies nearer the mean image of its own class than to that of any other class, for at
     * least 80 per cent of them (chance is 10): the mean images are blurred by the random scale and
     * place, which a nearest-mean rule cannot undo.
     */
    @Test
    void generatedDigitsAreNearestTheirOwnClass() {
        ImageSplit split = new ImageSpec(ImageProblem.DIGITS, 16, 2000, 0.0, 0.5, 0, 11).generate();
        ImageSet train = split.train();
        int n = 16 * 16;
        double[][] mean = new double[10][n];
        int[] count = new int[10];
        for (int i = 0; i < train.size(); i++) {
            int label = train.label(i);
            count[label]++;
            for (int p = 0; p < n; p++) {
                mean[label][p] += train.pixel(i, p % 16, p / 16);
            }
        }
        for (int c = 0; c < 10; c++) {
            for (int p = 0; p < n; p++) {
                mean[c][p] /= count[c];
            }
        }
        ImageSet test = split.test();
        int right = 0;
        for (int i = 0; i < test.size(); i++) {
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < 10; c++) {
                double d = 0.0;
                for (int p = 0; p < n; p++) {
                    double e = test.pixel(i, p % 16, p / 16) - mean[c][p];
                    d += e * e;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            right += best == test.label(i) ? 1 : 0;
        }
        assertTrue(right >= 0.8 * test.size(), right + " of " + test.size() + " nearest their own class");
    }

    /**
     * The shifted test set: training figures sit at the centre (the centre of the box around their
     * ink within a pixel of the image's centre), test figures are spread by the shift.
     */
    @Test
    void theShiftedTestSetTrainsCentredAndTestsMoved() {
        for (ImageProblem problem : new ImageProblem[] {ImageProblem.BARS, ImageProblem.DIGITS}) {
            int side = problem.sides()[problem.sides().length - 1];
            int k = ImageSpec.maxShift(side);
            ImageSplit split = new ImageSpec(problem, side, 400, 0.0, 0.5, k, 9).generate();
            double trainSpread = 0.0;
            for (int i = 0; i < split.train().size(); i++) {
                trainSpread = Math.max(trainSpread, offsetFromCentre(split.train(), i));
            }
            double testSpread = 0.0;
            for (int i = 0; i < split.test().size(); i++) {
                testSpread = Math.max(testSpread, offsetFromCentre(split.test(), i));
            }
            assertTrue(trainSpread <= 1.0, problem + " training figures are centred: " + trainSpread);
            assertTrue(testSpread >= k - 0.5, problem + " test figures are moved by up to " + k + ": " + testSpread);
        }
    }

    /** Largest of |x| and |y| of the centre of the box around the ink, relative to the image's centre. */
    private static double offsetFromCentre(ImageSet set, int i) {
        int side = set.side();
        int x0 = side;
        int y0 = side;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (set.pixel(i, x, y) > INK) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return Math.max(Math.abs((x0 + x1 + 1) / 2.0 - side / 2.0), Math.abs((y0 + y1 + 1) / 2.0 - side / 2.0));
    }
}
