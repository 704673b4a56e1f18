package org.nnplayground.core.link;

import java.util.List;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;

/**
 * The HTML an author pastes into a post to show a playground as a figure: the script tag, the
 * {@code <nn-playground>} element with the figure's views, title and caption as attributes and, inside
 * it, what readers without script see (words saying what the figure shows, with a link that opens it
 * in the playground); and an iframe of {@code embed.html} for hosts that allow no scripts. Every
 * text is escaped for the attribute or element it goes into, so a title can hold any character.
 */
public final class EmbedCode {
    /** The iframe's height: the figure's at a 720 px column, with a little room. */
    public static final int IFRAME_HEIGHT = 560;

    private EmbedCode() {
    }

    /**
     * Both forms for {@code link}, with the files at {@code folder} (ending in '/', e.g.
     * https://example.org/nn-playground/). The figure is the compact one: a layout the link may ask
     * for is left out (a post asks for the whole playground with {@code layout="full"} itself).
     */
    public static String of(String folder, LinkState link) {
        Figure figure = link.figure().withLayout(Figure.Layout.AUTO);
        LinkState shown = link.withFigure(figure);
        String setup = LinkCodec.encode(link.withFigure(Figure.NONE));
        StringBuilder s = new StringBuilder();
        s.append("<script src=\"").append(attribute(folder)).append("nn-playground.js\" defer></script>\n");
        s.append("<nn-playground link=\"").append(attribute(setup)).append('"');
        if (!figure.views().isEmpty()) {
            s.append(" views=\"").append(attribute(viewNames(figure.views()))).append('"');
        }
        if (!figure.title().isEmpty()) {
            s.append(" title=\"").append(attribute(figure.title())).append('"');
        }
        if (!figure.caption().isEmpty()) {
            s.append(" caption=\"").append(attribute(figure.caption())).append('"');
        }
        s.append(" autoplay>\n");
        s.append("  <p><a href=\"").append(attribute(folder + "#" + LinkCodec.encode(shown))).append("\">")
                .append(text(fallback(shown))).append("</a></p>\n");
        s.append("</nn-playground>\n\n");
        s.append("<!-- or, where the page may not run scripts, an iframe: -->\n");
        s.append("<iframe src=\"").append(attribute(folder + "embed.html#" + LinkCodec.encode(shown))).append("\" title=\"")
                .append(attribute(figure.title().isEmpty() ? "Neural network playground" : figure.title()))
                .append("\" loading=\"lazy\" style=\"width:100%;height:").append(IFRAME_HEIGHT)
                .append("px;border:0\"></iframe>");
        return s.toString();
    }

    /**
     * What a reader sees where the figure cannot run (no script, a feed reader, a printout of a
     * figure that never started): what it would show, and that the link opens it.
     */
    public static String fallback(LinkState link) {
        Figure figure = link.figure();
        Preset preset = link.preset().isEmpty() ? null : Presets.byId(link.preset());
        String what = !figure.title().isEmpty() ? figure.title()
                : preset != null && preset.hasLessonPanel() ? preset.title() : describe(link.state());
        return "Interactive figure: " + what + ". Open it in the playground.";
    }

    /** A network in words: "a neural network with hidden layers of 4 and 2 neurons learning the Circle data". */
    public static String describe(PlaygroundState state) {
        List<Integer> hidden = state.hiddenSizes();
        StringBuilder s = new StringBuilder("a neural network ");
        if (hidden.isEmpty()) {
            s.append("without hidden layers");
        } else {
            s.append(hidden.size() == 1 ? "with one hidden layer of " : "with hidden layers of ");
            for (int i = 0; i < hidden.size(); i++) {
                s.append(i == 0 ? "" : i == hidden.size() - 1 ? " and " : ", ").append(hidden.get(i));
            }
            s.append(hidden.size() == 1 && hidden.get(0) == 1 ? " neuron" : " neurons");
        }
        return s.append(" learning the ").append(state.data().kind().label()).append(" data").toString();
    }

    private static String viewNames(List<FigureView> views) {
        StringBuilder s = new StringBuilder();
        for (FigureView v : views) {
            s.append(s.length() > 0 ? "," : "").append(v.id());
        }
        return s.toString();
    }

    /** Text for inside an HTML element: &amp;, &lt; and &gt; escaped. */
    static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Text for inside a double-quoted HTML attribute: also the quotes escaped. */
    static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("'", "&#39;");
    }
}
