package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.nnplayground.core.state.Presets;

/** The HTML "Copy embed code" gives: the compact figure with the chosen views, escaped, with its fallback. */
class EmbedCodeTest {
    private static final String FOLDER = "https://example.org/nnp/";

    /** The value of attribute {@code name} of the first tag {@code tag} in {@code html}, unescaped. */
    private static String attribute(String html, String tag, String name) {
        int start = html.indexOf("<" + tag + " ");
        int at = html.indexOf(" " + name + "=\"", start) + name.length() + 3;
        String raw = html.substring(at, html.indexOf('"', at));
        return raw.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    @Test
    void theElementCarriesTheSetupAndTheFigureAndItsFallbackLinkOpensTheSame() {
        Figure figure = new Figure(Figure.Layout.FULL, List.of(FigureView.OUTPUT, FigureView.LOSS),
                "Say \"<b>hi</b>\" & 'bye'", "A caption.");
        LinkState link = LinkState.ofPreset(Presets.byId("xor")).withFigure(figure);
        String html = EmbedCode.of(FOLDER, link);
        assertTrue(html.startsWith("<script src=\"https://example.org/nnp/nn-playground.js\" defer></script>\n"), html);
        assertFalse(html.contains("<b>"), "markup in the title stays text: " + html);
        assertEquals("output,loss", attribute(html, "nn-playground", "views"));
        assertEquals(figure.title(), attribute(html, "nn-playground", "title"));
        assertEquals("A caption.", attribute(html, "nn-playground", "caption"));
        assertFalse(html.contains("layout="), "the compact figure, whatever layout the link had");
        LinkState setup = LinkCodec.decode(attribute(html, "nn-playground", "link")).link();
        assertEquals(link.withFigure(Figure.NONE), setup, "the link attribute holds the setup alone");

        String href = attribute(html, "a", "href");
        assertTrue(href.startsWith(FOLDER + "#"), href);
        LinkState opened = LinkCodec.decode(href.substring(href.indexOf('#') + 1)).link();
        assertEquals(link.withFigure(figure.withLayout(Figure.Layout.AUTO)), opened);
        assertTrue(html.contains(">Interactive figure: Say &quot;&lt;b&gt;hi&lt;/b&gt;&quot; &amp; &#39;bye&#39;. Open it in the"
                + " playground.</a>") || html.contains(">Interactive figure: Say \"&lt;b&gt;hi&lt;/b&gt;\" &amp; 'bye'. Open it in"
                + " the playground.</a>"), html);

        String src = attribute(html, "iframe", "src");
        assertTrue(src.startsWith(FOLDER + "embed.html#"), src);
        assertEquals(opened, LinkCodec.decode(src.substring(src.indexOf('#') + 1)).link(), "the iframe shows the same");
        assertEquals(figure.title(), attribute(html, "iframe", "title"));
    }

    @Test
    void theFallbackSaysWhatTheFigureShows() {
        assertEquals("Interactive figure: 6b. XOR with one hidden layer. Open it in the playground.",
                EmbedCode.fallback(LinkState.ofPreset(Presets.byId("xor"))));
        assertEquals("Interactive figure: a neural network with hidden layers of 4 and 2 neurons learning the Circle data."
                + " Open it in the playground.", EmbedCode.fallback(LinkState.of(Presets.defaultPreset().state())));
        assertEquals("Interactive figure: Mine. Open it in the playground.", EmbedCode.fallback(
                LinkState.ofPreset(Presets.byId("xor")).withFigure(Figure.NONE.withTitle("Mine"))));
        assertEquals("a neural network without hidden layers learning the Exclusive or data",
                EmbedCode.describe(Presets.byId("xor-linear").state()));
    }
}
