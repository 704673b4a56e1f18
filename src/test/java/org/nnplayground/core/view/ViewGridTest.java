package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

class ViewGridTest {
    @Test
    void planeCellsAreCentresWithRowZeroAtTheTop() {
        ViewGrid g = ViewGrid.plane(Domain.INPUT_SQUARE, 4);
        assertEquals(16, g.points());
        assertEquals(-4.5, g.x1(0));
        assertEquals(4.5, g.x2(0));
        assertEquals(4.5, g.x1(3));
        assertEquals(-4.5, g.x2(15));
        for (int p = 0; p < g.points(); p++) {
            assertEquals(p, g.index(g.row(p), g.column(p)));
            assertEquals(g.column(p), g.columnAt(g.x1(p)));
            assertEquals(g.row(p), g.rowAt(g.x2(p)));
        }
        assertEquals(0, g.columnAt(-100));
        assertEquals(3, g.rowAt(-100));
    }

    @Test
    void lineIncludesBothEnds() {
        ViewGrid g = ViewGrid.line(new Domain(-1.5, 1.5, -2, 2), 5);
        assertEquals(5, g.points());
        assertEquals(-1.5, g.x1(0));
        assertEquals(0.0, g.x1(2));
        assertEquals(1.5, g.x1(4));
        assertEquals(2, g.columnAt(0.1));
    }

    @Test
    void writesFeaturesNeuronMajorWithTheEvaluatorsStride() {
        FeatureSet features = FeatureSet.all();
        ViewGrid g = ViewGrid.plane(Domain.INPUT_SQUARE, 4);
        NetworkSpec spec = NetworkSpec.of(features.count(), new int[] {2}, Activation.TANH, 1, Activation.TANH);
        GridEvaluator eval = new GridEvaluator(spec, 20); // more room than points: rows of 20
        g.writeInputs(features, eval);
        double[] row = new double[features.count()];
        for (int p = 0; p < g.points(); p++) {
            features.writeInputs(g.x1(p), g.x2(p), row, 0);
            for (int f = 0; f < row.length; f++) {
                assertEquals(row[f], eval.inputs()[f * 20 + p], "feature " + f + " point " + p);
            }
        }
    }

    @Test
    void writesXAloneForALine() {
        ViewGrid g = ViewGrid.line(new Domain(0, 1, 0, 1), 11);
        GridEvaluator eval = new GridEvaluator(NetworkSpec.of(1, new int[0], Activation.TANH, 1, Activation.IDENTITY), 11);
        g.writeInputs(FeatureSet.defaults(), eval);
        for (int p = 0; p < 11; p++) {
            assertEquals(g.x1(p), eval.inputs()[p]);
        }
    }

    @Test
    void refusesAnEvaluatorTooSmall() {
        ViewGrid g = ViewGrid.plane(Domain.INPUT_SQUARE, 10);
        GridEvaluator eval = new GridEvaluator(NetworkSpec.of(2, new int[0], Activation.TANH, 1, Activation.TANH), 50);
        assertEquals("the evaluator holds 50 points; this grid has 100",
                assertThrows(IllegalArgumentException.class, () -> g.writeInputs(FeatureSet.defaults(), eval)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ViewGrid.plane(Domain.INPUT_SQUARE, 1));
    }
}
