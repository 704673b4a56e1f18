package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sequence's trace worked out over many calls is the whole trace of the weights it began with, bit
 * for bit, for every cell and with truncation, while the run trains on through its own network in
 * between; and it changes nothing of the run.
 */
class SequenceTraceInPiecesTest {
    private static String bits(double[] values) {
        if (values == null) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
        }
        return sb.toString();
    }

    /** Everything a view reads of {@code trace}, as bits. */
    private static String bits(SequenceTrace trace) {
        StringBuilder sb = new StringBuilder(trace.steps() + "/" + trace.targetSteps() + "/" + Double.doubleToRawLongBits(trace.loss()));
        for (int t = 0; t < trace.steps(); t++) {
            for (int f = 0; f < trace.inputFeatures(); f++) {
                sb.append(Double.doubleToRawLongBits(trace.input(t, f))).append(',');
            }
        }
        for (int t = 0; t < trace.targetSteps(); t++) {
            for (int f = 0; f < trace.targetFeatures(); f++) {
                sb.append(Double.doubleToRawLongBits(trace.target(t, f))).append(':')
                        .append(Double.doubleToRawLongBits(trace.output(t, f))).append(',');
            }
        }
        for (SequenceTrace.LayerTrace l : trace.layers()) {
            sb.append(l.kind()).append(l.hidden()).append(l.gateRows()).append('|').append(bits(l.states())).append('|')
                    .append(bits(l.gates())).append('|').append(bits(l.gradientNorms()));
        }
        return sb.toString();
    }

    private static LabSession session(String problem, Cell cell, int truncation) {
        LabState state = LabState.defaultFor(problem, 3);
        SequenceModel m = (SequenceModel) state.model();
        return new LabSession(state.withModel(m.withNet(m.net().withCell(cell).withHidden(List.of(5, 3))
                .withTruncation(truncation))));
    }

    @Test
    void piecesOfAnySizeGiveTheWholeTraceOfTheWeightsTheyBeganWith() {
        int runs = 0;
        for (String problem : List.of("echo", "sine", "parity")) {
            for (Cell cell : Cell.values()) {
                for (int truncation : new int[] {0, 3}) {
                    LabSession session = session(problem, cell, truncation);
                    session.stepEpochs(1);
                    boolean test = session.sets().sequences().test().count() > 0;
                    SequenceTrace whole = SequenceTrace.of(session, test, 1);
                    String weights = session.trainer().network().fingerprint().hex();
                    for (long work : new long[] {1, 37, 5_000, Long.MAX_VALUE / 4}) {
                        SequenceTraceInPieces pieces = new SequenceTraceInPieces(session, test, 1);
                        assertNull(pieces.result());
                        int calls = 1;
                        while (!pieces.advance(work)) {
                            calls++;
                        }
                        assertEquals(bits(whole), bits(pieces.result()), problem + " " + cell + " truncated at " + truncation
                                + ", pieces of " + work + " (" + calls + " calls)");
                        assertTrue(pieces.advance(work), "through, it stays through");
                        runs++;
                    }
                    assertEquals(weights, session.trainer().network().fingerprint().hex(), "the weights are as they were");
                }
            }
        }
        assertEquals(3 * 3 * 2 * 4, runs);
    }

    @Test
    void theRunTrainsOnBetweenThePiecesAndTheTraceIsOfTheWeightsItBeganWith() {
        LabSession traced = session("sine", Cell.LSTM, 0);
        LabSession plain = session("sine", Cell.LSTM, 0);
        traced.stepEpochs(1);
        plain.stepEpochs(1);
        SequenceTrace before = SequenceTrace.of(plain, true, 0);
        SequenceTraceInPieces pieces = new SequenceTraceInPieces(traced, true, 0);
        while (!pieces.advance(200)) {
            traced.stepEpochs(1); // trains through the session's network between two pieces
            plain.stepEpochs(1);
        }
        assertEquals(bits(before), bits(pieces.result()));
        assertEquals(plain.trainer().network().fingerprint().hex(), traced.trainer().network().fingerprint().hex(),
                "tracing in pieces changes nothing of the run");
        assertThrows(IllegalArgumentException.class, () -> new SequenceTraceInPieces(traced, true, 9_999));
    }
}
