package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** The embedding looks symbols up from indices or one-hot vectors alike, with the gradient of either. */
class EmbeddingTest {
    private static final int V = 4;
    private static final int D = 3;

    @Test
    void indicesAndOneHotVectorsGiveTheSameRowsAndTheSameGradients() {
        Embedding byIndex = new Embedding.Spec(V, D).build(Shape.of(3, 1), Init.GLOROT, new Rng(9));
        Embedding byOneHot = new Embedding.Spec(V, D).build(Shape.of(3, V), Init.GLOROT, new Rng(9));
        assertTrue(byIndex.takesIndices());
        assertEquals(Shape.of(3, D), byOneHot.outputShape());
        double[] indices = {2, 0, 2};
        double[] oneHot = new double[3 * V];
        for (int t = 0; t < 3; t++) {
            oneHot[t * V + (int) indices[t]] = 1.0;
        }
        double[] a = new double[3 * D];
        double[] b = new double[3 * D];
        byIndex.forward(indices, a);
        byOneHot.forward(oneHot, b);
        assertArrayEquals(a, b);
        for (int d = 0; d < D; d++) {
            assertEquals(byIndex.table().get(d, 2), a[2 * D + d], 0.0, "step 3 is symbol 2's row");
        }
        double[] g = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] gradIn = new double[3 * V];
        byIndex.backward(indices, a, g, new double[3]);
        byOneHot.backward(oneHot, b, g, gradIn);
        assertArrayEquals(byIndex.table().grads(), byOneHot.table().grads());
        assertEquals(1 + 7, byIndex.table().gradient(0, 2), 0.0, "symbol 2 appears at steps 1 and 3");
        assertEquals(0.0, byIndex.table().gradient(0, 1), 0.0, "symbol 1 does not appear");
        // dLoss/d(one-hot) of step 2, symbol 3: sum over d of table(d, 3) * g(step 2, d).
        double expected = 0.0;
        for (int d = 0; d < D; d++) {
            expected += byOneHot.table().get(d, 3) * g[D + d];
        }
        assertEquals(expected, gradIn[V + 3], 1e-15);
    }

    @Test
    void refusesAnIndexOutsideTheVocabularyAndShapesThatDoNotFit() {
        Embedding e = new Embedding.Spec(V, D).build(Shape.of(2, 1), Init.GLOROT, new Rng(10));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> e.forward(new double[] {1, 4}, new double[2 * D]));
        assertEquals("embedding: step 2 holds 4.0, which is not a symbol index 0 to 3", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.forward(new double[] {1.5, 0}, new double[2 * D]));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> new Embedding.Spec(V, D).outputShape(Shape.of(2, 3)));
        assertEquals("an embedding of 4 symbols takes each step as 1 index or as 4 one-hot values, not 3 values",
                width.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Embedding.Spec(1, D));
        assertThrows(IllegalArgumentException.class, () -> new Embedding.Spec(V, 0));
    }
}
