package org.nnplayground.core.state.lab;

import java.util.List;

/** The lessons on sequences (see {@link LabLessons}). */
final class SequenceLessons {
    private SequenceLessons() {
    }

    static List<LabLesson> all() {
        return List.of();
    }
}
