package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.Network;

/** The one edit path for a weight or bias: its rules, and that a refused edit leaves the network as it was. */
class SessionParameterEditTest {
    private static Session session() {
        return new Session(Presets.defaultPreset().state());
    }

    private static double[] parameters(Session s) {
        Network net = s.trainer().network();
        double[] all = net.parameterBuffer();
        net.copyParametersTo(all);
        return all;
    }

    @Test
    void setsTheEntryTheBlockNamesAndCountsAsAChangeOfTheWeights() {
        Session s = session();
        Network net = s.trainer().network();
        int fanIn = net.width(0);
        long version = s.weightsVersion();
        assertNull(s.setWeight(1, 1, fanIn - 1, 0.25));
        assertEquals(0.25, net.weightBlock(1).values()[1 * fanIn + fanIn - 1]);
        assertNull(s.setBias(net.layerCount(), 0, -1.5));
        assertEquals(-1.5, net.biasBlock(net.layerCount()).values()[0]);
        assertTrue(s.weightsVersion() > version);
    }

    @Test
    void cutsBeyondTheLimitInfinitiesToo() {
        Session s = session();
        Network net = s.trainer().network();
        assertEquals("Bias: 5000000 is above the limit of 1000000; using 1000000.", s.setBias(1, 0, 5e6));
        assertEquals(Limits.MAX_WEIGHT, net.biasBlock(1).values()[0]);
        assertEquals("Weight: -infinity is below the minimum of -1000000; using -1000000.",
                s.setWeight(1, 0, 0, Double.NEGATIVE_INFINITY));
        assertEquals(-Limits.MAX_WEIGHT, net.weightBlock(1).values()[0]);
    }

    @Test
    void refusesNaNAndEntriesTheNetworkDoesNotHaveLeavingItAsItWas() {
        Session s = session();
        Network net = s.trainer().network();
        int layers = net.layerCount();
        double[] before = parameters(s);
        long version = s.weightsVersion();
        assertEquals("a weight must be a number between -1000000 and 1000000, not NaN",
                assertThrows(IllegalArgumentException.class, () -> s.setWeight(1, 0, 0, Double.NaN)).getMessage());
        assertEquals("a bias must be a number between -1000000 and 1000000, not NaN",
                assertThrows(IllegalArgumentException.class, () -> s.setBias(1, 0, Double.NaN)).getMessage());
        assertEquals("Weight: the layer must be between 1 and " + layers + ", was 0",
                assertThrows(IllegalArgumentException.class, () -> s.setWeight(0, 0, 0, 1.0)).getMessage());
        assertEquals("Bias: the layer must be between 1 and " + layers + ", was " + (layers + 1),
                assertThrows(IllegalArgumentException.class, () -> s.setBias(layers + 1, 0, 1.0)).getMessage());
        assertEquals("Weight: the neuron must be between 0 and " + (net.width(1) - 1) + ", was " + net.width(1),
                assertThrows(IllegalArgumentException.class, () -> s.setWeight(1, net.width(1), 0, 1.0)).getMessage());
        assertEquals("Weight: the link's source must be between 0 and " + (net.width(0) - 1) + " in layer 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> s.setWeight(1, 0, -1, 1.0)).getMessage());
        assertEquals("Bias: the neuron must be between 0 and " + (net.width(1) - 1) + ", was -1",
                assertThrows(IllegalArgumentException.class, () -> s.setBias(1, -1, 1.0)).getMessage());
        assertArrayEquals(before, parameters(s));
        assertEquals(version, s.weightsVersion());
    }
}
