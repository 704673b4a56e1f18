package org.nnplayground.web;

import java.util.List;
import java.util.function.Consumer;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The embeds' sequence and image playgrounds. Alone in the sequence and image module, where it
 * tells the kinds apart as loader.js does; {@link BothEmbedKinds} uses it beside {@link PointsEmbedKind}.
 */
final class LabEmbedKind implements EmbedKinds {
    @Override
    public boolean carries(String fragment) {
        return PageBoot.isLabByLoader(fragment);
    }

    @Override
    public Instance make(HTMLElement element, String fragment, boolean autoplay, EpochLog log, Consumer<String> otherKind,
                         List<String> notices) {
        LabLinks.Decoded decoded = LabLinks.decode(fragment);
        LabPage page = new LabPage(element, decoded, otherKind, false);
        page.session().onEpoch(log);
        page.start(autoplay);
        notices.addAll(decoded.notices());
        return Instance.of(page);
    }

    @Override
    public List<String> apply(Instance instance, String fragment) {
        LabPage page = instance.lab();
        if (page == null || !carries(fragment)) {
            return null;
        }
        return applyTo(page, fragment);
    }

    /** Opens sequence or image link {@code fragment} in {@code page}; returns the notices. */
    static List<String> applyTo(LabPage page, String fragment) {
        LabLinks.Decoded decoded = LabLinks.decode(fragment);
        page.applyLink(decoded);
        return decoded.notices();
    }
}
