package org.nnplayground.web;

import org.nnplayground.core.data.sequence.SequenceData;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.SequenceTrace;

/**
 * What the views of number sequences share: whether a run is one (a sequence problem whose inputs
 * are numbers, not characters), and the chosen sequence through the network as it is now, taken from
 * the test set (the training set when the test set is empty).
 */
final class LabSequences {
    private LabSequences() {
    }

    /** Whether {@code session} runs a sequence problem of numbers. */
    static boolean numbers(LabSession session) {
        return session.state().model() instanceof SequenceModel
                && !((SequenceModel) session.state().model()).data().problem().isText();
    }

    /** Whether the views read the test set (it has sequences) rather than the training set. */
    static boolean test(LabSession session) {
        return session.sets().sequences().test().count() > 0;
    }

    /** How many sequences the views can pick from. */
    static int count(LabSession session) {
        SequenceData d = test(session) ? session.sets().sequences().test() : session.sets().sequences().train();
        return d.count();
    }

    /** {@code selected} kept to the sequences there are. */
    static int index(LabSession session, int selected) {
        return Math.max(0, Math.min(count(session) - 1, selected));
    }

    /** Sequence {@code selected} (kept in range) through the network. */
    static SequenceTrace trace(LabSession session, int selected) {
        return SequenceTrace.of(session, test(session), index(session, selected));
    }
}
