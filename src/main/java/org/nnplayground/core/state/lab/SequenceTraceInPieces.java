package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.sequence.SequenceData;
import org.nnplayground.core.nn.BackwardInPieces;
import org.nnplayground.core.nn.ForwardInPieces;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;

/**
 * A {@link SequenceTrace} worked out over many calls, for a trace too large for one frame (at the
 * sequence page's limits a forward and a backward pass of 500 steps through four LSTM layers of 256,
 * seconds of work): a copy of the network's weights as they were when it began runs the sequence
 * forward and backward in pieces ({@link ForwardInPieces}, {@link BackwardInPieces}), so training may
 * go on through the session's own network in between. The result is bit for bit the trace
 * {@link SequenceTrace#of} gives of those weights.
 */
public final class SequenceTraceInPieces {
    private final Network copy;
    private final Loss loss;
    private final SequenceData data;
    private final double[] in;
    private final double[] target;
    private final ForwardInPieces forward;
    private final BackwardInPieces backward;
    private double[] out;
    private double value;
    private SequenceTrace result;

    /**
     * Begins the trace of sequence {@code index} of {@code session}'s test set ({@code test}) or
     * training set through its network's weights as they are now.
     *
     * @throws IllegalArgumentException when the session has no sequences or no such sequence
     */
    public SequenceTraceInPieces(LabSession session, boolean test, int index) {
        data = SequenceTrace.sequences(session, test, index);
        loss = session.state().model().loss();
        copy = session.trainer().network().copy();
        in = SequenceTrace.inputs(data, index);
        target = SequenceTrace.targets(data, index);
        forward = new ForwardInPieces(copy);
        backward = new BackwardInPieces(copy);
        forward.begin(in, 0);
    }

    /** Multiply-adds of a whole trace of {@code session}'s network: a forward pass and a backward pass of about twice that. */
    public static long work(LabSession session) {
        return 3 * session.trainer().network().forwardCost();
    }

    /**
     * Runs about {@code work} multiply-adds of the trace (at least one layer or step); returns whether
     * the trace is through ({@link #result}).
     */
    public boolean advance(long work) {
        if (result != null) {
            return true;
        }
        if (out == null) {
            if (!forward.advance(work)) {
                return false;
            }
            out = forward.output().clone();
            value = copy.loss(loss, target, 0);
            copy.zeroGradients();
            backward.begin(loss, target, 0, 1.0);
            return false;
        }
        if (!backward.advance(work)) {
            return false;
        }
        result = SequenceTrace.read(copy, data, in, target, out, value);
        return true;
    }

    /** The trace, once {@link #advance} said it is through; else null. */
    public SequenceTrace result() {
        return result;
    }
}
