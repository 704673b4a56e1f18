package org.nnplayground.web;

import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceTrace;

/**
 * The trace of the selected sequence that the views through time share (the unrolled network, the
 * curve, the gradient through time): computed once per change of the weights, the data or the
 * selection rather than once per view. At the sequence page's limits one trace is billions of
 * multiply-adds (a forward and a backward pass of 500 steps through four LSTM layers of 256), so
 * three views computing their own tripled the time a frame that draws them takes.
 */
final class SequenceTraces {
    private LabSession session;
    private Object state;
    private Object sets;
    private Object trainer;
    private long version = -1;
    private int index = -1;
    private boolean test;
    private SequenceTrace trace;

    /** Sequence {@code selected} (kept in range) through the network as it is now. */
    SequenceTrace of(LabSession session, int selected) {
        int at = LabSequences.index(session, selected);
        boolean onTest = LabSequences.test(session);
        if (trace == null || session != this.session || session.state() != state || session.sets() != sets
                || session.trainer() != trainer || session.weightsVersion() != version || at != index || onTest != test) {
            trace = LabSequences.trace(session, selected);
            this.session = session;
            state = session.state();
            sets = session.sets();
            trainer = session.trainer();
            version = session.weightsVersion();
            index = at;
            test = onTest;
        }
        return trace;
    }
}
