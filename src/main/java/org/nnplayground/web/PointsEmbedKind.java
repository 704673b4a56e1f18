package org.nnplayground.web;

import java.util.List;
import java.util.function.Consumer;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The embeds' points playgrounds. Alone in the points module, where it tells the kinds apart as
 * loader.js does (as {@link PageBoot} does there); {@link BothEmbedKinds} uses it beside {@link LabEmbedKind}.
 */
final class PointsEmbedKind implements EmbedKinds {
    @Override
    public boolean carries(String fragment) {
        return PageBoot.moduleByLoader(fragment).equals("points");
    }

    @Override
    public Instance make(HTMLElement element, String fragment, boolean autoplay, EpochLog log, Consumer<String> otherKind,
                         List<String> notices) {
        LinkCodec.Decoded decoded = PointsLinks.decode(fragment);
        PlaygroundPage page = new PlaygroundPage(element, decoded.link(), false);
        page.session().onEpoch(log);
        page.showNotices(decoded.notices());
        page.onOpenLab(problem -> otherKind.accept(LabLinks.KEY + "=" + problem));
        page.start(autoplay);
        notices.addAll(decoded.notices());
        return Instance.of(page);
    }

    @Override
    public List<String> apply(Instance instance, String fragment) {
        PlaygroundPage page = instance.points();
        if (page == null || !carries(fragment)) {
            return null;
        }
        return applyTo(page, fragment);
    }

    /** Opens points link {@code fragment} in {@code page}; returns the notices. */
    static List<String> applyTo(PlaygroundPage page, String fragment) {
        LinkCodec.Decoded decoded = PointsLinks.decode(fragment);
        page.applyLink(decoded.link());
        page.showNotices(decoded.notices());
        return decoded.notices();
    }
}
