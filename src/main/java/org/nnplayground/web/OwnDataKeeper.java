package org.nnplayground.web;

import org.nnplayground.core.data.SavedOwnData;

/**
 * Keeps what the reader made (see {@link SavedOwnData}) in the browser's own storage, so that a
 * reload or a closed tab loses nothing, and offers it back when the page opens again. While that
 * offer waits for an answer nothing is written, so that what was kept is not overwritten before the
 * reader chose. Storage that is full or refused is said in words ({@link #problem()}); the page goes
 * on without it. An embedded playground (someone else's page, several per page) keeps nothing.
 */
final class OwnDataKeeper {
    /** The storage key: one per origin, for the playground's own page. */
    static final String KEY = "nn-playground.own-data";

    private final boolean enabled;
    private SavedOwnData kept = SavedOwnData.NOTHING;
    private SavedOwnData offered;
    private String problem;
    /** Whether storage holds the reader's data now (read at the start, or written since). */
    private boolean stored;

    /** A keeper that reads what was kept (when {@code enabled}), to offer it back. */
    OwnDataKeeper(boolean enabled) {
        this.enabled = enabled;
        if (!enabled) {
            return;
        }
        String text = BrowserStorage.read(KEY);
        if (BrowserStorage.REFUSED.equals(text)) {
            problem = refusedText();
        } else if (text != null) {
            try {
                SavedOwnData found = SavedOwnData.read(text);
                offered = found.isEmpty() ? null : found;
                stored = true;
            } catch (IllegalArgumentException e) {
                problem = "The data this browser kept from an earlier visit could not be read (" + e.getMessage()
                        + "); it was left as it is.";
            }
        }
    }

    /** What waits to be restored, or null. */
    SavedOwnData offered() {
        return offered;
    }

    /** What storage could not do, in words, or null. */
    String problem() {
        return problem;
    }

    /** What is kept now (or would be, were storage working). */
    SavedOwnData kept() {
        return kept;
    }

    /** Whether anything of the reader's is in storage now. */
    boolean holdsSomething() {
        return enabled && stored;
    }

    /** Keeps {@code data} from now on (nothing while an offer waits, or in an embed); says so when storage failed. */
    void keep(SavedOwnData data) {
        if (!enabled || offered != null || data.equals(kept)) {
            return;
        }
        kept = data;
        String answer = data.isEmpty() ? (BrowserStorage.remove(KEY) ? "" : BrowserStorage.REFUSED_WRITE)
                : BrowserStorage.write(KEY, data.write());
        stored = answer.isEmpty() ? !data.isEmpty() : stored; // a failed write leaves what was there
        problem = answer.isEmpty() ? null : BrowserStorage.FULL.equals(answer)
                ? "Your data could not be kept in this browser: its storage is full. It stays in this page until"
                        + " the page closes."
                : refusedText();
    }

    /** The offer was answered: restored ({@code data} is what is now in use) or not. */
    void answered(SavedOwnData data) {
        offered = null;
        kept = data;
    }

    /** Deletes what is kept; {@code current} (what is in use now) is not written again until it changes. */
    void forget(SavedOwnData current) {
        offered = null;
        kept = current;
        if (enabled) {
            problem = BrowserStorage.remove(KEY) ? null : refusedText();
        }
        stored = false;
    }

    private static String refusedText() {
        return "Your data cannot be kept in this browser: it refuses storage here (a private window or a setting)."
                + " It stays in this page until the page closes.";
    }
}
