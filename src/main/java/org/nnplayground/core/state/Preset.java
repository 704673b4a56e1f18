package org.nnplayground.core.state;

import java.util.List;

/**
 * A named starting point people open with one click or link: a state, a caption in words, the
 * teaching views it shows, variants to compare side by side, fixes offered one click away, and the
 * speed it starts at (a lesson about single steps starts slow enough to follow them; the speed only
 * spreads the same steps over time, so the preset's link replays the same bits at any speed).
 */
public record Preset(String id, String title, String caption, PlaygroundState state, List<TeachingView> views,
                     List<Alternative> variants, List<Alternative> fixes, Speed speed) {

    /** The id of the page's classic start, which has no lesson panel. */
    public static final String DEFAULT_ID = "default";

    public Preset {
        views = List.copyOf(views);
        variants = List.copyOf(variants);
        fixes = List.copyOf(fixes);
        speed = speed == null ? Speed.DEFAULT : speed;
    }

    /** A preset that starts at the usual speed. */
    public Preset(String id, String title, String caption, PlaygroundState state, List<TeachingView> views,
                  List<Alternative> variants, List<Alternative> fixes) {
        this(id, title, caption, state, views, variants, fixes, Speed.DEFAULT);
    }

    /** A plain preset: no teaching views, variants or fixes. */
    public Preset(String id, String title, String caption, PlaygroundState state) {
        this(id, title, caption, state, List.of(), List.of(), List.of());
    }

    public boolean shows(TeachingView view) {
        return views.contains(view);
    }

    /**
     * Whether the page shows this preset's lesson panel (title and caption): every preset but the
     * classic start, whose caption the page says in its notice instead. Either way the caption
     * appears once.
     */
    public boolean hasLessonPanel() {
        return !id.equals(DEFAULT_ID);
    }
}
