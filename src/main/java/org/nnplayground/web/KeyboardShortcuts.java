package org.nnplayground.web;

import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playground's keyboard shortcuts: Space plays or pauses, S or the right arrow steps one epoch,
 * R resets. They listen on the whole document (the playground is the page) or only inside the
 * playground's element (an embedded instance), and never while typing in a field.
 */
final class KeyboardShortcuts {
    private final Runnable togglePlay;
    private final Runnable step;
    private final Runnable reset;
    private final HTMLElement root;
    private final boolean documentWide;
    private final EventListener<KeyboardEvent> listener = this::onKey;

    /**
     * Shortcuts for a playground's three actions, anywhere in the document with {@code documentWide},
     * else only inside {@code root}.
     */
    KeyboardShortcuts(Runnable togglePlay, Runnable step, Runnable reset, HTMLElement root, boolean documentWide) {
        this.togglePlay = togglePlay;
        this.step = step;
        this.reset = reset;
        this.root = root;
        this.documentWide = documentWide;
        // Two plain calls: a conditional mixing the document and an element miscompiles to wasm-gc.
        if (documentWide) {
            Dom.document().addEventListener("keydown", listener);
        } else {
            root.addEventListener("keydown", listener);
        }
    }

    /** Stops listening: the playground is being removed. */
    void detach() {
        if (documentWide) {
            Dom.document().removeEventListener("keydown", listener);
        } else {
            root.removeEventListener("keydown", listener);
        }
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
            return;
        }
        HTMLElement element = (HTMLElement) e.getTarget();
        String tag = Dom.tag(element);
        if (tag.equals("input") || tag.equals("select") || tag.equals("textarea")) {
            return; // a view with keys of its own (the graph, a drawing pad) stops the keys it uses from reaching here
        }
        String key = e.getKey();
        if (key.equals(" ") || key.equals("Spacebar")) {
            if (tag.equals("button")) {
                return; // the button itself reacts to Space
            }
            togglePlay.run();
        } else if (key.equals("s") || key.equals("S") || key.equals("ArrowRight")) {
            step.run();
        } else if (key.equals("r") || key.equals("R")) {
            reset.run();
        } else {
            return;
        }
        e.preventDefault();
    }
}
