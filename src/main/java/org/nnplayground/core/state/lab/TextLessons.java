package org.nnplayground.core.state.lab;

import java.util.List;

/** The lessons on texts (see {@link LabLessons}). */
final class TextLessons {
    private TextLessons() {
    }

    static List<LabLesson> all() {
        return List.of();
    }
}
