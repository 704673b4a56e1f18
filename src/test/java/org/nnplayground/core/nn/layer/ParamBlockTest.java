package org.nnplayground.core.nn.layer;

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
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;

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
            assertSame(net.weightBlock(l).values(), w.values());
            assertSame(net.weightBlock(l).grads(), w.grads());
            assertSame(net.biasBlock(l).values(), b.values());
            assertSame(net.biasBlock(l).grads(), b.grads());
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
        assertEquals(0.125, net.weightBlock(2).values()[7]);
        assertEquals(0.125, w.get(1, 3));
        net.weightBlock(2).grads()[7] = -2.0;
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
            expected.addAll(net.weightBlock(l).values()).addAll(net.biasBlock(l).values());
            System.arraycopy(net.weightBlock(l).values(), 0, flat, at, net.weightBlock(l).values().length);
            at += net.weightBlock(l).values().length;
            System.arraycopy(net.biasBlock(l).values(), 0, flat, at, net.biasBlock(l).values().length);
            at += net.biasBlock(l).values().length;
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
