package org.nnplayground.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /** Frames of {@code traces}' work until its trace is through, each to a clock a quarter step on per look; the frames taken. */
    private static int workOut(SequenceTraces traces, LabSession session, int selected) {
        double[] now = {0};
        int frames = 0;
        while (traces.working()) {
            frames++;
            double until = now[0] + 1;
            traces.advance(session, selected, () -> now[0] += 0.25, until);
            traces.advance(session, selected, () -> {
                throw new AssertionError("the second view's call in the same frame works no more");
            }, until);
            assertTrue(frames < 10_000);
        }
        return frames;
    }

    @Test
    void aLargeTraceIsWorkedOutOverFramesWhileTheViewsKeepTheOneTheyHave() {
        LabSession session = sine();
        SequenceTraces traces = new SequenceTraces(0, 50); // every trace counts as large
        assertNull(traces.of(session, 1), "no trace of this sequence yet: the views say it is being worked out");
        assertTrue(traces.working());
        assertTrue(workOut(traces, session, 1) > 1, "over several frames");
        SequenceTrace first = traces.of(session, 1);
        assertEquals(states(SequenceTrace.of(session, true, 1)), states(first));
        long stamp = traces.stamp();

        session.stepEpochs(1);
        String expected = states(SequenceTrace.of(session, true, 1));
        assertSame(first, traces.of(session, 1), "the trace the views have, meanwhile");
        assertTrue(traces.working());
        assertTrue(workOut(traces, session, 1) > 1);
        assertEquals(stamp + 1, traces.stamp(), "the views learn of it");
        assertEquals(expected, states(traces.of(session, 1)), "the trace of the weights it began with, bit for bit");

        session.stepEpochs(1);
        traces.of(session, 1);
        assertNull(traces.of(session, 2), "another sequence: none to keep showing");
        workOut(traces, session, 2);
        assertEquals(states(SequenceTrace.of(session, true, 2)), states(traces.of(session, 2)));
    }

    @Test
    void aTraceBegunForAnotherSequenceBeginsAgainForTheOneShown() {
        LabSession session = sine();
        SequenceTraces traces = new SequenceTraces(0, 50);
        assertNull(traces.of(session, 0));
        workOut(traces, session, 3); // the selection moved before a paint asked for it
        assertEquals(states(SequenceTrace.of(session, true, 3)), states(traces.of(session, 3)));
    }
}
