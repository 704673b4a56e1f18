package org.nnplayground.core.state;

import java.util.List;

/**
 * A named starting point people open with one click or link: a state, a caption in words, the
 * teaching views it shows, variants to compare side by side and fixes offered one click away.
 */
public record Preset(String id, String title, String caption, PlaygroundState state, List<TeachingView> views,
                     List<Alternative> variants, List<Alternative> fixes) {

    public Preset {
        views = List.copyOf(views);
        variants = List.copyOf(variants);
        fixes = List.copyOf(fixes);
    }

    /** A plain preset: no teaching views, variants or fixes. */
    public Preset(String id, String title, String caption, PlaygroundState state) {
        this(id, title, caption, state, List.of(), List.of(), List.of());
    }

    public boolean shows(TeachingView view) {
        return views.contains(view);
    }
}
