package org.nnplayground.web;

import org.teavm.jso.JSBody;

/**
 * The browser's own storage (localStorage) of this origin, which nothing sends anywhere. Each call
 * catches what the browser throws, since storage may be full (a quota error) or refused altogether
 * (private windows, a setting, a sandboxed frame: even reading {@code localStorage} throws there).
 */
final class BrowserStorage {
    /** What {@link #read} gives when storage is refused (no stored text can hold it: it is not valid text of ours). */
    static final String REFUSED = "\u0000refused";
    /** {@link #write}'s answers besides "": storage is full, or refused. */
    static final String FULL = "full";
    static final String REFUSED_WRITE = "refused";

    private BrowserStorage() {
    }

    /** The text under {@code key}, null when there is none, {@link #REFUSED} when storage cannot be read. */
    @JSBody(params = "key", script = "try { return window.localStorage.getItem(key); } catch (e) { return '\\u0000refused'; }")
    static native String read(String key);

    /** Stores {@code text} under {@code key}: "" when it was kept, {@link #FULL} or {@link #REFUSED_WRITE} when not. */
    @JSBody(params = {"key", "text"}, script = "try { window.localStorage.setItem(key, text); return ''; } catch (e) {"
            + " var full = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);"
            + " return full ? 'full' : 'refused'; }")
    static native String write(String key, String text);

    /** Removes {@code key}; whether storage answered. */
    @JSBody(params = "key", script = "try { window.localStorage.removeItem(key); return true; } catch (e) { return false; }")
    static native boolean remove(String key);
}
