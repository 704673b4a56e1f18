package org.nnplayground.web;

import org.nnplayground.core.state.lab.LabOwnData;
import org.nnplayground.core.state.lab.LabState;

/**
 * Keeps what the reader made in the sequence and image playground ({@link LabOwnData}: the images
 * drawn and added, the typed text) in the browser's own storage, as {@link OwnDataKeeper} does for
 * the points, and offers it back when the playground opens again, unless the run opened already has
 * it (a link that carries it). While the offer waits nothing is written, so that what was kept is not
 * overwritten before the reader chose. Storage that is full or refused is said ({@link #problem()});
 * the page goes on without it. An embedded playground keeps nothing.
 */
final class LabDataKeeper {
    /** The storage key, one per origin, beside the points' own. */
    static final String KEY = "nn-playground.lab-own-data";

    private final boolean enabled;
    private LabOwnData kept = LabOwnData.NOTHING;
    private LabOwnData offered;
    private String problem;
    private boolean stored;

    /** A keeper that reads what was kept (when {@code enabled}), to offer it back unless {@code opened} has it. */
    LabDataKeeper(boolean enabled, LabState opened) {
        this.enabled = enabled;
        if (!enabled) {
            return;
        }
        String text = BrowserStorage.read(KEY);
        if (BrowserStorage.REFUSED.equals(text)) {
            problem = refusedText();
        } else if (text != null) {
            try {
                LabOwnData found = LabOwnData.read(text);
                stored = !found.isEmpty();
                if (found.inUseBy(opened)) {
                    kept = found.after(opened);
                } else {
                    offered = found;
                    kept = found;
                }
            } catch (IllegalArgumentException e) {
                problem = "The images or text this browser kept from an earlier visit could not be read (" + e.getMessage()
                        + "); they were left as they are.";
            }
        }
    }

    /** What waits to be restored, or null. */
    LabOwnData offered() {
        return offered;
    }

    /** What storage could not do, in words, or null. */
    String problem() {
        return problem;
    }

    /** What is kept now (or would be, were storage working). */
    LabOwnData kept() {
        return kept;
    }

    /** Whether anything of the reader's is in storage now. */
    boolean holdsSomething() {
        return enabled && stored;
    }

    /** Keeps what {@code state} holds of the reader's (nothing while an offer waits, or in an embed); says so when storage failed. */
    void keep(LabState state) {
        LabOwnData next = kept.after(state);
        if (!enabled || offered != null || next.equals(kept)) {
            return;
        }
        kept = next;
        String answer = next.isEmpty() ? (BrowserStorage.remove(KEY) ? "" : BrowserStorage.REFUSED_WRITE)
                : BrowserStorage.write(KEY, next.write());
        stored = answer.isEmpty() ? !next.isEmpty() : stored; // a failed write leaves what was there
        problem = answer.isEmpty() ? null : BrowserStorage.FULL.equals(answer)
                ? "Your images and text could not be kept in this browser: its storage is full. They stay in this page"
                        + " until the page closes."
                : refusedText();
    }

    /** The offer was answered (restored or put aside); writing goes on from what was offered. */
    void answered() {
        offered = null;
    }

    /** Deletes what is kept; {@code current} is not written again until what it holds of the reader's changes. */
    void forget(LabState current) {
        offered = null;
        kept = LabOwnData.NOTHING.after(current);
        if (enabled) {
            problem = BrowserStorage.remove(KEY) ? null : refusedText();
        }
        stored = false;
    }

    private static String refusedText() {
        return "Your images and text cannot be kept in this browser: it refuses storage here (a private window or a"
                + " setting). They stay in this page until the page closes.";
    }
}
