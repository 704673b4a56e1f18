package org.nnplayground.web;

import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.state.lab.SequenceTraceInPieces;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The trace of the selected sequence that the views through time share (the unrolled network, the
 * curve, the gradient through time): computed once per change of the weights, the data or the
 * selection rather than once per view. At the sequence page's limits one trace is billions of
 * multiply-adds (a forward and a backward pass of 500 steps through four LSTM layers of 256), seconds
 * of work: there the trace is worked out over the frames ({@link #advance}, in pieces of a
 * {@link SequenceTraceInPieces}), the views keep showing the trace they have of the same sequence
 * meanwhile (or say that it is being worked out), and {@link #stamp} tells them when it is there.
 * Every trace within {@link #AT_ONCE_WORK} is worked out at once.
 */
final class SequenceTraces {
    /** Multiply-adds of a trace worked out at once in the frame that asks for it: about 10 to 20 ms. */
    static final long AT_ONCE_WORK = 10_000_000;
    /** What a view says while the first trace of its sequence is worked out. */
    static final String WORKING = "Working out the sequence through the network\u2026";
    /** Multiply-adds of one piece of a trace worked out over frames, between two looks at the clock. */
    static final long PIECE_WORK = 500_000;

    /** What a trace is of: the run, the sequence and the weights' version. */
    private static final class Key {
        final LabSession session;
        final Object state;
        final Object sets;
        final Object trainer;
        final long version;
        final int index;
        final boolean test;

        Key(LabSession session, int selected) {
            this.session = session;
            state = session.state();
            sets = session.sets();
            trainer = session.trainer();
            version = session.weightsVersion();
            index = LabSequences.index(session, selected);
            test = LabSequences.test(session);
        }

        /** The same run and sequence, the weights perhaps newer. */
        boolean sameSequence(Key other) {
            return other != null && session == other.session && state == other.state && sets == other.sets
                    && trainer == other.trainer && index == other.index && test == other.test;
        }

        boolean same(Key other) {
            return sameSequence(other) && version == other.version;
        }
    }

    private final long atOnceWork;
    private final long pieceWork;
    private SequenceTrace trace;
    private Key traceKey;
    private SequenceTraceInPieces job;
    private Key jobKey;
    private double lastUntil = Double.NaN;
    private long stamp;

    SequenceTraces() {
        this(AT_ONCE_WORK, PIECE_WORK);
    }

    /** Traces of more than {@code atOnceWork} multiply-adds worked out over frames in pieces of {@code pieceWork} (for the tests). */
    SequenceTraces(long atOnceWork, long pieceWork) {
        this.atOnceWork = atOnceWork;
        this.pieceWork = pieceWork;
    }

    /**
     * Sequence {@code selected} (kept in range) through the network as it is now. For a large network
     * (beyond {@link #AT_ONCE_WORK}) the trace is worked out over the frames ({@link #advance}):
     * meanwhile this gives the trace the views have of the same sequence under older weights, or null
     * when they have none (a view then says that the trace is being worked out).
     */
    SequenceTrace of(LabSession session, int selected) {
        Key key = new Key(session, selected);
        if (trace != null && key.same(traceKey)) {
            return trace;
        }
        if (SequenceTraceInPieces.work(session) > atOnceWork) {
            if (job == null || !jobKey.sameSequence(key)) {
                begin(key);
            }
            return key.sameSequence(traceKey) ? trace : null;
        }
        job = null;
        trace = LabSequences.trace(session, selected);
        traceKey = key;
        stamp++;
        return trace;
    }

    private void begin(Key key) {
        job = new SequenceTraceInPieces(key.session, key.test, key.index);
        jobKey = key;
    }

    /**
     * Works on the trace under way, if any, until {@code clock} reaches {@code until} (at least one
     * piece); once through, the views get it from {@link #of} and {@link #stamp} changes. A trace
     * begun for another sequence or run than the one shown now begins again for this one. The views
     * that share these traces each call this in a frame: only the first call of a frame (its
     * {@code until}) works.
     */
    void advance(LabSession session, int selected, DoubleSupplier clock, double until) {
        if (job == null || until == lastUntil) {
            return;
        }
        lastUntil = until;
        Key now = new Key(session, selected);
        if (!jobKey.sameSequence(now)) {
            begin(now);
        }
        boolean done;
        do {
            done = job.advance(pieceWork);
        } while (!done && clock.getAsDouble() < until);
        if (done) {
            trace = job.result();
            traceKey = jobKey;
            job = null;
            stamp++;
        }
    }

    /** Changes whenever the trace {@link #of} gives changes: a view that shows it draws again when this does. */
    long stamp() {
        return stamp;
    }

    /** Whether a trace of newer weights is being worked out over the frames. */
    boolean working() {
        return job != null;
    }

    /**
     * {@code view}, which shows these traces of the sequence {@code selected} gives, as the page draws
     * it: again whenever its trace changes, and working on a trace under way every frame it shows.
     */
    LabView shownBy(LabView view, IntSupplier selected) {
        return new LabView() {
            @Override
            public HTMLElement element() {
                return view.element();
            }

            @Override
            public boolean shows(LabSession session) {
                return view.shows(session);
            }

            @Override
            public void paint(LabSession session) {
                view.paint(session);
            }

            @Override
            public void rebuilt(LabSession session) {
                view.rebuilt(session);
            }

            @Override
            public long content(LabSession session) {
                return session.weightsVersion() * 1_000_003L + stamp;
            }

            @Override
            public void advance(LabSession session, DoubleSupplier clock, double until) {
                SequenceTraces.this.advance(session, selected.getAsInt(), clock, until);
            }

            @Override
            public String name() {
                return view.name();
            }
        };
    }
}
