package org.nnplayground.web;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.nnplayground.core.link.LinkState;

/** The points playground's exports made in this module, at once (the module with both kinds, and the JS build). */
final class OwnPointsExports implements PointsExports {
    @Override
    public void text(PlaygroundPage page, String format, Consumer<String> done) {
        done.accept(PageExports.text(page, format));
    }

    @Override
    public void read(PlaygroundPage page, String fileText, BiConsumer<LinkState, String> done) {
        ModelFiles.Opened opened;
        try {
            opened = ModelFiles.open(fileText, page.state().data().table());
        } catch (IllegalArgumentException e) {
            done.accept(null, e.getMessage());
            return;
        }
        done.accept(opened.link(), opened.said());
    }
}
