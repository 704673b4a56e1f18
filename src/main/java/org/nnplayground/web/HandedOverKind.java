package org.nnplayground.web;

import org.teavm.jso.JSBody;

/**
 * The kind of playground a module does not carry: opening a link of it puts the link into the
 * address and reloads the page, and loader.js then loads the module of that kind (it reads the kind
 * from the link the same way, see {@code kindOf} in web/loader.js). The link holds everything a
 * person set; what the page keeps in the browser's storage stays there.
 */
final class HandedOverKind implements PageKind {
    @Override
    public boolean showing() {
        return false;
    }

    @Override
    public void open(String fragment) {
        reloadAt(fragment.startsWith("#") ? fragment.substring(1) : fragment);
    }

    @Override
    public boolean wrote(String fragment) {
        return false;
    }

    @Override
    public void destroy() {
    }

    @JSBody(params = "fragment", script = "history.replaceState(history.state, '', '#' + fragment); location.reload();")
    private static native void reloadAt(String fragment);
}
