package org.nnplayground.web;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.nnplayground.core.data.OwnTable;
import org.nnplayground.core.data.TableWire;
import org.nnplayground.core.link.Base64Url;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The points playground's exports made by the module that has the exporters (app.wasm), which
 * loader.js loads the first time one is asked for: this side hands it what an export is made of,
 * the link (the setup and the data come from it), the trained weights with their epoch
 * ({@link #weights}) and the loaded table, which links do not carry ({@link #table}), and gets the
 * text back. A model file goes the same way and comes back as
 * the link it opens. A module that fails to load is said in words.
 */
final class LoadedPointsExports implements PointsExports {
    /** A text from the loader. */
    @JSFunctor
    interface Text extends JSObject {
        void accept(String text);
    }

    @Override
    public void text(PlaygroundPage page, String format, Consumer<String> done) {
        if (page == null) {
            done.accept("!There is no such playground.");
            return;
        }
        export(LinkCodec.encode(page.currentLink()), weights(page), page.session().last().epoch(), table(page), format,
                done::accept);
    }

    /** The weights of {@code page}'s network as base64url doubles, "" without a page. */
    static String weights(PlaygroundPage page) {
        if (page == null) {
            return "";
        }
        double[] w = page.session().trainer().network().parameterBuffer();
        page.session().trainer().network().copyParametersTo(w);
        return Base64Url.encode(w);
    }

    /** The table loaded into {@code page} as {@link TableWire} text, "" for none (or no page). */
    static String table(PlaygroundPage page) {
        OwnTable table = page == null ? null : page.state().data().table();
        return table == null ? "" : TableWire.encode(table);
    }

    @Override
    public void read(PlaygroundPage page, String fileText, BiConsumer<LinkState, String> done) {
        read(fileText, table(page), answer -> {
            if (answer.startsWith("!")) {
                done.accept(null, answer.substring(1));
                return;
            }
            String[] lines = lines(answer, 5);
            LinkState link = PointsLinks.decode(lines[0]).link();
            if (lines[3].equals("1") && page.state().data().table() != null) {
                link = link.withState(link.state().withData(link.state().data().withTable(page.state().data().table())));
            }
            double[] weights = Base64Url.decode(lines[1]);
            if (!lines[1].isEmpty() && weights != null) {
                link = link.withWeights(weights, Integer.parseInt(lines[2]));
            }
            done.accept(link, lines[4]);
        });
    }

    /** The first {@code n - 1} lines of {@code text} and the rest as the last, "" for those missing. */
    private static String[] lines(String text, int n) {
        String[] out = new String[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            int end = i == n - 1 ? -1 : text.indexOf('\n', at);
            if (at > text.length()) {
                out[i] = "";
            } else if (end < 0) {
                out[i] = text.substring(at);
                at = text.length() + 1;
            } else {
                out[i] = text.substring(at, end);
                at = end + 1;
            }
        }
        return out;
    }

    @JSBody(params = {"link", "weights", "epoch", "table", "format", "done"},
            script = "window.nnPlaygroundLoader.pointsExport(link, weights, epoch, table, format).then(function (t) { done(t); },"
                    + " function (e) { done('!The exports could not be loaded: ' + (e && e.message ? e.message : e) + '.'); });")
    private static native void export(String link, String weights, int epoch, String table, String format, Text done);

    @JSBody(params = {"fileText", "table", "done"},
            script = "window.nnPlaygroundLoader.pointsRead(fileText, table).then(function (t) { done(t); },"
                    + " function (e) { done('!The model file could not be opened, as the exports could not be loaded: '"
                    + " + (e && e.message ? e.message : e) + '.'); });")
    private static native void read(String fileText, String table, Text done);
}
