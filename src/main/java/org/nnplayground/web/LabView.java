package org.nnplayground.web;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.state.lab.LabSession;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One view of a sequence or image run ({@link LabPage}): an element of its own under the page, drawn
 * again when the weights changed or something it shows was chosen. A view reads the session and
 * never changes its run.
 */
interface LabView {
    /** The view's element, placed by the page. */
    HTMLElement element();

    /** Whether the view has something to show for this run (a text view for a text problem, ...). */
    boolean shows(LabSession session);

    /** Draws what the session holds now. */
    void paint(LabSession session);

    /** The view's name, for the message a failing view leaves. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** A stamp of what the view would show now: drawn again when it changes (by default, when the weights change). */
    default long content(LabSession session) {
        return session.weightsVersion();
    }

    /**
     * Work the view does over the frames before it can show something new (a large trace, in pieces),
     * until {@code clock} reaches {@code until}; called every frame the view shows, before the views are drawn.
     */
    default void advance(LabSession session, DoubleSupplier clock, double until) {
    }

    /** The run was rebuilt (new data or network): forget what was picked that no longer exists. */
    default void rebuilt(LabSession session) {
    }
}
