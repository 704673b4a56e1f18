package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The preset menu shows the open preset, and says "(modified)" once the state is edited away from it. */
class PresetMenuTest {
    @Test
    void theOpenPresetIsSelected() {
        Preset xor = Presets.byId("xor");
        PresetMenu menu = PresetMenu.of("xor", xor.state());
        assertEquals("xor", menu.selectedId());
        assertFalse(menu.modified());
        assertEquals(PresetMenu.NONE, menu.neutralText());
    }

    @Test
    void anEditedPresetIsNamedModifiedAndCanBePickedAgain() {
        Preset xor = Presets.byId("xor");
        PlaygroundState edited = xor.state().withTraining(xor.state().training().withLearningRate(0.3));
        PresetMenu menu = PresetMenu.of("xor", edited);
        assertTrue(menu.modified());
        assertEquals("", menu.selectedId(), "the neutral entry, so that choosing xor again opens it afresh");
        assertEquals(xor.title() + " (modified)", menu.neutralText());
    }

    @Test
    void aPlainLinkShowsThePresetWhoseStateItHoldsOrNone() {
        PresetMenu start = PresetMenu.of("", Presets.defaultPreset().state());
        assertEquals(Preset.DEFAULT_ID, start.selectedId(), "the page's first view is the classic start");
        Preset xor = Presets.byId("xor");
        PresetMenu other = PresetMenu.of("", xor.state().withSeed(99));
        assertNull(other.preset());
        assertEquals("", other.selectedId());
        assertEquals(PresetMenu.NONE, other.neutralText());
    }
}
