package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** The threshold that picks a layer's strongest links, whole or judged from a strided sample. */
class LinkBudgetTest {
    private static int above(double[] w, double threshold) {
        int n = 0;
        for (double v : w) {
            if (Math.abs(v) >= threshold && v - v == 0.0) {
                n++;
            }
        }
        return n;
    }

    /** 256 x 256 weights: uniform, bell-shaped (a sum of uniforms) or heavy-tailed (a ratio). */
    private static double[] weights(Rng rng, int kind) {
        double[] w = new double[256 * 256];
        for (int i = 0; i < w.length; i++) {
            double u = rng.nextDouble() - 0.5;
            w[i] = switch (kind) {
                case 0 -> u;
                case 1 -> u + rng.nextDouble() + rng.nextDouble() - 1;
                default -> u / (0.01 + rng.nextDouble());
            };
        }
        return w;
    }

    @Test
    void aWideLayerDrawsAboutItsBudgetOfItsStrongestLinks() {
        LinkBudget budget = new LinkBudget();
        for (int seed = 1; seed <= 12; seed++) {
            for (int kind = 0; kind < 3; kind++) {
                double[] w = weights(new Rng(seed), kind);
                for (int links : new int[] {128, 176, 1000}) {
                    int drawn = above(w, budget.threshold(w, w.length, links));
                    assertTrue(drawn >= links * 0.6 && drawn <= links * 1.4,
                            drawn + " links drawn for a budget of " + links + " (seed " + seed + ", kind " + kind + ")");
                }
            }
        }
    }

    @Test
    void aLayerWithinItsBudgetDrawsEveryLinkAndOneOfZerosNone() {
        LinkBudget budget = new LinkBudget();
        double[] w = weights(new Rng(3), 0);
        assertEquals(0, budget.threshold(w, 100, 100));
        assertEquals(Double.POSITIVE_INFINITY, budget.threshold(new double[5000], 5000, 10));
    }

    @Test
    void aSampledThresholdIgnoresWhatIsNotANumber() {
        LinkBudget budget = new LinkBudget();
        double[] w = weights(new Rng(5), 1);
        for (int i = 0; i < w.length; i += 7) {
            w[i] = i % 2 == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        int drawn = above(w, budget.threshold(w, w.length, 176));
        assertTrue(drawn >= 176 * 0.6 && drawn <= 176 * 1.4, "drawn: " + drawn);
    }
}
