package org.nnplayground.web;

import java.util.List;
import java.util.function.Consumer;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The kinds of playground a module makes for the embed script ({@link Instances}): both
 * ({@link BothEmbedKinds}, the module with everything and the JS build) or one ({@link PointsEmbedKind}
 * in points.wasm, {@link LabEmbedKind} in lab.wasm). An embed that asks for a kind its module does
 * not carry is handed over to the embed script, which mounts it in the module that does.
 */
interface EmbedKinds {
    /** Whether this module makes playgrounds of the kind {@code fragment} opens. */
    boolean carries(String fragment);

    /**
     * Makes a playground of the kind {@code fragment} opens (one this module carries) in
     * {@code element}, logging its epochs to {@code log}; {@code otherKind} is called with a link
     * when the playground's own menu asks for the other kind. Adds the link's notices to {@code notices}.
     */
    Instance make(HTMLElement element, String fragment, boolean autoplay, EpochLog log, Consumer<String> otherKind,
                  List<String> notices);

    /**
     * Opens {@code fragment} in {@code instance} when it is of the instance's kind and returns the
     * notices; null when it is of the other kind (the instance is left as it is).
     */
    List<String> apply(Instance instance, String fragment);
}
