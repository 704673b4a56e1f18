package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.train.LearningRates;

/** Menus of numbers always hold the value in use, in order, each entry with a label of its own. */
class MenuChoicesTest {
    @Test
    void aValueOffTheListIsAddedInItsPlace() {
        double[] ladder = LearningRates.ladder();
        double[] with = MenuChoices.withCurrent(ladder, 0.02);
        assertEquals(ladder.length + 1, with.length);
        int at = MenuChoices.indexOf(with, 0.02);
        assertTrue(at > 0 && with[at - 1] < 0.02 && with[at + 1] > 0.02, "between its neighbours");
        assertEquals("0.02", MenuChoices.labels(with)[at]);
        assertArrayEquals(new double[] {0, 0.001, 0.02, 0.1}, MenuChoices.withCurrent(new double[] {0, 0.001, 0.1}, 0.02));
        assertArrayEquals(new double[] {1, 2, 7, 10}, MenuChoices.withCurrent(new int[] {1, 2, 10}, 7));
        assertArrayEquals(new double[] {1, 2, 10, 20000}, MenuChoices.withCurrent(new int[] {1, 2, 10}, 20000));
        assertArrayEquals(new double[] {0.5, 1, 2}, MenuChoices.withCurrent(new double[] {1, 2}, 0.5));
    }

    @Test
    void aValueOnTheListIsNotAddedTwice() {
        double[] ladder = LearningRates.ladder();
        for (double rate : ladder) {
            double[] with = MenuChoices.withCurrent(ladder, rate);
            assertArrayEquals(ladder, with);
        }
        assertArrayEquals(new double[] {1, 7}, MenuChoices.withCurrent(new int[] {1, 7}, 7));
    }

    @Test
    void valuesThatWouldReadAlikeGetTheirExactSpelling() {
        double[] with = MenuChoices.withCurrent(new double[] {0.01, 0.03, 0.1}, 0.030001);
        String[] labels = MenuChoices.labels(with);
        assertArrayEquals(new String[] {"0.01", "0.03", "0.030001", "0.1"}, labels);
        assertArrayEquals(new String[] {"7", "10000"}, MenuChoices.wholeLabels(new double[] {7, 10000}));
    }

    @Test
    void everyMenuOfRandomValuesShowsItsValueWithDistinctLabels() {
        Rng rng = new Rng(11);
        double[] ladder = LearningRates.ladder();
        for (int i = 0; i < 5000; i++) {
            double v = rng.nextInt(3) == 0 ? ladder[rng.nextInt(ladder.length)] * (1 + 1e-12 * rng.nextInt(3))
                    : Math.pow(10, rng.uniform(-6, 1));
            double[] with = MenuChoices.withCurrent(ladder, v);
            int at = MenuChoices.indexOf(with, v);
            assertTrue(at >= 0, "holds " + v);
            for (int k = 1; k < with.length; k++) {
                assertTrue(with[k - 1] < with[k], "ascending");
            }
            Set<String> labels = new HashSet<>(java.util.Arrays.asList(MenuChoices.labels(with)));
            assertEquals(with.length, labels.size(), "distinct labels around " + v);
        }
    }

    @Test
    void theShortestSpellingReadsBackExactly() {
        assertEquals("0.012345", NumberFormat.shortest(0.012345));
        assertEquals("0.3", NumberFormat.shortest(0.3));
        assertEquals("1e-5", NumberFormat.shortest(1e-5));
        assertEquals("2", NumberFormat.shortest(2));
        Rng rng = new Rng(5);
        for (int i = 0; i < 2000; i++) {
            double v = Math.round(rng.uniform(0, 100) * 1e6) / 1e6;
            assertEquals(v, Double.parseDouble(NumberFormat.shortest(v)), "" + v);
        }
    }
}
