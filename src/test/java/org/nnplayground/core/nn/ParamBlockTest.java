package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Fingerprint;
import org.nnplayground.core.math.Rng;

class ParamBlockTest {
    private static final NetworkSpec SPEC = NetworkSpec.of(3, new int[] {4, 2}, Activation.TANH, 2, Activation.SIGMOID);

    @Test
    void blocksAreEachLayersWeightsThenBiasesLiveAndSized() {
        Network net = new Network(SPEC, new Rng(7));
        List<ParamBlock> blocks = net.parameters();
        assertEquals(2 * net.layerCount(), blocks.size());
        for (int l = 1; l <= net.layerCount(); l++) {
            ParamBlock w = blocks.get(2 * (l - 1));
            ParamBlock b = blocks.get(2 * (l - 1) + 1);
            assertSame(net.weights(l), w.values());
            assertSame(net.weightGradients(l), w.grads());
            assertSame(net.biases(l), b.values());
            assertSame(net.biasGradients(l), b.grads());
            assertSame(w, net.weightBlock(l));
            assertSame(b, net.biasBlock(l));
            assertEquals(net.width(l - 1), w.fanIn());
            assertEquals(net.width(l), w.fanOut());
            assertEquals(1, b.fanIn());
            assertEquals(net.width(l), b.fanOut());
            assertTrue(w.regularized() && !w.bias());
            assertTrue(b.bias() && !b.regularized());
        }
        int total = 0;
        for (ParamBlock block : blocks) {
            total += block.size();
        }
        assertEquals(SPEC.parameterCount(), total);
    }

    @Test
    void indexIsRowMajorOverTheTargetAndRefusesEntriesOutsideTheBlock() {
        Network net = new Network(SPEC, new Rng(7));
        ParamBlock w = net.weightBlock(2); // 4 inputs -> 2 outputs
        assertEquals(1 * 4 + 3, w.index(1, 3));
        w.set(1, 3, 0.125);
        assertEquals(0.125, net.weights(2)[7]);
        assertEquals(0.125, w.get(1, 3));
        net.weightGradients(2)[7] = -2.0;
        assertEquals(-2.0, w.gradient(1, 3));
        assertThrows(IllegalArgumentException.class, () -> w.index(2, 0));
        assertThrows(IllegalArgumentException.class, () -> w.index(0, 4));
        assertThrows(IllegalArgumentException.class, () -> w.index(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> net.biasBlock(1).index(0, 1));
    }

    @Test
    void fingerprintAndParameterBufferKeepTheFlatLayerOrder() {
        Network net = new Network(SPEC, new Rng(11));
        Fingerprint expected = new Fingerprint();
        double[] flat = new double[SPEC.parameterCount()];
        int at = 0;
        for (int l = 1; l <= net.layerCount(); l++) {
            expected.addAll(net.weights(l)).addAll(net.biases(l));
            System.arraycopy(net.weights(l), 0, flat, at, net.weights(l).length);
            at += net.weights(l).length;
            System.arraycopy(net.biases(l), 0, flat, at, net.biases(l).length);
            at += net.biases(l).length;
        }
        assertEquals(expected.value(), net.fingerprint().value());
        double[] copied = net.parameterBuffer();
        net.copyParametersTo(copied);
        assertArrayEquals(flat, copied);

        Network other = new Network(SPEC, new Rng(12));
        assertFalse(other.fingerprint().value() == net.fingerprint().value());
        other.copyParametersFrom(copied);
        assertEquals(net.fingerprint().value(), other.fingerprint().value());
    }

    @Test
    void refusesValuesThatDoNotFitItsShape() {
        assertThrows(IllegalArgumentException.class,
                () -> new ParamBlock(new double[5], new double[5], 2, 3, true, false));
        assertThrows(IllegalArgumentException.class,
                () -> new ParamBlock(new double[6], new double[5], 2, 3, true, false));
    }
}
