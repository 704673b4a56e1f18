package org.nnplayground.web;

import org.nnplayground.core.data.OwnTable;
import org.nnplayground.core.data.TableWire;
import org.nnplayground.core.export.Exports;
import org.nnplayground.core.export.ModelSnapshot;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.Base64Url;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Session;

/**
 * The points exports made from what the points page's own module hands over, as it leaves the
 * exporters out (see {@link LoadedPointsExports}): the link gives the setup and the data (generated
 * from it, as the page's session does) and is the one the export names; the trained weights come as
 * base64url doubles with their epoch; a table loaded into the page, which links do not carry, comes
 * as {@link TableWire} text ("" for none). Failures come back as "!" and why.
 */
final class LinkExports {
    private LinkExports() {
    }

    /** The export {@code format} of the run of {@code link} with {@code weights} after {@code epoch} epochs, on {@code table}. */
    static String text(String link, String weights, int epoch, String table, String format) {
        try {
            PlaygroundState linked = LinkCodec.decode(link).link().state();
            PlaygroundState setup = table.isEmpty() ? linked : linked.withData(linked.data().withTable(TableWire.decode(table)));
            double[] parameters = Base64Url.decode(weights);
            if (parameters == null) {
                return "!The weights handed over could not be read.";
            }
            Session session = new Session(setup);
            session.restore(parameters, epoch);
            return Exports.text(new ModelSnapshot(setup, session.trainer().network(), session.last().epoch(), link,
                    session.data()), format);
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage();
        }
    }

    /**
     * Reads model file {@code fileText} for the playground whose loaded table is {@code table} ("" for
     * none): on five lines, the link fragment it opens, its weights as base64url doubles ("" for none),
     * their epoch, "1" when it opens onto the table handed over (links do not carry it) or "0", and
     * what to say; or "!" and why it cannot be opened.
     */
    static String read(String fileText, String table) {
        try {
            OwnTable loaded = table.isEmpty() ? null : TableWire.decode(table);
            ModelFiles.Opened opened = ModelFiles.open(fileText, loaded);
            LinkState link = opened.link();
            return LinkCodec.encode(link) + "\n" + (link.hasWeights() ? Base64Url.encode(link.weights()) : "") + "\n"
                    + link.weightsEpoch() + "\n" + (link.state().data().table() != null ? "1" : "0") + "\n" + opened.said();
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage();
        }
    }
}
