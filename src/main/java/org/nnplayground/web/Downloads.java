package org.nnplayground.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Files for people to keep, through the helpers loader.js puts on {@code window.nnPlaygroundExport}:
 * text and binary downloads, a view or the figure as PNG, and the text of a file a person chose.
 */
final class Downloads {
    private Downloads() {
    }

    /** Called with a failure's message, or null when all went well. */
    @JSFunctor
    interface Outcome extends JSObject {
        void done(String error);
    }

    /** Called with a chosen file's text, or with null and why it could not be read. */
    @JSFunctor
    interface FileText extends JSObject {
        void read(String text, String error);
    }

    @JSBody(params = {"name", "type", "text"}, script = "window.nnPlaygroundExport.download(name, type, text);")
    static native void text(String name, String type, String text);

    /** Downloads bytes given as base64url. */
    @JSBody(params = {"name", "base64url"}, script = "window.nnPlaygroundExport.download(name, 'application/octet-stream',"
            + " window.nnPlaygroundExport.bytesOf(base64url));")
    static native void bytes(String name, String base64url);

    /** Downloads {@code view} ("figure", "graph", "output", "loss" or "lesson:" and a title) of {@code root} as PNG. */
    @JSBody(params = {"root", "view", "caption", "name", "outcome"}, script = "window.nnPlaygroundExport.pictureOf(root, view, caption)"
            + ".then(function (blob) { window.nnPlaygroundExport.download(name, 'image/png', blob); outcome(null); },"
            + " function (e) { outcome(e && e.message ? e.message : String(e)); });")
    static native void picture(HTMLElement root, String view, String caption, String name, Outcome outcome);

    /**
     * Reads the file chosen in {@code input} as text, refusing one larger than {@code maxBytes}
     * before reading it.
     */
    @JSBody(params = {"input", "maxBytes", "callback"}, script = "var f = input.files && input.files[0]; input.value = '';"
            + " if (!f) { return; }"
            + " if (f.size > maxBytes) { callback(null, 'The file ' + f.name + ' has ' + f.size + ' bytes; a model file has at most '"
            + " + maxBytes + '.'); return; }"
            + " f.text().then(function (t) { callback(t, null); }, function () { callback(null, 'The file ' + f.name + ' could not be read.'); });")
    static native void readChosenFile(HTMLElement input, int maxBytes, FileText callback);
}
