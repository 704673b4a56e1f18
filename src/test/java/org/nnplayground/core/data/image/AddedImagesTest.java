package org.nnplayground.core.data.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** Added images: put on four levels, appended after the generated ones, and read back from their text exactly. */
class AddedImagesTest {
    private static double[] randomPixels(Rng rng, int side) {
        double[] p = new double[side * side];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.nextInt(3) == 0 ? 0 : rng.uniform(-0.2, 1.2);
        }
        return p;
    }

    private static AddedImages randomSet(Rng rng) {
        int side = new int[] {1, 2, 8, 12, 16, 64}[rng.nextInt(6)];
        AddedImages a = AddedImages.none(side);
        int n = rng.nextInt(6);
        for (int i = 0; i < n; i++) {
            a = a.with(randomPixels(rng, side), rng.nextInt(10), 10);
        }
        return a;
    }

    @Test
    void pixelsArePutOnTheNearestOfFourLevelsHeldToZeroToOne() {
        AddedImages a = AddedImages.none(2).with(new double[] {-3, 0.16, 0.5, 7}, 1, 2);
        assertEquals(0.0, a.pixel(0, 0, 0));
        assertEquals(0.0, a.pixel(0, 1, 0)); // 0.16 * 3 = 0.48 rounds to level 0
        assertEquals(2 / 3.0, a.pixel(0, 0, 1)); // 1.5 rounds up to level 2
        assertEquals(1.0, a.pixel(0, 1, 1));
        assertEquals(1, a.label(0));
        assertThrows(IllegalArgumentException.class, () -> AddedImages.none(2).with(new double[] {0, 0, 0, Double.NaN}, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> AddedImages.none(2).with(new double[] {0, 0, 0, 0}, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> AddedImages.none(2).with(new double[3], 0, 2));
    }

    @Test
    void randomSetsRoundTripThroughTheirTextAndTheTextHasTheLengthItSays() {
        Rng rng = new Rng(21);
        for (int i = 0; i < 300; i++) {
            AddedImages a = randomSet(rng);
            String text = AddedImagesText.write(a);
            assertEquals(AddedImagesText.length(a), text.length());
            AddedImages back = AddedImagesText.read(text);
            assertEquals(a, back, text);
            assertEquals(text, AddedImagesText.write(back));
            for (int k = 0; k < a.size(); k++) {
                for (int y = 0; y < a.side(); y++) {
                    for (int x = 0; x < a.side(); x++) {
                        assertEquals(Double.doubleToRawLongBits(a.pixel(k, x, y)), Double.doubleToRawLongBits(back.pixel(k, x, y)));
                    }
                }
            }
        }
        assertEquals("12." + "B" + "A".repeat(48), AddedImagesText.write(AddedImages.none(12).with(new double[144], 1, 2)));
    }

    @Test
    void damagedOrRandomTextIsRefusedWithASentenceAndNeverAnotherException() {
        assertThrows(IllegalArgumentException.class, () -> AddedImagesText.read("12"));
        assertThrows(IllegalArgumentException.class, () -> AddedImagesText.read("99.A"));
        assertThrows(IllegalArgumentException.class, () -> AddedImagesText.read("2.AA"), "cut short: 2 chars, an image is 3");
        IllegalArgumentException padding = assertThrows(IllegalArgumentException.class, () -> AddedImagesText.read("2.AAB"));
        assertTrue(padding.getMessage().contains("padding"), padding.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AddedImagesText.read("2.A*A"));
        Rng rng = new Rng(4);
        String chars = "0123456789.ABCxyz-_*% \u00e9";
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            if (rng.nextInt(2) == 0) {
                s.append(AddedImagesText.write(randomSet(rng)));
                if (s.length() > 0) {
                    int at = rng.nextInt(s.length());
                    s.setCharAt(at, chars.charAt(rng.nextInt(chars.length())));
                }
            } else {
                int n = rng.nextInt(40);
                for (int k = 0; k < n; k++) {
                    s.append(chars.charAt(rng.nextInt(chars.length())));
                }
            }
            try {
                AddedImages a = AddedImagesText.read(s.toString());
                assertEquals(s.toString(), AddedImagesText.write(a), "what is read is what would be written");
            } catch (IllegalArgumentException e) {
                assertFalse(e.getMessage().isEmpty());
            }
        }
    }

    @Test
    void theyComeAfterTheGeneratedTrainingImagesWithTheirClasses() {
        ImageSet generated = ImageSpec.of(ImageProblem.BARS, 3).withImages(20).generate().train();
        double[] drawn = new double[64];
        drawn[9] = 1;
        AddedImages a = AddedImages.none(8).with(drawn, 1, 2).with(new double[64], 0, 2);
        ImageSet all = a.appendedTo(generated);
        assertEquals(generated.size() + 2, all.size());
        for (int i = 0; i < generated.size(); i++) {
            assertEquals(generated.label(i), all.label(i));
            assertEquals(generated.pixel(i, 3, 4), all.pixel(i, 3, 4));
        }
        assertEquals(1, all.label(generated.size()));
        assertEquals(1.0, all.pixel(generated.size(), 1, 1));
        assertEquals(0.0, all.pixel(generated.size(), 2, 1));
        assertEquals(0, all.label(generated.size() + 1));
        assertThrows(IllegalArgumentException.class, () -> AddedImages.none(12).with(new double[144], 0, 2).appendedTo(generated));
    }

    @Test
    void theLinkHoldsAboutTwoThousandCharactersOfThem() {
        assertEquals(22, AddedImages.mostInLink(16));
        assertEquals(40, AddedImages.mostInLink(12));
        assertEquals(86, AddedImages.mostInLink(8));
        AddedImages a = AddedImages.none(16);
        for (int i = 0; i < 22; i++) {
            a = a.with(new double[256], 0, 4);
        }
        assertTrue(a.fitsInLink());
        assertFalse(a.with(new double[256], 0, 4).fitsInLink());
        assertEquals(a, a.with(new double[256], 3, 4).withoutLast());
        assertEquals(AddedImages.none(16), AddedImages.none(16).withoutLast());
    }

    @Test
    void aPageHoldsAtMostTwoHundred() {
        AddedImages a = AddedImages.none(1);
        for (int i = 0; i < AddedImages.MAX_IMAGES; i++) {
            a = a.with(new double[] {1}, 0, 2);
        }
        AddedImages full = a;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> full.with(new double[] {1}, 0, 2));
        assertTrue(e.getMessage().contains("At most 200"), e.getMessage());
        assertEquals(full, AddedImagesText.read(AddedImagesText.write(full)));
        assertThrows(IllegalArgumentException.class, () -> AddedImagesText.read(AddedImagesText.write(full) + "BA"));
    }
}
