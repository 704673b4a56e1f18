package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.nnplayground.core.state.Preset;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Lays a playground out in one of two ways (see {@link Figure.Layout}). The whole playground: the
 * author's title and caption as a task above it, then the run bar, messages, lesson, the three columns
 * and sharing. The figure, for posts: a title, one slim run bar, the chosen views side by side in the
 * chosen order (stacked in a narrow column), the caption (the author's, else the lesson's) and a link
 * that opens the same state in the playground; everything else waits, hidden, in a stash, so that the
 * controls keep working and the layout can change back. The views are moved, not copied: each is
 * drawn where it stands. Switching layouts or views only moves elements; nothing is rebuilt but the
 * lesson panel's text views when they go home.
 */
final class FigureLayout {
    /** Where the parts of the whole playground are, in their order. */
    record Parts(HTMLElement run, HTMLElement messages, HTMLElement lesson, HTMLElement main, HTMLElement share,
                 HTMLElement exports, HTMLElement live) {
    }

    private final HTMLElement root;
    private final Parts parts;
    private final Views views;
    private final LessonPanel lesson;
    private final LessonCanvases lessonViews;
    private final GraphPlacement graphPlacement;
    private final HTMLElement task = Dom.el("section", "nnp-task");
    private final HTMLElement taskTitle = Dom.el("h2", "nnp-task-title");
    private final HTMLElement taskCaption = Dom.el("p", "nnp-task-caption");
    private final HTMLElement figure = Dom.el("figure", "nnp-fig");
    private final HTMLElement title = Dom.el("h2", "nnp-fig-title");
    private final HTMLElement cells = Dom.el("div", "nnp-fig-views");
    private final HTMLElement caption = Dom.el("figcaption", "nnp-fig-caption");
    private final HTMLElement captionText = Dom.el("p", "nnp-fig-text");
    private final HTMLElement open = Dom.el("a", "nnp-fig-open");
    private final HTMLElement stash = Dom.el("div", "nnp-fig-stash");
    private boolean showingFigure;

    FigureLayout(HTMLElement root, Parts parts, Views views, LessonPanel lesson, LessonCanvases lessonViews,
                 GraphPlacement graphPlacement) {
        this.root = root;
        this.parts = parts;
        this.views = views;
        this.lesson = lesson;
        this.lessonViews = lessonViews;
        this.graphPlacement = graphPlacement;
        task.setAttribute("aria-label", "Task");
        Dom.append(task, taskTitle, taskCaption);
        open.setTextContent("Open in the playground");
        open.setAttribute("target", "_blank");
        open.setAttribute("rel", "noopener");
        open.setAttribute("data-key", "open-playground");
        Dom.append(caption, captionText, open);
        Dom.show(stash, false);
    }

    /** The link that opens the figure's state in the playground (its address is set by {@link #setOpenLink}). */
    HTMLElement openLink() {
        return open;
    }

    /** Points the "Open in the playground" link at {@code href}. */
    void setOpenLink(String href) {
        if (!href.equals(open.getAttribute("href"))) {
            open.setAttribute("href", href);
        }
    }

    /** Whether the figure is shown (else the whole playground). */
    boolean showsFigure() {
        return showingFigure;
    }

    /**
     * Lays the playground out for {@code spec}, on a page that is {@code embedded} in another page or
     * not, with {@code preset} (null for none) giving the lesson's title, caption and views.
     */
    void arrange(Figure spec, boolean embedded, Preset preset) {
        boolean wantFigure = spec.layout().figure(embedded);
        if (showingFigure && !wantFigure) {
            giveViewsBack();
        }
        showingFigure = wantFigure;
        Dom.toggleClass(root, "nnp-figure-layout", wantFigure);
        if (wantFigure) {
            arrangeFigure(spec, preset);
        } else {
            arrangeWhole(spec);
        }
    }

    private void arrangeWhole(Figure spec) {
        taskTitle.setTextContent(spec.title());
        taskCaption.setTextContent(spec.caption());
        Dom.show(taskTitle, !spec.title().isEmpty());
        Dom.show(taskCaption, !spec.caption().isEmpty());
        Dom.show(task, !spec.title().isEmpty() || !spec.caption().isEmpty());
        Dom.arrange(root, task, parts.run(), parts.messages(), parts.lesson(), parts.main(), parts.share(), parts.exports(),
                parts.live());
        Dom.remove(figure);
        Dom.remove(stash);
    }

    private void arrangeFigure(Figure spec, Preset preset) {
        boolean lessonShown = preset != null && preset.hasLessonPanel();
        String heading = !spec.title().isEmpty() ? spec.title() : lessonShown ? preset.title() : "";
        title.setTextContent(heading);
        Dom.show(title, !heading.isEmpty());
        String words = !spec.caption().isEmpty() ? spec.caption() : lessonShown ? preset.caption() : "";
        captionText.setTextContent(words);
        Dom.show(captionText, !words.isEmpty());
        giveViewsBack();
        graphPlacement.hold(true);
        List<FigureView> wanted = spec.shownViews();
        int placed = 0;
        for (FigureView v : wanted) {
            if (v.availableIn(preset) && place(v)) {
                placed++;
            }
        }
        cells.setClassName("nnp-fig-views nnp-fig-" + Math.min(placed, 4));
        // The figure's accessible name is its heading, else the caption's words.
        figure.setAttribute("aria-label", heading.isEmpty() ? "Neural network figure" : heading);
        Dom.arrange(figure, title, parts.run(), parts.messages(), cells, caption);
        Dom.arrange(stash, task, parts.lesson(), parts.main(), parts.share(), parts.exports());
        Dom.arrange(root, figure, stash, parts.live());
    }

    /** Puts view {@code v} into a cell of its own; false when it has nothing to show. */
    private boolean place(FigureView v) {
        HTMLElement cell = Dom.el("div", "nnp-fig-cell nnp-fig-" + v.id());
        cell.setAttribute("data-view", v.id());
        switch (v) {
            case GRAPH:
                Dom.append(cell, label(v), views.graph().element());
                break;
            case OUTPUT:
                Dom.append(cell, label(v), views.outputView());
                break;
            case LOSS:
                Dom.append(cell, label(v), views.metricsView(), views.lossView());
                break;
            case INSPECTOR:
            case COLLAPSE:
                HTMLElement text = lesson.view(v.teaching());
                if (text == null) {
                    return false;
                }
                Dom.append(cell, label(v), text);
                break;
            default:
                HTMLElement box = lessonViews.view(v.teaching());
                if (box == null) {
                    return false;
                }
                cell.appendChild(box); // it has a caption of its own
                break;
        }
        cells.appendChild(cell);
        return true;
    }

    private static HTMLElement label(FigureView v) {
        return Dom.text("div", "nnp-fig-label", v.label());
    }

    /** Empties the cells, each view back in its place in the whole playground. */
    private void giveViewsBack() {
        Dom.clear(cells);
        views.restoreViews();
        lessonViews.restoreViews();
        lesson.restoreViews();
        graphPlacement.hold(false);
    }
}
