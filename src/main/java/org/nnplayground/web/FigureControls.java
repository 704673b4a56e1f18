package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The author's side of a figure, beside the share buttons: its title, caption and views (in order),
 * which the link and "Copy embed code" then carry. On the whole playground the title and caption pose
 * a task above it. Words are plain text; a view name that is not one is named in the notice.
 */
final class FigureControls {
    private final PlaygroundPage page;
    private final HTMLElement element;

    FigureControls(PlaygroundPage page) {
        this.page = page;
        element = Dom.el("fieldset", "nnp-figure-settings");
        element.setAttribute("data-key", "figure-settings");
    }

    HTMLElement element() {
        return element;
    }

    /** Shows {@code figure}'s settings. */
    void render(Figure figure) {
        Dom.clear(element);
        element.appendChild(Dom.text("legend", null, "Title, caption and views for a link or a post"));
        element.appendChild(Fields.text("figure-title", "Title", figure.title(), "none", 24,
                v -> page.setFigure(page.figure().withTitle(v))));
        element.appendChild(Fields.text("figure-caption", "Caption", figure.caption(), "none", 36,
                v -> page.setFigure(page.figure().withCaption(v))));
        element.appendChild(Fields.text("figure-views", "Views, in order", names(figure.views()),
                names(FigureView.DEFAULT), 24, v -> {
                    List<String> notices = new ArrayList<>();
                    List<FigureView> views = FigureView.parse(v, notices);
                    page.setFigure(page.figure().withViews(views));
                    page.say(notices.isEmpty() ? null : String.join("\n", notices));
                }));
    }

    private static String names(List<FigureView> views) {
        StringBuilder s = new StringBuilder();
        for (FigureView v : views) {
            s.append(s.length() > 0 ? "," : "").append(v.id());
        }
        return s.toString();
    }
}
