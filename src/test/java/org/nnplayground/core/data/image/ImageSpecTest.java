package org.nnplayground.core.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Sizes, balance, determinism and refusals of every image problem. */
class ImageSpecTest {
    @Test
    void everyProblemAndSideGivesTheAskedNumberOfBalancedImagesInRange() {
        for (ImageProblem problem : ImageProblem.values()) {
            for (int side : problem.sides()) {
                ImageSpec spec = new ImageSpec(problem, side, 203, 0.3, 0.7, 0, 5);
                ImageSplit split = spec.generate();
                assertEquals(142, split.train().size());
                assertEquals(61, split.test().size());
                int[] perClass = new int[problem.classes()];
                for (ImageSet set : new ImageSet[] {split.train(), split.test()}) {
                    assertEquals(side, set.side());
                    assertEquals(side * side, set.pixelsPerImage());
                    assertEquals(set.size() * side * side, set.copyPixels().length);
                    for (double v : set.copyPixels()) {
                        assertTrue(v >= 0.0 && v <= 1.0, problem + ": pixel " + v);
                    }
                    for (int i = 0; i < set.size(); i++) {
                        perClass[set.label(i)]++;
                    }
                }
                int least = Arrays.stream(perClass).min().getAsInt();
                int most = Arrays.stream(perClass).max().getAsInt();
                assertTrue(most - least <= 1, problem + " classes take turns: " + Arrays.toString(perClass));
            }
        }
    }

    @Test
    void theSameSpecDrawsTheSameBitsAndAnotherSeedOthers() {
        for (ImageProblem problem : ImageProblem.values()) {
            ImageSpec spec = new ImageSpec(problem, problem.defaultSide(), 120, 0.2, 0.75, 1, 42);
            ImageSplit a = spec.generate();
            ImageSplit b = spec.generate();
            assertArrayEquals(a.train().copyPixels(), b.train().copyPixels());
            assertArrayEquals(a.test().copyPixels(), b.test().copyPixels());
            assertArrayEquals(a.train().copyLabels(), b.train().copyLabels());
            assertArrayEquals(a.test().copyLabels(), b.test().copyLabels());
            ImageSplit c = spec.withSeed(43).generate();
            assertFalse(Arrays.equals(a.train().copyPixels(), c.train().copyPixels()));
        }
    }

    @Test
    void noiseZeroLeavesTheBackgroundCleanAndNoiseOneDoesNot() {
        ImageSet clean = new ImageSpec(ImageProblem.BARS, 8, 50, 0.0, 1.0, 0, 1).generate().train();
        ImageSet noisy = new ImageSpec(ImageProblem.BARS, 8, 50, 1.0, 1.0, 0, 1).generate().train();
        long cleanValues = Arrays.stream(clean.copyPixels()).filter(v -> v != 0.0 && v != 1.0).count();
        long noisyValues = Arrays.stream(noisy.copyPixels()).filter(v -> v != 0.0 && v != 1.0).count();
        assertEquals(0, cleanValues);
        assertTrue(noisyValues > 50 * 64 / 4, "noise reaches many pixels: " + noisyValues);
    }

    @Test
    void whatCannotBeMadeIsRefusedWithASentenceSayingWhatCan() {
        assertEquals("Digits images are made at 12 or 16 pixels a side, not 8",
                message(() -> new ImageSpec(ImageProblem.DIGITS, 8, 100, 0, 0.8, 0, 1)));
        assertEquals("Bars images are made at 8 pixels a side, not 12",
                message(() -> new ImageSpec(ImageProblem.BARS, 12, 100, 0, 0.8, 0, 1)));
        assertEquals("Images: 10001 is above the limit of 10000.",
                message(() -> new ImageSpec(ImageProblem.BARS, 8, 10_001, 0, 0.8, 0, 1)));
        assertEquals("Images: 0 is below the minimum of 1.",
                message(() -> new ImageSpec(ImageProblem.BARS, 8, 0, 0, 0.8, 0, 1)));
        assertEquals("Test shift: 5 is above the limit of 4.",
                message(() -> new ImageSpec(ImageProblem.SHAPES, 16, 100, 0, 0.8, 5, 1)));
        assertEquals("Test shift: -1 is below the minimum of 0.",
                message(() -> new ImageSpec(ImageProblem.SHAPES, 16, 100, 0, 0.8, -1, 1)));
        assertEquals("noise must be between 0 and 1 (0 = none, 1 = a lot), was 1.5",
                message(() -> new ImageSpec(ImageProblem.SHAPES, 16, 100, 1.5, 0.8, 0, 1)));
        assertEquals("the training share must be between 0.05 and 1, was 0.0",
                message(() -> new ImageSpec(ImageProblem.SHAPES, 16, 100, 0, 0.0, 0, 1)));
        assertEquals("an image problem is needed: bars, shapes or digits",
                message(() -> new ImageSpec(null, 16, 100, 0, 0.5, 0, 1)));
        assertEquals(ImageProblem.DIGITS, ImageProblem.byId("digits"));
        assertEquals(2, ImageSpec.maxShift(8));
    }

    @Test
    void accessorsRefuseImagesAndPixelsThatAreNotThere() {
        ImageSet set = ImageSpec.of(ImageProblem.BARS, 1).withImages(10).generate().train();
        assertThrows(IllegalArgumentException.class, () -> set.label(8));
        assertThrows(IllegalArgumentException.class, () -> set.pixel(0, 8, 0));
        assertThrows(IllegalArgumentException.class, () -> set.pixel(-1, 0, 0));
        double[] copy = new double[64 + 3];
        set.copyImage(2, copy, 3);
        assertEquals(set.pixel(2, 5, 1), copy[3 + 8 + 5]);
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
