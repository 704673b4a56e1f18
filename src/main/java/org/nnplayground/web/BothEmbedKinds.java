package org.nnplayground.web;

import java.util.List;
import java.util.function.Consumer;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The embeds of the module with both kinds (app.wasm, and the JS build): a playground turns into the
 * other kind in place, in this module. It reads a link's kind as the core does ({@link LabLinks#isLab}).
 */
final class BothEmbedKinds implements EmbedKinds {
    private final PointsEmbedKind points = new PointsEmbedKind();
    private final LabEmbedKind lab = new LabEmbedKind();

    @Override
    public boolean carries(String fragment) {
        return true;
    }

    @Override
    public Instance make(HTMLElement element, String fragment, boolean autoplay, EpochLog log, Consumer<String> otherKind,
                         List<String> notices) {
        return (LabLinks.isLab(fragment) ? (EmbedKinds) lab : points)
                .make(element, fragment, autoplay, log, otherKind, notices);
    }

    @Override
    public List<String> apply(Instance instance, String fragment) {
        boolean isLab = LabLinks.isLab(fragment);
        if (isLab != (instance.lab() != null)) {
            return null;
        }
        return isLab ? LabEmbedKind.applyTo(instance.lab(), fragment)
                : PointsEmbedKind.applyTo(instance.points(), fragment);
    }
}
