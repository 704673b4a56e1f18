package org.nnplayground.web;

import java.util.HashSet;
import java.util.Set;
import org.teavm.jso.JSBody;

/**
 * Runs the pieces of a frame's work (each view's paint, the run bar's update) so that an error in
 * one of them neither stops the others nor ends the frame loop: a view that throws is left as it
 * is while training, the other views and the controls go on. Each failing piece is reported once
 * on the console (where the browser tests see it), not sixty times a second.
 *
 * <p>The error is caught in JavaScript, so that browser errors (a canvas call that throws a
 * RangeError) are caught as well as Java exceptions, alike in both builds.
 */
final class FrameGuard {
    private final Set<String> reported = new HashSet<>();

    /** Runs {@code action}; if it fails, reports it under {@code what} (the first time) and returns. */
    void run(String what, Browser.Callback action) {
        String error = attempt(action);
        if (error != null && reported.add(what)) {
            consoleError("nn-playground: " + what + " failed and is skipped this frame: " + error);
        }
    }

    @JSBody(params = "action", script = "try { action(); return null; }"
            + " catch (e) { return String(e && e.stack ? e.stack : e); }")
    private static native String attempt(Browser.Callback action);

    @JSBody(params = "text", script = "console.error(text);")
    private static native void consoleError(String text);
}
