package org.nnplayground.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Text files a person drops on an element or picks with a file input, read by the browser and handed
 * over as text. A file larger than {@code maxBytes} is not read at all (its size is reported), so a
 * huge file costs nothing; the text itself is checked by the core's reader.
 */
final class TextFiles {
    private TextFiles() {
    }

    /** The outcome of reading a file: its text (null when it was not read), its name and its size in bytes. */
    @JSFunctor
    interface Loaded extends JSObject {
        void loaded(String text, String name, double size);
    }

    /** Reads files dropped on {@code element}; marks it with the class "nnp-drag" while a file is over it. */
    @JSBody(params = {"element", "maxBytes", "callback"}, script = ""
            + "var read = function (f) { if (f.size > maxBytes) { callback(null, f.name, f.size); return; }"
            + " f.text().then(function (t) { callback(t, f.name, f.size); }, function () { callback(null, f.name, -1); }); };"
            + "element.addEventListener('dragover', function (e) { e.preventDefault(); element.classList.add('nnp-drag'); });"
            + "element.addEventListener('dragleave', function () { element.classList.remove('nnp-drag'); });"
            + "element.addEventListener('drop', function (e) { e.preventDefault(); element.classList.remove('nnp-drag');"
            + " var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]; if (f) { read(f); } });")
    static native void onDrop(HTMLElement element, double maxBytes, Loaded callback);

    /** Reads the file chosen in the file input {@code input}. */
    @JSBody(params = {"input", "maxBytes", "callback"}, script = ""
            + "input.addEventListener('change', function () { var f = input.files && input.files[0]; if (!f) { return; }"
            + " if (f.size > maxBytes) { callback(null, f.name, f.size); input.value = ''; return; }"
            + " f.text().then(function (t) { input.value = ''; callback(t, f.name, f.size); },"
            + " function () { input.value = ''; callback(null, f.name, -1); }); });")
    static native void onChoose(HTMLElement input, double maxBytes, Loaded callback);
}
