package org.nnplayground.web;

import org.nnplayground.core.state.Session;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.ViewText;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the playground says in words: the notice (what an edit or a link had to say, why training
 * paused on its own) and the screen readers' status line (where training stands).
 */
final class Announcer {
    /** The status is read out at most this often (ms) while training runs. */
    private static final double ANNOUNCE_EVERY_MS = 5000;

    private final Session session;
    private final HTMLElement notice;
    private final HTMLElement live;
    /** When the status was last read out (performance.now(), ms). */
    private double announcedAt = Double.NEGATIVE_INFINITY;
    /** The notice that tells why training paused on its own, while it is shown. */
    private String stopNotice;

    Announcer(Session session) {
        this.session = session;
        notice = Dom.el("div", "nnp-notice");
        notice.setAttribute("role", "status");
        notice.setAttribute("aria-live", "polite");
        notice.setAttribute("data-key", "notice");
        live = Dom.el("div", "nnp-sr-only nnp-live");
        live.setAttribute("role", "status");
        live.setAttribute("aria-live", "polite");
        live.setAttribute("aria-atomic", "true");
    }

    /** The notice, shown among the page's messages. */
    HTMLElement notice() {
        return notice;
    }

    /** The status line for screen readers (visually hidden). */
    HTMLElement live() {
        return live;
    }

    /** Shows a message in words (null clears it). */
    void say(String message) {
        notice.setTextContent(message == null ? "" : message);
        Dom.show(notice, message != null);
    }

    /** People act again: the reason of the last pause, if still shown, is old news. */
    void acting() {
        if (stopNotice != null && stopNotice.equals(notice.getTextContent())) {
            say(null);
        }
        stopNotice = null;
    }

    /**
     * Says in words why training paused on its own (an epoch limit or target loss reached); a
     * divergence has its own alert.
     */
    void sayWhyPaused() {
        String reason = session.stopReason();
        if (reason == null || session.last().diverged()) {
            return;
        }
        StepResult r = session.last();
        String text = "Paused at epoch " + NumberFormat.grouped(r.epoch()) + ": " + reason
                + " (training loss " + NumberFormat.significant(r.train().loss(), 4) + "). Play trains on from here.";
        say(text);
        stopNotice = text;
    }

    /**
     * Tells screen readers where training stands (epoch, losses, playing or paused): at once when
     * training pauses, steps or is reset, and at most every {@link #ANNOUNCE_EVERY_MS} while it runs,
     * so that a reader is not talked over every frame. (The canvases' text alternatives, which are
     * read only when asked for, are kept current by {@link Views#paint()} at a faster pace.)
     */
    void announce(boolean training) {
        double now = Browser.now();
        if (training && session.playing() && now - announcedAt < ANNOUNCE_EVERY_MS) {
            return;
        }
        String text = ViewText.status(session.last(), session.playing());
        if (!text.equals(live.getTextContent())) {
            announcedAt = now;
            live.setTextContent(text);
        }
    }
}
