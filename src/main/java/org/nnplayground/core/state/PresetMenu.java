package org.nnplayground.core.state;

/**
 * What the preset menu shows: the preset that is open, while the state is still that preset's;
 * once the state is edited away from it, a neutral first entry that names it, "Circle (modified)",
 * so that picking the preset again opens it afresh. With no preset named (a plain link), the preset
 * whose state the page holds, if any, counts as open: the page's first view is the classic start.
 * A link that names a preset but changes its settings opens as that preset, modified.
 *
 * @param preset   the open preset, or null for none
 * @param modified whether the state differs from the preset's
 */
public record PresetMenu(Preset preset, boolean modified) {
    /** The first entry's text when no preset is open. */
    public static final String NONE = "Choose a preset\u2026";

    /** The menu for a page whose link names {@code presetId} (empty for none) and holds {@code state}. */
    public static PresetMenu of(String presetId, PlaygroundState state) {
        Preset p = presetId == null || presetId.isEmpty() ? null : Presets.byId(presetId);
        if (p == null) {
            for (Preset candidate : Presets.all()) {
                if (candidate.state().equals(state)) {
                    return new PresetMenu(candidate, false);
                }
            }
            return new PresetMenu(null, false);
        }
        return new PresetMenu(p, !p.state().equals(state));
    }

    /** The value the menu selects: the open preset's id, or "" for the neutral first entry. */
    public String selectedId() {
        return preset == null || modified ? "" : preset.id();
    }

    /** The text of the neutral first entry. */
    public String neutralText() {
        return preset != null && modified ? preset.title() + " (modified)" : NONE;
    }
}
