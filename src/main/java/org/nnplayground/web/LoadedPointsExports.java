package org.nnplayground.web;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The points playground's exports made by the module that has the exporters (app.wasm), which
 * loader.js loads the first time one is asked for: this side hands it what an export is made of,
 * the link with the trained weights and the link without them (the data, the setup and the epoch
 * all come from the link), and gets the text back. A model file goes the same way and comes back as
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
        export(LinkCodec.encode(page.currentLinkWithWeights()), LinkCodec.encode(page.currentLink()), format, done::accept);
    }

    @Override
    public void read(PlaygroundPage page, String fileText, BiConsumer<LinkState, String> done) {
        read(fileText, LinkCodec.encode(page.currentLink()), answer -> {
            if (answer.startsWith("!")) {
                done.accept(null, answer.substring(1));
                return;
            }
            int end = answer.indexOf('\n');
            String fragment = end < 0 ? answer : answer.substring(0, end);
            done.accept(LinkCodec.decode(fragment).link(), end < 0 ? "" : answer.substring(end + 1));
        });
    }

    @JSBody(params = {"withWeights", "link", "format", "done"},
            script = "window.nnPlaygroundLoader.pointsExport(withWeights, link, format).then(function (t) { done(t); },"
                    + " function (e) { done('!The exports could not be loaded: ' + (e && e.message ? e.message : e) + '.'); });")
    private static native void export(String withWeights, String link, String format, Text done);

    @JSBody(params = {"fileText", "link", "done"},
            script = "window.nnPlaygroundLoader.pointsRead(fileText, link).then(function (t) { done(t); },"
                    + " function (e) { done('!The model file could not be opened, as the exports could not be loaded: '"
                    + " + (e && e.message ? e.message : e) + '.'); });")
    private static native void read(String fileText, String link, Text done);
}
