package org.nnplayground.web;

import org.teavm.jso.JSBody;

/** Copies text for people; where the browser refuses (e.g. from disk), shows it to copy by hand. */
final class Clipboard {
    private Clipboard() {
    }

    /** A callback with the outcome of a copy. */
    @org.teavm.jso.JSFunctor
    interface Outcome extends org.teavm.jso.JSObject {
        void done(boolean copied);
    }

    @JSBody(params = {"text", "outcome"}, script = "if (navigator.clipboard && window.isSecureContext) {"
            + " navigator.clipboard.writeText(text).then(function () { outcome(true); }, function () { outcome(false); });"
            + " } else { outcome(false); }")
    private static native void write(String text, Outcome outcome);

    static void copy(String text, PlaygroundPage page) {
        write(text, copied -> page.say(copied ? "Copied." : "Copy this by hand: " + text));
    }
}
