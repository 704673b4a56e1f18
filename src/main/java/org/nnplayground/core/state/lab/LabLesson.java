package org.nnplayground.core.state.lab;

/**
 * A lesson on sequences or images: a run set up to show one idea, with its caption in the article's
 * voice. {@code link} is the run's link fragment, in the sequence and image link format,
 * without the lesson key; opening the lesson opens that run and shows the caption.
 *
 * @param id short stable name, used in links ({@code lesson=})
 * @param title the lesson's name in the menu
 * @param caption what to watch, and why it happens
 * @param link the run, as a link fragment
 */
public record LabLesson(String id, String title, String caption, String link) {
    public LabLesson {
        if (id == null || id.isEmpty() || title == null || caption == null || link == null) {
            throw new IllegalArgumentException("a lesson needs an id, a title, a caption and a link");
        }
    }
}
