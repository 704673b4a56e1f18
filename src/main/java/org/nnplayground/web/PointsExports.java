package org.nnplayground.web;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.nnplayground.core.link.LinkState;

/**
 * Where the points playground's exports and model files are made: in this module
 * ({@link OwnPointsExports}, the module with both kinds and the JS build), or in the module that has
 * the exporters, loaded the first time a person asks for one ({@link LoadedPointsExports}, the
 * points page's own module, which leaves them out). Both answer through a callback, at once or
 * once the module is there. The entry point picks one with {@link #use} before any page starts.
 */
interface PointsExports {
    /** {@code done} gets the export {@code format} of {@code page}, or "!" and why it cannot be made. */
    void text(PlaygroundPage page, String format, Consumer<String> done);

    /**
     * Reads a model file for {@code page}: {@code done} gets the link it opens (null when it cannot
     * be read) and what to say (the notices, or why not).
     */
    void read(PlaygroundPage page, String fileText, BiConsumer<LinkState, String> done);

    /** Makes {@code exports} the source of every points playground started from now on. */
    static void use(PointsExports exports) {
        Holder.current = exports;
    }

    /** The source in use. */
    static PointsExports current() {
        if (Holder.current == null) {
            throw new IllegalStateException("the entry point did not choose where the exports are made");
        }
        return Holder.current;
    }

    /** The one mutable slot behind {@link #use}. */
    final class Holder {
        private static PointsExports current;

        private Holder() {
        }
    }
}
