package org.nnplayground.web;

import java.util.function.Function;
import org.nnplayground.core.link.LinkCodec;

/**
 * How this module reads a points link. The module with both kinds also opens TensorFlow Playground's
 * links ({@link LinkCodec#decode}); the points page's own module leaves that reader out
 * ({@link LinkCodec#decodeOwn}), and loader.js sends a page or an embed with such a link to the
 * module that has it (its {@code moduleOf}, which {@link PageBoot#moduleByLoader} asks).
 */
final class PointsLinks {
    private static Function<String, LinkCodec.Decoded> reader = LinkCodec::decodeOwn;

    private PointsLinks() {
    }

    /** Reads TensorFlow Playground's links too: for the module that carries both kinds. */
    static void readTensorFlowLinks() {
        reader = LinkCodec::decode;
    }

    /** The link of fragment {@code fragment} (with or without '#') and what its reading had to say. */
    static LinkCodec.Decoded decode(String fragment) {
        return reader.apply(fragment);
    }
}
