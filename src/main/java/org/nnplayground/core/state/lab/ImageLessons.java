package org.nnplayground.core.state.lab;

import java.util.List;

/** The lessons on images (see {@link LabLessons}). */
final class ImageLessons {
    private ImageLessons() {
    }

    static List<LabLesson> all() {
        return List.of();
    }
}
