package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.nn.layer.Activation;

/**
 * The head's one rule, checked for every output activation and loss against the three rules it
 * replaces, written out here as they stood: the trainer's check, the loss menu and the fused gradient.
 */
class OutputHeadTest {
    private static boolean trainerAccepted(Activation a, Loss l) {
        return !(l == Loss.SOFTMAX_CROSS_ENTROPY && a != Activation.SOFTMAX)
                && !(l == Loss.BINARY_CROSS_ENTROPY && a != Activation.SIGMOID);
    }

    private static boolean pairedBefore(Activation a, Loss l) {
        return (l == Loss.BINARY_CROSS_ENTROPY && a == Activation.SIGMOID)
                || (l == Loss.SOFTMAX_CROSS_ENTROPY && a == Activation.SOFTMAX);
    }

    private static List<Loss> menuBefore(Activation a) {
        List<Loss> list = new ArrayList<>();
        if (a == Activation.SOFTMAX) {
            list.add(Loss.SOFTMAX_CROSS_ENTROPY);
        }
        list.add(Loss.SQUARED_ERROR);
        if (a == Activation.SIGMOID) {
            list.add(Loss.BINARY_CROSS_ENTROPY);
        }
        return list;
    }

    @Test
    void everyActivationAndLossGetsTheAnswersOfTheRulesItReplaces() {
        int pairs = 0;
        for (Activation a : Activation.values()) {
            assertEquals(menuBefore(a), OutputHead.lossesFor(a), a.label());
            for (Loss l : Loss.values()) {
                OutputHead head = new OutputHead(a, l);
                String pair = a.label() + " with " + l.label();
                assertEquals(trainerAccepted(a, l), head.fits(), pair);
                assertEquals(trainerAccepted(a, l), OutputHead.fits(a, l), pair);
                assertEquals(OutputHead.lossesFor(a).contains(l), head.fits(), pair);
                assertEquals(pairedBefore(a, l), head.fusesGradient(), pair);
                assertEquals(pairedBefore(a, l), OutputHead.fusesGradient(a, l), pair);
                if (head.fits()) {
                    assertSame(head, head.check());
                } else {
                    assertThrows(IllegalArgumentException.class, head::check, pair);
                }
                pairs++;
            }
        }
        assertEquals(Activation.values().length * 3, pairs);
    }

    @Test
    void aLossOnTheWrongOutputIsRefusedSayingWhichOutputItNeeds() {
        assertEquals("softmax cross-entropy needs a softmax output, not Sigmoid",
                assertThrows(IllegalArgumentException.class,
                        () -> new OutputHead(Activation.SIGMOID, Loss.SOFTMAX_CROSS_ENTROPY).check()).getMessage());
        assertEquals("binary cross-entropy needs a sigmoid output, not Softmax",
                assertThrows(IllegalArgumentException.class,
                        () -> new OutputHead(Activation.SOFTMAX, Loss.BINARY_CROSS_ENTROPY).check()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new OutputHead(null, Loss.SQUARED_ERROR));
        assertThrows(IllegalArgumentException.class, () -> new OutputHead(Activation.TANH, null));
    }
}
