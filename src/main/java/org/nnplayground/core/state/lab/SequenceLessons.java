package org.nnplayground.core.state.lab;

import java.util.List;

/** The lessons on sequences (see {@link LabLessons}); each outcome is measured in SequenceLessonsTest. */
final class SequenceLessons {
    /** A small Elman network repeats each bit two steps later. */
    static final LabLesson LOOP_IN_TIME = new LabLesson("loop-in-time", "A loop in time",
            "The target at each step is the input bit of two steps before, so the network has to remember. "
                    + "An Elman cell feeds its own state back in at the next step: that loop is its memory. Within a few "
                    + "epochs these 4 units get every bit right. In the Through time view, follow a blue input bit: it shows "
                    + "in one unit at its own step and in another unit one step later, before it comes out as the target.",
            "lab=echo&len=10&delay=2&cell=elman&h=4&act=tanh&seed=1&lr=0.03&batch=10&opt=adam&speed=1");

    /** Sine continuation: one value is ambiguous, memory decides; free-running drifts. */
    static final LabLesson SINE = new LabLesson("sine-memory", "Sine continuation",
            "The network reads a sine one value at a time and predicts the next value. One value alone cannot say "
                    + "whether the curve is rising or falling, so at the first step the prediction is poor; from the second step "
                    + "on, the state remembers where the curve came from, and the squared error falls from about 0.25 to about 0.001. Now tick "
                    + "Free-running: the network is fed its own predictions instead of the data. Small errors feed back in "
                    + "and the generated curve drifts away from the true sine, the difference between predicting one step and "
                    + "generating many.",
            "lab=sine&len=20&period=10&cell=elman&h=8&act=tanh&seed=1&lr=0.03&batch=10&opt=adam&speed=1");

    /** The adding problem over 30 steps: LSTM learns it, Elman stalls. */
    static final LabLesson LONG_GAP = new LabLesson("long-gap", "Memory over a long gap",
            "Two of 30 numbers are marked, and only at the end the network must give their sum: the first mark can be "
                    + "25 steps back. This LSTM learns it within 40 epochs (test loss about 0.005). Switch the cell to Elman and "
                    + "it stalls: after 40 epochs its test loss is still about 0.2, no better than always guessing the average "
                    + "sum. The Gradient through time view shows why: in the Elman cell the gradient shrinks at every step back, "
                    + "to about a seventieth at the first step, so the early steps, where the first number is, hear little of "
                    + "the loss; through the LSTM's gates a tenth still arrives.",
            "lab=adding&len=30&cell=lstm&h=8&seed=1&lr=0.01&batch=10&opt=adam&speed=1");

    private SequenceLessons() {
    }

    static List<LabLesson> all() {
        return List.of(LOOP_IN_TIME, SINE, LONG_GAP);
    }
}
