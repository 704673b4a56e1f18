package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.state.StateEdits;

/**
 * The link decoder cuts each bounded field to {@link Limits} and names it in the same sentence the
 * page's controls use: hidden layers, neurons per layer, points, batch size and weights.
 */
class LinkLimitsTest {
    private static LinkCodec.Decoded decode(String fragment) {
        return LinkCodec.decode(fragment);
    }

    @Test
    void hiddenLayersAreCutToTheLimit() {
        List<String> widths = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_HIDDEN_LAYERS + 4; i++) {
            widths.add("3");
        }
        LinkCodec.Decoded d = decode("h=" + String.join(",", widths));
        assertEquals(Limits.MAX_HIDDEN_LAYERS, d.link().state().hiddenSizes().size());
        assertEquals(List.of("Hidden layers: 20 is above the limit of 16; using 16."), d.notices());
    }

    @Test
    void neuronsPerLayerAreCutToTheLimitAndToOne() {
        LinkCodec.Decoded d = decode("h=300,0,5");
        assertEquals(List.of(Limits.MAX_LAYER_WIDTH, 1, 5), d.link().state().hiddenSizes());
        assertEquals(List.of("Neurons in hidden layer 1: 300 is above the limit of 256; using 256.",
                "Neurons in hidden layer 2: 0 is below the minimum of 1; using 1."), d.notices());
    }

    @Test
    void pointsAndBatchSizeAreCutToTheLimit() {
        LinkCodec.Decoded d = decode("n=20000&batch=50000");
        assertEquals(Limits.MAX_POINTS, d.link().state().data().points());
        assertEquals(Limits.MAX_BATCH_SIZE, d.link().state().training().batchSize());
        assertEquals(List.of("Points: 20000 is above the limit of 10000; using 10000.",
                "Batch size: 50000 is above the limit of 10000; using 10000."), d.notices());
        LinkCodec.Decoded low = decode("n=0&batch=0");
        assertEquals(Limits.MIN_POINTS, low.link().state().data().points());
        assertEquals(1, low.link().state().training().batchSize());
        assertEquals(List.of("Points: 0 is below the minimum of 10; using 10.",
                "Batch size: 0 is below the minimum of 1; using 1."), low.notices());
    }

    @Test
    void pointsBelowTheSlidersMinimumAreCutToIt() {
        LinkCodec.Decoded d = decode("n=-5");
        assertEquals(Limits.MIN_POINTS, d.link().state().data().points());
        assertEquals(List.of("Points: -5 is below the minimum of 10; using 10."), d.notices());
        assertEquals(List.of(), decode("n=10").notices());
    }

    /** A number beyond what a double holds reads as the link wrote it, not as infinity's bits. */
    @Test
    void aNumberTooLargeForADoubleIsNamedAsWritten() {
        LinkCodec.Decoded lr = decode("lr=1e400");
        assertEquals(List.of("Learning rate: 1e400 is above the limit of 10; using 10."), lr.notices());
        assertEquals(Limits.MAX_LEARNING_RATE, lr.link().state().training().learningRate());
        assertEquals(List.of("Regularization rate: 1e400 is above the limit of 10; using 10."),
                decode("rate=1e400").notices());
        assertEquals(List.of("Regularization rate: -1e400 is below the minimum of 0; using 0."),
                decode("rate=-1e400").notices());
        assertEquals(List.of("Learning rate: 12.5 is above the limit of 10; using 10."), decode("lr=12.50").notices());
    }

    /** A whole number too large for a long is still a whole number: it is cut to the limit like 300. */
    @Test
    void aWholeNumberTooLargeToHoldIsCutToTheLimit() {
        LinkCodec.Decoded h = decode("h=99999999999999999999,3");
        assertEquals(List.of(Limits.MAX_LAYER_WIDTH, 3), h.link().state().hiddenSizes());
        assertEquals(List.of("Neurons in hidden layer 1: 99999999999999999999 is above the limit of 256; using 256."),
                h.notices());
        assertEquals(List.of("Neurons in hidden layer 1: -99999999999999999999 is below the minimum of 1; using 1."),
                decode("h=-99999999999999999999").notices());
        assertEquals(List.of("Neurons in hidden layer 1: 2000000000 is above the limit of 256; using 256."),
                decode("h=2000000000").notices());
        assertEquals(List.of("Points: 99999999999999999999 is above the limit of 10000; using 10000."),
                decode("n=99999999999999999999").notices());
        assertEquals(List.of("Batch size: 123456789012345678901234567890 is above the limit of 10000; using 10000."),
                decode("batch=123456789012345678901234567890").notices());
        LinkCodec.Decoded padded = decode("h=000000000000000000000007");
        assertEquals(List.of(7), padded.link().state().hiddenSizes(), "leading zeros are no size");
        assertEquals(List.of(), padded.notices());
        assertEquals(List.of("Ignored h='12a': not a whole number."), decode("h=12a").notices());
    }

    @Test
    void aTensorFlowPlaygroundBatchSizeIsCutAlike() {
        LinkCodec.Decoded d = decode("batchSize=50000&networkShape=4,2&dataset=circle&problem=classification");
        assertEquals(Limits.MAX_BATCH_SIZE, d.link().state().training().batchSize());
        assertTrue(d.notices().contains("Batch size: 50000 is above the limit of 10000; using 10000."), d.notices().toString());
    }

    @Test
    void weightsAreCutToTheLimitLikeATypedWeight() {
        LinkState plain = LinkState.of(Presets.defaultPreset().state());
        double[] w = plain.state().newTrainer().network().parameterBuffer();
        w[0] = 5e6;
        w[1] = Double.NEGATIVE_INFINITY;
        w[2] = 0.25;
        LinkCodec.Decoded d = decode(LinkCodec.encode(plain.withWeights(w, 7)));
        double[] expected = w.clone();
        expected[0] = Limits.MAX_WEIGHT;
        expected[1] = -Limits.MAX_WEIGHT;
        assertArrayEquals(expected, d.link().weights());
        assertEquals(List.of("Weight: 5000000 is above the limit of 1000000; using 1000000."
                + " 1 more weight was cut to the limit the same way."), d.notices());

        // The same value typed into the page's weight editor: the same cut, the same words.
        Session session = new Session(plain.state());
        String typed = session.setWeight(1, 0, 0, 5e6);
        assertEquals("Weight: 5000000 is above the limit of 1000000; using 1000000.", typed);
        assertEquals(Limits.MAX_WEIGHT, session.trainer().network().weightBlock(1).values()[0]);
    }

    @Test
    void theControlsSayWhatALinkSays() {
        LinkCodec.Decoded link = decode("h=257");
        IllegalArgumentException typed = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StateEdits.changeWidth(decode("h=256").link().state(), 0, 1));
        assertEquals(link.notices(), List.of(typed.getMessage()));
        assertEquals(decode("h=256").link(), link.link());
    }
}
