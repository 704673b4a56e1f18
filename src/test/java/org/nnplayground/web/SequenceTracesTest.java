package org.nnplayground.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.state.lab.Cell;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.SequenceTrace;

/**
 * The views' shared trace: worked out at once when small or for a new sequence; for a large network
 * whose weights changed, the trace the views have stays until the new one is worked out over the
 * frames, and then it is the trace of those weights.
 */
class SequenceTracesTest {
    private static LabSession sine() {
        LabState state = LabState.defaultFor("sine", 2);
        SequenceModel m = (SequenceModel) state.model();
        return new LabSession(state.withModel(m.withNet(m.net().withCell(Cell.LSTM).withHidden(List.of(6, 4)))));
    }

    private static String states(SequenceTrace trace) {
        StringBuilder sb = new StringBuilder(Double.toString(trace.loss()));
        for (SequenceTrace.LayerTrace l : trace.layers()) {
            for (double v : l.states()) {
                sb.append(',').append(Double.doubleToRawLongBits(v));
            }
            for (double v : l.gradientNorms()) {
                sb.append(';').append(Double.doubleToRawLongBits(v));
            }
        }
        return sb.toString();
    }

    @Test
    void aSmallTraceIsWorkedOutAtOnce() {
        LabSession session = sine();
        SequenceTraces traces = new SequenceTraces();
        SequenceTrace first = traces.of(session, 0);
        assertSame(first, traces.of(session, 0), "once per change");
        session.stepEpochs(1);
        SequenceTrace next = traces.of(session, 0);
        assertNotSame(first, next);
        assertFalse(traces.working());
        assertEquals(states(SequenceTrace.of(session, true, 0)), states(next));
    }

    @Test
    void aLargeTraceOfNewWeightsIsWorkedOutOverFramesWhileTheViewsKeepTheOneTheyHave() {
        LabSession session = sine();
        SequenceTraces traces = new SequenceTraces(0, 50); // every trace counts as large
        SequenceTrace first = traces.of(session, 1);
        long stamp = traces.stamp();
        session.stepEpochs(1);
        String expected = states(SequenceTrace.of(session, true, 1));
        assertSame(first, traces.of(session, 1), "the trace the views have, meanwhile");
        assertTrue(traces.working());
        double[] now = {0};
        int frames = 0;
        while (traces.working()) {
            frames++;
            double until = frames;
            traces.advance(session, 1, () -> now[0] += 0.25, until);
            traces.advance(session, 1, () -> {
                throw new AssertionError("the second view's call in the same frame works no more");
            }, until);
            assertTrue(frames < 10_000);
        }
        assertTrue(frames > 1, "over several frames: " + frames);
        assertEquals(stamp + 1, traces.stamp(), "the views learn of it");
        assertEquals(expected, states(traces.of(session, 1)), "the trace of the weights it began with, bit for bit");

        session.stepEpochs(1);
        traces.of(session, 1);
        assertTrue(traces.working());
        SequenceTrace other = traces.of(session, 2);
        assertFalse(traces.working(), "another sequence is worked out at once");
        assertEquals(states(SequenceTrace.of(session, true, 2)), states(other));
    }
}
