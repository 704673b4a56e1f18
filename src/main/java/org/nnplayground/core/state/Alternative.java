package org.nnplayground.core.state;

/** A named other version of a lesson's setup: a variant to compare, or a fix to apply. */
public record Alternative(String label, PlaygroundState state) {
}
