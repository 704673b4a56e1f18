package org.nnplayground.core.data.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * Every sequence task: the shapes it gives, the same bits for the same seed (and others for
 * another), targets worked out by hand from the drawn inputs, the split, and the refusals.
 */
class SequenceTasksTest {
    private static final List<SequenceTask> TASKS = List.of(new Echo(12, 3, 0.1), new Parity(7, false, 0.0),
            new Parity(7, true, 0.2), new RunningSum(6, false, 0.0), new RunningSum(6, true, 0.05),
            new AddingProblem(9, 0.0), new SineContinuation(15, 7.5, 0.1), NextCharacter.onDefaultText(10),
            new NextCharacter("abcab", 3, true));

    @Test
    void shapesFollowEachTask() {
        int[][] expected = { // steps, input features, target steps, target features
            {12, 1, 12, 1}, {7, 1, 7, 1}, {7, 1, 1, 1}, {6, 1, 6, 1}, {6, 1, 6, 1}, {9, 2, 1, 1}, {15, 1, 15, 1},
            {10, CharVocabulary.of(DefaultText.TEXT).size(), 10, CharVocabulary.of(DefaultText.TEXT).size()}, {3, 1, 3, 3}};
        for (int i = 0; i < TASKS.size(); i++) {
            SequenceData d = TASKS.get(i).generate(5, new Rng(1));
            assertEquals(5, d.count());
            assertArrayEquals(expected[i], new int[] {d.steps(), d.inputFeatures(), d.targetSteps(), d.targetFeatures()},
                    TASKS.get(i).toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameBitsAndAnotherSeedOthers() {
        for (SequenceTask task : TASKS) {
            SequenceData a = task.generate(20, new Rng(42));
            SequenceData b = task.generate(20, new Rng(42));
            SequenceData c = task.generate(20, new Rng(43));
            assertArrayEquals(a.inputs(), b.inputs(), task.toString());
            assertArrayEquals(a.targets(), b.targets(), task.toString());
            assertFalse(java.util.Arrays.equals(a.inputs(), c.inputs()), task.toString());
        }
    }

    @Test
    void echoTargetsAreTheInputsDelaySteps() {
        SequenceData d = new Echo(8, 2, 0.0).generate(3, new Rng(5));
        for (int s = 0; s < 3; s++) {
            assertEquals(0.0, d.target(s, 0, 0));
            assertEquals(0.0, d.target(s, 1, 0));
            for (int t = 2; t < 8; t++) {
                assertEquals(d.input(s, t - 2, 0), d.target(s, t, 0), "sequence " + s + " step " + t);
            }
            for (int t = 0; t < 8; t++) {
                assertTrue(d.input(s, t, 0) == 0.0 || d.input(s, t, 0) == 1.0);
            }
        }
        SequenceData noisy = new Echo(8, 2, 0.3).generate(3, new Rng(5));
        for (int t = 2; t < 8; t++) {
            double target = noisy.target(0, t, 0);
            assertTrue(target == 0.0 || target == 1.0, "targets stay clean bits under noise");
        }
    }

    @Test
    void parityByHand() {
        SequenceData running = new Parity(6, false, 0.0).generate(4, new Rng(6));
        for (int s = 0; s < 4; s++) {
            int ones = 0;
            for (int t = 0; t < 6; t++) {
                ones += (int) running.input(s, t, 0);
                assertEquals(ones % 2, running.target(s, t, 0));
            }
        }
        SequenceData last = new Parity(6, true, 0.0).generate(4, new Rng(6));
        for (int s = 0; s < 4; s++) {
            assertArrayEquals(new double[] {running.target(s, 5, 0)}, new double[] {last.target(s, 0, 0)},
                    "the same seed draws the same bits; the final target is the last running one");
        }
    }

    @Test
    void runningSumAndCountByHand() {
        SequenceData sum = new RunningSum(5, false, 0.0).generate(2, new Rng(7));
        SequenceData count = new RunningSum(5, true, 0.0).generate(2, new Rng(7));
        for (int s = 0; s < 2; s++) {
            double total = 0.0;
            double ones = 0.0;
            for (int t = 0; t < 5; t++) {
                total += sum.input(s, t, 0);
                ones += count.input(s, t, 0);
                assertEquals(total, sum.target(s, t, 0), 0.0);
                assertEquals(ones, count.target(s, t, 0), 0.0);
                assertTrue(sum.input(s, t, 0) >= -1.0 && sum.input(s, t, 0) < 1.0);
            }
        }
    }

    @Test
    void theAddingProblemMarksOneValueInEachHalf() {
        SequenceData d = new AddingProblem(10, 0.0).generate(50, new Rng(8));
        for (int s = 0; s < 50; s++) {
            double sum = 0.0;
            int firstHalf = 0;
            int secondHalf = 0;
            for (int t = 0; t < 10; t++) {
                if (d.input(s, t, 1) == 1.0) {
                    sum += d.input(s, t, 0);
                    if (t < 5) {
                        firstHalf++;
                    } else {
                        secondHalf++;
                    }
                } else {
                    assertEquals(0.0, d.input(s, t, 1));
                }
            }
            assertEquals(1, firstHalf);
            assertEquals(1, secondHalf);
            assertEquals(sum, d.target(s, 0, 0), 0.0);
        }
    }

    @Test
    void sineTargetsAreTheNextValue() {
        SineContinuation task = new SineContinuation(12, 6.0, 0.0);
        SequenceData d = task.generate(3, new Rng(9));
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t + 1 < 12; t++) {
                assertEquals(d.input(s, t + 1, 0), d.target(s, t, 0), 0.0);
            }
            // Period 6: the value six steps on is the same (up to the rounding of the phase sum).
            assertEquals(d.input(s, 0, 0), d.input(s, 6, 0), 1e-12);
        }
        assertEquals(DetMath.sin(Math.PI / 2), new SineContinuation(4, 4.0, 0.0).value(1, 0.0), 0.0);
    }

    @Test
    void nextCharacterTargetsAreTheFollowingCharacters() {
        NextCharacter task = new NextCharacter("hello world", 4, false);
        CharVocabulary v = task.vocabulary();
        assertEquals(" dehlorw", v.toString());
        SequenceData d = task.generate(6, new Rng(10));
        String text = "hello world";
        for (int s = 0; s < 6; s++) {
            int start = -1;
            for (int from = 0; from + 5 <= text.length() && start < 0; from++) {
                boolean match = true;
                for (int t = 0; t < 4; t++) {
                    match &= d.input(s, t, v.indexOf(text.charAt(from + t))) == 1.0;
                }
                start = match ? from : -1;
            }
            assertTrue(start >= 0, "sequence " + s + " is a window of the text");
            for (int t = 0; t < 4; t++) {
                double rowSum = 0.0;
                for (int c = 0; c < v.size(); c++) {
                    rowSum += d.target(s, t, c);
                }
                assertEquals(1.0, rowSum, 0.0);
                assertEquals(1.0, d.target(s, t, v.indexOf(text.charAt(start + t + 1))));
            }
        }
        SequenceData indices = new NextCharacter("abcab", 3, true).generate(4, new Rng(11));
        for (int s = 0; s < 4; s++) {
            for (int t = 0; t + 1 < 3; t++) {
                assertEquals(1.0, indices.target(s, t, (int) indices.input(s, t + 1, 0)), "the next input is this target");
            }
        }
    }

    @Test
    void theDefaultTextIsShortWithASmallVocabulary() {
        int v = CharVocabulary.of(DefaultText.TEXT).size();
        assertTrue(v >= 20 && v <= 32, "vocabulary " + v);
        assertTrue(DefaultText.TEXT.length() >= 500 && DefaultText.TEXT.length() <= 10_000);
    }

    @Test
    void splitsTrainingFromTestSequences() {
        SequenceSplit split = new Echo(6, 1, 0.0).split(100, 0.8, 3);
        assertEquals(80, split.train().count());
        assertEquals(20, split.test().count());
        SequenceData all = new Echo(6, 1, 0.0).generate(100, new Rng(3));
        assertArrayEquals(all.slice(80, 100).inputs(), split.test().inputs());
        assertEquals(0, new Echo(6, 1, 0.0).split(10, 1.0, 3).test().count());
    }

    @Test
    void refusesParametersOutsideTheLimitsWithTheirWords() {
        assertEquals("Sequence length: 501 is not allowed; use 2 to 500",
                assertThrows(IllegalArgumentException.class, () -> new Echo(501, 1, 0)).getMessage());
        assertEquals("Delay: 51 is not allowed; use 1 to 50 (less than the sequence length)",
                assertThrows(IllegalArgumentException.class, () -> new Echo(100, 51, 0)).getMessage());
        assertEquals("Delay: 5 is not allowed; use 1 to 4 (less than the sequence length)",
                assertThrows(IllegalArgumentException.class, () -> new Echo(5, 5, 0)).getMessage());
        assertEquals("Noise: 1.5 is not allowed; use 0 to 1",
                assertThrows(IllegalArgumentException.class, () -> new Parity(5, false, 1.5)).getMessage());
        assertEquals("Period: 1.0 is not allowed; use 2 to 1000 steps",
                assertThrows(IllegalArgumentException.class, () -> new SineContinuation(5, 1.0, 0)).getMessage());
        assertEquals("Sequences: 10001 is not allowed; use 1 to 10000",
                assertThrows(IllegalArgumentException.class, () -> new Echo(5, 1, 0).split(10_001, 0.5, 1)).getMessage());
        String longText = "ab".repeat(5001);
        assertEquals("Text length: 10002 characters is not allowed; use 2 to 10000",
                assertThrows(IllegalArgumentException.class, () -> new NextCharacter(longText, 5, false)).getMessage());
        assertEquals("Text length: 10002 is above the limit of 10000; using 10000.", NextCharacter.textNotice(longText));
        assertEquals(10_000, NextCharacter.fitText(longText).length());
        assertEquals(null, NextCharacter.textNotice("short"));
        assertEquals("Sequence length: 5 is not allowed for a text of 5 characters; use 1 to 4",
                assertThrows(IllegalArgumentException.class, () -> new NextCharacter("abcde", 5, false)).getMessage());
        assertEquals("Text: 1 different characters is not allowed; use 2 to 256",
                assertThrows(IllegalArgumentException.class, () -> new NextCharacter("aaaa", 2, false)).getMessage());
    }
}
