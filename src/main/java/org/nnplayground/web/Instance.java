package org.nnplayground.web;

/**
 * What the embed script asks of a mounted playground, whichever kind it is: the points
 * ({@link PlaygroundPage}) or the sequences and images ({@link LabPage}). {@link Instances} keeps them
 * by number; {@link Main}'s {@code instance...} functions call these.
 */
interface Instance {
    void play();

    void pause();

    boolean playing();

    /** One slice of a step of up to {@code epochs} epochs, within a frame's training budget; the epochs trained. */
    int step(int epochs);

    void reset();

    int epoch();

    /** The latest training (or test) loss; NaN when there is none. */
    double loss(boolean test);

    /** The link fragment (without '#'). */
    String link();

    /** The weights' fingerprint (16 hex digits). */
    String fingerprint();

    /** Shows colour scheme {@code theme}; returns the setting in effect. */
    String setTheme(org.nnplayground.core.link.Theme theme);

    /** The points playground, for the calls only it answers (exports, predictions); null for the other kind. */
    PlaygroundPage points();

    void destroy();
}
