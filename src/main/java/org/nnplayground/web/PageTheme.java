package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.link.Theme;
import org.nnplayground.core.view.Palette;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The colour scheme one playground shows: the {@link Theme} its link or its element asks for,
 * resolved against the reader's system setting ({@code prefers-color-scheme}, followed live). It
 * marks its elements {@code data-theme="light"} or {@code "dark"} (the style sheet sets
 * {@code color-scheme} from that, and every colour of the page follows) and gives the painters the
 * matching {@link Palette}, through the {@link CanvasSurface}s that ask it, so the page and its
 * canvases never disagree. When the scheme changes it calls its listener, which repaints.
 */
final class PageTheme {
    static final String SYSTEM_DARK = "(prefers-color-scheme: dark)";

    private final List<HTMLElement> marked = new ArrayList<>();
    private Theme setting = Theme.AUTO;
    private boolean systemDark;
    private Palette palette = Palette.LIGHT;
    private Runnable listener;
    private JSObject stopWatching;

    /** A theme that marks {@code root}; it follows the system once {@link #watch} is called. */
    PageTheme(HTMLElement root) {
        marked.add(root);
        apply();
    }

    /** Marks {@code element} too: the document's root, when the playground is the page. */
    void alsoMark(HTMLElement element) {
        marked.add(element);
        apply();
    }

    /** Follows the system setting from now on, calling {@code changed} whenever the scheme shown changes. */
    void watch(Runnable changed) {
        listener = changed;
        if (stopWatching == null) {
            stopWatching = Browser.watchMedia(SYSTEM_DARK, dark -> {
                systemDark = dark;
                apply();
            });
        }
    }

    /** Stops following the system setting: the playground is being removed. */
    void stop() {
        listener = null;
        if (stopWatching != null) {
            Browser.stopWatching(stopWatching);
            stopWatching = null;
        }
    }

    /** Asks for {@code theme} (null: follow the system). */
    void set(Theme theme) {
        setting = theme == null ? Theme.AUTO : theme;
        apply();
    }

    /** The theme asked for (what a link to the playground carries). */
    Theme setting() {
        return setting;
    }

    /** The colours of the scheme shown now. */
    Palette palette() {
        return palette;
    }

    private void apply() {
        Palette now = Palette.of(setting.dark(systemDark));
        String name = now.dark() ? "dark" : "light";
        for (HTMLElement e : marked) {
            if (!name.equals(e.getAttribute("data-theme"))) {
                e.setAttribute("data-theme", name);
            }
        }
        if (now != palette) {
            palette = now;
            if (listener != null) {
                listener.run();
            }
        }
    }
}
