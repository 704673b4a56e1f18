package org.nnplayground.core.state.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The lessons on sequences, texts and images, in the order the menu offers them. Each family keeps
 * its own list ({@link SequenceLessons}, {@link TextLessons}, {@link ImageLessons}); every lesson's
 * outcome is checked by a JVM test and a browser test.
 */
public final class LabLessons {
    private LabLessons() {
    }

    /** Every lesson. */
    public static List<LabLesson> all() {
        List<LabLesson> all = new ArrayList<>();
        all.addAll(SequenceLessons.all());
        all.addAll(TextLessons.all());
        all.addAll(ImageLessons.all());
        return all;
    }

    /** The lesson with this id, or null. */
    public static LabLesson byId(String id) {
        for (LabLesson l : all()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }
}
