package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.ConvLearningTest;

/**
 * The convolutional probes that the browser builds must reproduce: named once each, a 64-bit
 * fingerprint each, the same on a second run, different from one another (each run trains something
 * else), appended after the runtime probe's older lines, and one of them the fingerprint the convnet
 * tests fix.
 */
class ConvProbeTest {
    private static final List<String> LINES = ConvProbe.run();

    @Test
    void everyLineIsANameAndASixteenDigitFingerprintAndNoNameOrValueRepeats() {
        Set<String> names = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (String line : LINES) {
            String[] parts = line.split("=", -1);
            assertEquals(2, parts.length, line);
            assertTrue(parts[1].matches("[0-9a-f]{16}"), line);
            assertTrue(names.add(parts[0]), "name repeated: " + line);
            assertTrue(values.add(parts[1]), "two probes gave the same fingerprint: " + line);
        }
    }

    @Test
    void everyPerNeuronActivationTrainsAfterAConvolution() {
        for (Activation f : Activation.values()) {
            boolean listed = LINES.stream().anyMatch(l -> l.startsWith("conv-" + f.id() + "="));
            assertEquals(f.allowedInHiddenLayer(), listed, f.id());
        }
    }

    @Test
    void aSecondRunGivesTheSameLines() {
        assertEquals(LINES, ConvProbe.run());
    }

    @Test
    void theRuntimeProbeEndsWithTheseLines() {
        List<String> all = RuntimeProbe.run();
        assertEquals(LINES, all.subList(all.size() - LINES.size(), all.size()));
        assertTrue(all.get(0).startsWith("math="), all.get(0));
    }

    @Test
    void theFixedRunGivesTheFingerprintTheConvnetTestsFix() {
        assertTrue(LINES.contains("conv-fixed=" + ConvLearningTest.FINGERPRINT), String.join("\n", LINES));
    }
}
