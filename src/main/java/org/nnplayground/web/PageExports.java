package org.nnplayground.web;

import org.nnplayground.core.export.Exports;
import org.nnplayground.core.export.ModelSnapshot;
import org.nnplayground.core.export.Predictions;
import org.nnplayground.core.link.Base64Url;
import org.nnplayground.core.link.LinkCodec;

/**
 * The exports and predictions of one playground as the exported functions hand them to JavaScript:
 * text, with a failure as "!" and the message (no export starts with "!"), and rows and outputs as
 * base64url doubles, so that numbers cross to JavaScript bit for bit.
 */
final class PageExports {
    private PageExports() {
    }

    /** What the exporters see of {@code page} now. */
    static ModelSnapshot snapshot(PlaygroundPage page) {
        return new ModelSnapshot(page.state(), page.session().trainer().network(), page.session().last().epoch(),
                LinkCodec.encode(page.currentLink()), page.session().data());
    }

    /** The export {@code format} of {@code page}, or "!" and why it cannot be made. */
    static String text(PlaygroundPage page, String format) {
        if (page == null) {
            return "!There is no such playground.";
        }
        try {
            return Exports.text(snapshot(page), format);
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage();
        }
    }

    /**
     * The outputs for raw rows of {@code width} values ({@code rows} as base64url doubles), as base64url
     * doubles, or "!" and why not.
     */
    static String predict(PlaygroundPage page, String rows, int width) {
        if (page == null) {
            return "!There is no such playground.";
        }
        double[] raw = Base64Url.decode(rows);
        if (raw == null || width < 1) {
            return "!The rows could not be read.";
        }
        try {
            ModelSnapshot s = snapshot(page);
            return Base64Url.encode(Predictions.of(s.network(), s.inputFeatures(), raw, width));
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage();
        }
    }
}
