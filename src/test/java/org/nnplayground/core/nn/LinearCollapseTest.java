package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;

class LinearCollapseTest {
    @Test
    void aLinearNetworkEqualsItsCollapsedMapOnRandomShapes() {
        Rng rng = new Rng(11);
        for (int trial = 0; trial < 200; trial++) {
            int inputs = 1 + rng.nextInt(4);
            int depth = rng.nextInt(5);
            boolean skip = rng.nextInt(2) == 1;
            int width = 1 + rng.nextInt(5);
            int[] hidden = new int[depth];
            for (int i = 0; i < depth; i++) {
                hidden[i] = skip && rng.nextInt(3) > 0 ? width : 1 + rng.nextInt(5);
            }
            NetworkSpec spec = NetworkSpec.of(inputs, hidden, Activation.IDENTITY, 1 + rng.nextInt(3), Activation.IDENTITY)
                    .withSkip(skip).withInit(Init.GLOROT);
            Network network = new Network(spec, rng.split());
            AffineMap map = LinearCollapse.of(network);
            assertEquals(spec.outputs(), map.rows());
            assertEquals(inputs, map.cols());
            for (int k = 0; k < 5; k++) {
                double[] x = new double[inputs];
                for (int i = 0; i < inputs; i++) {
                    x[i] = rng.uniform(-3, 3);
                }
                double[] expected = network.forward(x, 0).clone();
                double[] actual = map.apply(x);
                for (int o = 0; o < expected.length; o++) {
                    assertEquals(expected[o], actual[o], 1e-12 * (1 + Math.abs(expected[o])), spec.toString());
                }
            }
        }
    }

    @Test
    void aNonlinearNetworkDoesNotCollapse() {
        NetworkSpec spec = NetworkSpec.of(1, new int[] {2}, Activation.RELU, 1, Activation.IDENTITY);
        Network network = new Network(spec, new Rng(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearCollapse.of(network));
        assertEquals("only a network whose activations are all linear collapses to one map", e.getMessage());
    }
}
