package org.nnplayground.core.state.lab;

import org.nnplayground.core.Named;

/**
 * The sequence problems a recurrent network can be given: generated from a seed, like the point sets.
 * Each says whether it has a target at every step or only at the end, and whether its inputs are
 * characters (a text) rather than numbers.
 */
public enum SequenceProblem implements Named {
    ECHO("echo", "Echo", "the bit of k steps earlier", true),
    PARITY("parity", "Running parity", "whether an odd number of ones came so far", true),
    PARITY_END("parity-end", "Parity at the end", "the parity of all bits, told only at the last step", false),
    SUM("sum", "Running sum", "the sum of the inputs so far", true),
    COUNT("count", "Running count", "how many ones came so far", true),
    ADDING("adding", "Adding problem", "the sum of the two marked numbers, at the end", false),
    SINE("sine", "Sine continuation", "the next value of a sine", true),
    TEXT("text", "Next character", "the next character of a text", true);

    private final String id;
    private final String label;
    private final String target;
    private final boolean everyStep;

    SequenceProblem(String id, String label, String target, boolean everyStep) {
        this.id = id;
        this.label = label;
        this.target = target;
        this.everyStep = everyStep;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** What the network is asked to give, in a few words: "the bit of k steps earlier". */
    public String target() {
        return target;
    }

    /** Whether every step has a target (sequence to sequence) rather than only the last (sequence to one). */
    public boolean everyStep() {
        return everyStep;
    }

    /** Whether the inputs are the characters of a text. */
    public boolean isText() {
        return this == TEXT;
    }

    /** Whether the problem has a delay (echo). */
    public boolean hasDelay() {
        return this == ECHO;
    }

    /** Whether the problem has a period (sine). */
    public boolean hasPeriod() {
        return this == SINE;
    }

    /** The problem with this id, or null. */
    public static SequenceProblem byId(String id) {
        return Named.byId(values(), id);
    }
}
