package org.nnplayground.web;

import org.nnplayground.core.export.Exports;
import org.nnplayground.core.export.ModelSnapshot;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.Session;

/**
 * The points exports made from links alone, for the points page's own module, which leaves the
 * exporters out (see {@link LoadedPointsExports}): the link with the trained weights gives the setup,
 * the data (generated from it, as the page's session does), the network and its epoch; the link
 * without weights is the one the export names. Failures come back as "!" and why.
 */
final class LinkExports {
    private LinkExports() {
    }

    /** The export {@code format} of the run that {@code withWeights} holds, naming {@code link}. */
    static String text(String withWeights, String link, String format) {
        try {
            LinkState state = LinkCodec.decode(withWeights).link();
            Session session = new Session(state.state());
            if (state.hasWeights()) {
                session.restore(state.weights(), state.weightsEpoch());
            }
            return Exports.text(new ModelSnapshot(state.state(), session.trainer().network(), session.last().epoch(), link,
                    session.data()), format);
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage();
        }
    }

    /**
     * Reads model file {@code fileText} for the playground at {@code link}: the link fragment it opens,
     * a newline and what to say; or "!" and why it cannot be opened.
     */
    static String read(String fileText, String link) {
        try {
            ModelFiles.Opened opened = ModelFiles.open(fileText, LinkCodec.decode(link).link().state().data().table());
            return LinkCodec.encode(opened.link()) + "\n" + opened.said();
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage();
        }
    }
}
