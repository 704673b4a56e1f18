package org.nnplayground.core.state;

/** A named starting point: a state people can open with one click or link. */
public record Preset(String id, String title, String caption, PlaygroundState state) {
}
