package org.nnplayground.core.link;

import org.nnplayground.core.Named;

/**
 * The colour scheme a link or an embedding asks for ({@code theme=}): follow the reader's system
 * setting ({@code prefers-color-scheme}), or force the light or the dark scheme. Which palette that
 * gives is the page's decision, since only the page knows the system setting.
 */
public enum Theme implements Named {
    /** The reader's system setting: the default, and not written in links. */
    AUTO("auto", "System setting"),
    LIGHT("light", "Light"),
    DARK("dark", "Dark");

    private final String id;
    private final String label;

    Theme(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The theme with this id, or null when there is none. */
    public static Theme byId(String id) {
        return Named.byId(values(), id);
    }

    /** Whether this theme shows the dark scheme, given whether the system asks for dark. */
    public boolean dark(boolean systemDark) {
        return this == DARK || (this == AUTO && systemDark);
    }
}
