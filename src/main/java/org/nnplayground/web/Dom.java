package org.nnplayground.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Small DOM builders. Text always goes in as text (textContent), never as HTML, so nothing from a
 * link or a user can become markup.
 */
final class Dom {
    private Dom() {
    }

    static HTMLDocument document() {
        return HTMLDocument.current();
    }

    /** A new element with the given class names (may be null). */
    static HTMLElement el(String tag, String className) {
        HTMLElement e = document().createElement(tag);
        if (className != null) {
            e.setClassName(className);
        }
        return e;
    }

    /** A new element holding {@code text}. */
    static HTMLElement text(String tag, String className, String text) {
        HTMLElement e = el(tag, className);
        e.setTextContent(text);
        return e;
    }

    static HTMLElement append(HTMLElement parent, HTMLElement... children) {
        for (HTMLElement child : children) {
            parent.appendChild(child);
        }
        return parent;
    }

    /**
     * Makes {@code children} the children of {@code parent}, in this order, moving only when they are
     * not so already (moving an element takes the focus from it).
     */
    static void arrange(HTMLElement parent, HTMLElement... children) {
        for (int i = 0; i < children.length; i++) {
            if (!isChildFromEnd(parent, children.length - i, children[i])) {
                append(parent, children);
                return;
            }
        }
    }

    /** Whether {@code child} is the {@code k}-th child element of {@code parent} counted from the end (1 = last). */
    @JSBody(params = {"parent", "k", "child"}, script = "var c = parent.children; return c.length >= k && c[c.length - k] === child;")
    private static native boolean isChildFromEnd(HTMLElement parent, int k, HTMLElement child);

    /** Removes every child of {@code e}. */
    static void clear(HTMLElement e) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
    }

    /**
     * A button with a visible label and an action. {@code description} becomes the tooltip; for a
     * button whose label is only a symbol it is also the accessible name. A button with words keeps
     * its words as its name, so what people read is what they can say or search for. {@code key}
     * (a {@code data-key}) lets focus come back to the rebuilt button after a panel is redrawn, so a
     * keyboard user can press it again; may be null for a button that is not rebuilt.
     */
    static HTMLButtonElement button(String key, String label, String description, String className, Runnable action) {
        HTMLButtonElement b = (HTMLButtonElement) el("button", className);
        b.setType("button");
        if (key != null) {
            b.setAttribute("data-key", key);
        }
        b.setTextContent(label);
        if (description != null) {
            b.setTitle(description);
            if (!hasLetters(label)) {
                b.setAttribute("aria-label", description);
            }
        }
        b.addEventListener("click", evt -> action.run());
        return b;
    }

    private static boolean hasLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    /** Takes {@code e} out of the document, wherever it is. */
    @JSBody(params = {"e"}, script = "e.remove();")
    static native void remove(HTMLElement e);

    static void show(HTMLElement e, boolean visible) {
        e.setHidden(!visible);
    }

    @JSBody(params = {"e", "name", "on"}, script = "e.classList.toggle(name, on);")
    static native void toggleClass(HTMLElement e, String name, boolean on);

    @JSBody(params = {"e", "property", "value"}, script = "e.style.setProperty(property, value);")
    static native void style(HTMLElement e, String property, String value);

    @JSBody(params = {"parent", "child"}, script = "return !!child && parent.contains(child);")
    static native boolean contains(HTMLElement parent, HTMLElement child);

    @JSBody(params = {"e"}, script = "return e && e.tagName ? e.tagName.toLowerCase() : '';")
    static native String tag(HTMLElement e);

    /**
     * Links lab.css, the sequence and image playground's styles, into the document or shadow root
     * that holds {@code e}, unless it is linked there already (see labStyles in web/loader.js).
     */
    @JSBody(params = {"e"}, script = "var l = window.nnPlaygroundLoader; if (l && l.labStyles) { l.labStyles(e.getRootNode()); }")
    static native void linkLabStyles(HTMLElement e);
}
