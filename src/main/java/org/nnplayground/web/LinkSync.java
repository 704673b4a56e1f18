package org.nnplayground.web;

import org.nnplayground.core.link.LinkCodec;
import org.teavm.jso.JSBody;

/**
 * Keeps a page's address in step with its playground: every change rewrites the fragment with
 * history.replaceState (so Back is not flooded), and a fragment typed or pasted by the user is
 * opened. The fragment never leaves the browser.
 */
final class LinkSync {
    private LinkSync() {
    }

    @JSBody(script = "return location.hash || '';")
    static native String currentFragment();

    @JSBody(params = "fragment", script = "if (location.hash !== '#' + fragment) {"
            + " history.replaceState(history.state, '', '#' + fragment); }")
    static native void replaceFragment(String fragment);

    @JSBody(script = "return location.href.split('#')[0];")
    static native String pageAddress();

    @JSBody(params = "callback", script = "window.addEventListener('hashchange', function () { callback(); });")
    static native void onHashChange(Browser.Callback callback);
}
