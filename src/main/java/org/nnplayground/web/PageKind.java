package org.nnplayground.web;

/**
 * One kind of playground as {@link PageBoot} shows it on a page of our own: the points
 * ({@link PointsKind}), the sequences and images ({@link LabKind}), or, in a module that carries only
 * one of them, the other kind handed over to the module that has it ({@link HandedOverKind}).
 */
interface PageKind {
    /** Whether this kind is on the page now. */
    boolean showing();

    /** Opens {@code fragment}: in the playground on the page, or in a new one (the other kind is gone by then). */
    void open(String fragment);

    /** Whether {@code fragment} (with '#') is the link this kind last wrote into the address. */
    boolean wrote(String fragment);

    /** Takes this kind's playground off the page; nothing when it is not showing. */
    void destroy();
}
