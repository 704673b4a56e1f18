package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/**
 * The drawn points' link text: any set comes back exactly, in as many characters as its problem's
 * width says; random and mutated text gives a set or a message, never another exception.
 */
class DrawnPointsTextTest {
    private static final ProblemType[] PROBLEMS = ProblemType.values();

    private static DrawnPoints randomSet(Rng rng, ProblemType problem, int n) {
        DrawnPoints p = DrawnPoints.empty(problem);
        for (int i = 0; i < n; i++) {
            double v = problem.isClassification() ? rng.nextInt(DrawnPoints.maxClasses(problem)) : rng.uniform(-3, 3);
            p = p.with(rng.uniform(-7, 7), rng.uniform(-7, 7), v);
        }
        return p;
    }

    @Test
    void everySetComesBackExactly() {
        Rng rng = new Rng(515);
        for (int trial = 0; trial < 400; trial++) {
            ProblemType problem = PROBLEMS[rng.nextInt(PROBLEMS.length)];
            int n = trial < 4 ? 0 : rng.nextInt(trial % 50 == 0 ? DrawnPoints.MAX_IN_LINK + 1 : 30);
            DrawnPoints p = randomSet(rng, problem, n);
            String text = DrawnPointsText.write(p);
            assertEquals(1 + n * DrawnPointsText.charsPerPoint(problem), text.length(), text);
            DrawnPoints back = DrawnPointsText.read(text);
            assertEquals(p, back, text);
            for (int i = 0; i < n; i++) {
                assertEquals(p.x1(i), back.x1(i), 0.0);
                assertEquals(p.x2(i), back.x2(i), 0.0);
                if (problem.isClassification()) {
                    assertEquals(p.label(i), back.label(i));
                } else {
                    assertEquals(p.target(i), back.target(i), 0.0);
                }
            }
            for (char c : text.toCharArray()) {
                assertTrue(Character.isLetterOrDigit(c) || c == '-' || c == '_', "link-safe: " + text);
            }
        }
    }

    @Test
    void aFullLinkSetIsAboutTwoThousandCharacters() {
        DrawnPoints p = randomSet(new Rng(3), ProblemType.CLASSIFICATION, DrawnPoints.MAX_IN_LINK);
        assertEquals(2001, DrawnPointsText.write(p).length());
        DrawnPoints s = randomSet(new Rng(3), ProblemType.REGRESSION_2D, DrawnPoints.MAX_IN_LINK);
        assertEquals(2401, DrawnPointsText.write(s).length());
    }

    @Test
    void randomAndMutatedTextGivesASetOrAMessage() {
        Rng rng = new Rng(77);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_cmyz%.= \u00e9\u0000";
        int read = 0;
        for (int trial = 0; trial < 3000; trial++) {
            String text;
            if (trial % 2 == 0) {
                StringBuilder s = new StringBuilder();
                int n = rng.nextInt(40);
                for (int i = 0; i < n; i++) {
                    s.append(alphabet.charAt(rng.nextInt(alphabet.length())));
                }
                text = s.toString();
            } else {
                StringBuilder s = new StringBuilder(DrawnPointsText.write(
                        randomSet(rng, PROBLEMS[rng.nextInt(PROBLEMS.length)], 1 + rng.nextInt(8))));
                int edits = 1 + rng.nextInt(3);
                for (int e = 0; e < edits && s.length() > 0; e++) {
                    int at = rng.nextInt(s.length());
                    switch (rng.nextInt(3)) {
                        case 0 -> s.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                        case 1 -> s.deleteCharAt(at);
                        default -> s.insert(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                    }
                }
                text = s.toString();
            }
            try {
                DrawnPoints p = DrawnPointsText.read(text);
                assertEquals(text, DrawnPointsText.write(p), "what reads writes back the same");
                read++;
            } catch (IllegalArgumentException expected) {
                assertTrue(!expected.getMessage().isEmpty());
            } catch (RuntimeException other) {
                fail("'" + text + "' threw " + other);
            }
        }
        assertTrue(read > 100, "some mutations still read: " + read);
    }

    @Test
    void damagedTextIsNamed() {
        assertEquals("the drawn points start with 'q', not c, m, y or z (their problem)",
                assertThrows(IllegalArgumentException.class, () -> DrawnPointsText.read("qAAAAA")).getMessage());
        assertEquals("the drawn points are cut short: 4 characters are not a whole number of points of 5",
                assertThrows(IllegalArgumentException.class, () -> DrawnPointsText.read("cAAAA")).getMessage());
        assertEquals("the drawn points hold '.' at character 3, which is not base64url",
                assertThrows(IllegalArgumentException.class, () -> DrawnPointsText.read("yA.AA")).getMessage());
        assertEquals("drawn point 1 is of class 3; two-class data has classes 1 and 2",
                assertThrows(IllegalArgumentException.class, () -> DrawnPointsText.read("cAAAAC")).getMessage());
        assertEquals("drawn point 1 is damaged (its unused bits are set)",
                assertThrows(IllegalArgumentException.class, () -> DrawnPointsText.read("c_AAAA")).getMessage());
        assertTrue(DrawnPointsText.read("m").isEmpty());
        assertEquals("drawn point 1 lies outside the drawing's grid", assertThrows(IllegalArgumentException.class,
                () -> DrawnPointsText.read("cH_4AB")).getMessage(), "x1 beyond the plane's 3,072 steps");
        assertThrows(IllegalArgumentException.class, () -> DrawnPointsText.read(""));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DrawnPointsText.read("y" + "AAAA".repeat(DrawnPoints.MAX_POINTS + 1))).getMessage()
                .contains("at most 2000 are read"));
    }
}
