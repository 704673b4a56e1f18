package org.nnplayground.core.data.sequence;

/**
 * The text the character model learns when the user gives none: a few plain sentences about what
 * the model itself does, in lower case with spaces, commas and full stops only, so that its
 * vocabulary stays small (about 30 characters) and words repeat often enough to be learned quickly.
 */
public final class DefaultText {
    /** The text. */
    public static final String TEXT = "a network reads one letter at a time. it keeps a small state, "
            + "a few numbers that stand for what it has read so far. from the state it guesses the next letter, "
            + "and the guess is scored against the letter that really comes. the score flows back through time, "
            + "step by step, and every weight moves a little to make the next guess better. "
            + "at first the guesses are noise. then the network learns which letters are common, "
            + "then which letter follows which, then short words, and at last words in their order. "
            + "the state is the memory of the network. a letter read long ago can still change the guess, "
            + "if the state kept it. a plain loop forgets fast, a gated cell forgets only what it chooses to forget. "
            + "give the network a text, let it read, and then let it write: it reads its own letters back, "
            + "one at a time, and the text it writes is the text it has learned. this is how a language model begins.";

    private DefaultText() {
    }
}
