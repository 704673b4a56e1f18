package org.nnplayground.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** The few browser services the page needs beyond the DOM: frames, resize, motion preference. */
final class Browser {
    private Browser() {
    }

    /** A callback from the browser with no arguments. */
    @JSFunctor
    interface Callback extends JSObject {
        void run();
    }

    /** A callback from the browser with a timestamp. */
    @JSFunctor
    interface TimeCallback extends JSObject {
        void run(double time);
    }

    @JSBody(params = "callback", script = "return requestAnimationFrame(function (t) { callback(t); });")
    static native int requestFrame(TimeCallback callback);

    /** Calls {@code callback} whenever {@code element} changes size. */
    @JSBody(params = {"element", "callback"},
            script = "if (typeof ResizeObserver === 'undefined') { window.addEventListener('resize', function () { callback(); }); return; }"
                    + "new ResizeObserver(function () { callback(); }).observe(element);")
    static native void onResize(HTMLElement element, Callback callback);

    /** Calls {@code callback} with true when the element comes near the viewport, false when it leaves. */
    @JSBody(params = {"element", "callback"},
            script = "if (typeof IntersectionObserver === 'undefined') { callback(true); return; }"
                    + "new IntersectionObserver(function (entries) { var e = entries[entries.length - 1]; callback(e.isIntersecting); },"
                    + " { rootMargin: '200px' }).observe(element);")
    static native void onVisibility(HTMLElement element, VisibilityCallback callback);

    /** A callback with a flag. */
    @JSFunctor
    interface VisibilityCallback extends JSObject {
        void run(boolean visible);
    }

    /** Calls {@code callback} now and whenever it changes with whether the media query {@code query} matches. */
    @JSBody(params = {"query", "callback"},
            script = "if (!window.matchMedia) { callback(false); return; } var m = window.matchMedia(query);"
                    + " var f = function () { callback(m.matches); };"
                    + " if (m.addEventListener) { m.addEventListener('change', f); } else if (m.addListener) { m.addListener(f); }"
                    + " f();")
    static native void onMedia(String query, VisibilityCallback callback);

    /**
     * Like {@link #onMedia}, and returns what stops the watching (see {@link #stopWatching}): for an
     * instance that can be destroyed while the page lives on.
     */
    @JSBody(params = {"query", "callback"},
            script = "if (!window.matchMedia) { callback(false); return function () {}; } var m = window.matchMedia(query);"
                    + " var f = function () { callback(m.matches); };"
                    + " if (m.addEventListener) { m.addEventListener('change', f); } else if (m.addListener) { m.addListener(f); }"
                    + " f();"
                    + " return function () { if (m.removeEventListener) { m.removeEventListener('change', f); }"
                    + " else if (m.removeListener) { m.removeListener(f); } };")
    static native JSObject watchMedia(String query, VisibilityCallback callback);

    /** Stops what {@link #watchMedia} started. */
    @JSBody(params = "stop", script = "stop();")
    static native void stopWatching(JSObject stop);

    @JSBody(script = "return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);")
    static native boolean prefersReducedMotion();

    @JSBody(script = "return performance.now();")
    static native double now();

    /** Records a page-level figure for tests and benchmarks (window.nnPlaygroundStats). */
    @JSBody(params = {"name", "value"},
            script = "var s = window.nnPlaygroundStats || (window.nnPlaygroundStats = {}); s[name] = value;")
    static native void stat(String name, double value);
}
