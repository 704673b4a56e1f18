package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;

/**
 * How a playground presents itself: the layout (a compact figure for a post, or the whole
 * playground), the views a figure shows in their order (empty: {@link FigureView#DEFAULT}), and an
 * author's own title and caption. Title and caption are plain text, never markup: they are cleaned
 * here of control characters and cut to {@link #MAX_TITLE} and {@link #MAX_CAPTION} characters, and
 * the page shows them as text. Immutable.
 */
public record Figure(Layout layout, List<FigureView> views, String title, String caption) {
    /** The longest title kept, in characters. */
    public static final int MAX_TITLE = 120;
    /** The longest caption kept, in characters. */
    public static final int MAX_CAPTION = 600;
    /** No choices made: the layout the page picks, the default views, no title or caption. */
    public static final Figure NONE = new Figure(Layout.AUTO, List.of(), "", "");

    /** The two layouts, and the page's own pick. */
    public enum Layout {
        /** A figure when embedded in someone else's page, the whole playground on its own page. */
        AUTO(""),
        /** The compact figure: the views side by side, a slim run bar, the caption and a link. */
        FIGURE("figure"),
        /** The whole playground with every control. */
        FULL("full");

        private final String id;

        Layout(String id) {
            this.id = id;
        }

        /** The name in attributes and links ("" for {@link #AUTO}). */
        public String id() {
            return id;
        }

        /** The layout named {@code id}, or null. */
        public static Layout byId(String id) {
            for (Layout l : values()) {
                if (l.id.equals(id)) {
                    return l;
                }
            }
            return null;
        }

        /** Whether this layout is the figure, on a page that is {@code embedded} in another or not. */
        public boolean figure(boolean embedded) {
            return this == FIGURE || (this == AUTO && embedded);
        }
    }

    public Figure {
        layout = layout == null ? Layout.AUTO : layout;
        List<FigureView> unique = new ArrayList<>();
        if (views != null) {
            for (FigureView v : views) {
                if (v != null && !unique.contains(v)) {
                    unique.add(v);
                }
            }
        }
        views = List.copyOf(unique);
        title = clean(title, MAX_TITLE);
        caption = clean(caption, MAX_CAPTION);
    }

    /** The views to show: the chosen ones, or the default ones when none were chosen. */
    public List<FigureView> shownViews() {
        return views.isEmpty() ? FigureView.DEFAULT : views;
    }

    public Figure withLayout(Layout value) {
        return new Figure(value, views, title, caption);
    }

    public Figure withViews(List<FigureView> value) {
        return new Figure(layout, value, title, caption);
    }

    public Figure withTitle(String value) {
        return new Figure(layout, views, value, caption);
    }

    public Figure withCaption(String value) {
        return new Figure(layout, views, title, value);
    }

    /**
     * Plain text as a figure shows it: control characters (line breaks too) become spaces, runs of
     * spaces one space, no space at either end, half of a character written as two UTF-16 units alone
     * is dropped, and at most {@code max} UTF-16 units are kept (never cutting such a pair). Null
     * reads as "".
     */
    public static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    if (space) {
                        s.append(' ');
                        space = false;
                    }
                    s.append(c).append(text.charAt(++i));
                }
                continue; // half a character alone is no text
            }
            boolean blank = c <= ' ' || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029;
            if (blank) {
                space = s.length() > 0;
                continue;
            }
            if (space) {
                s.append(' ');
                space = false;
            }
            s.append(c);
        }
        if (s.length() <= max) {
            return s.toString();
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).trim();
    }
}
