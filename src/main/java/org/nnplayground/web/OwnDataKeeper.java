package org.nnplayground.web;

import org.nnplayground.core.data.SavedOwnData;

/**
 * The points page's {@link StorageKeeper}: what the reader made there ({@link SavedOwnData}: the
 * drawing, the formula, the table), kept in the browser's own storage and offered back when the page
 * opens again, whatever the link opened.
 */
final class OwnDataKeeper {
    /** The storage key: one per origin, for the playground's own page. */
    static final String KEY = "nn-playground.own-data";

    private static final StorageKeeper.Codec<SavedOwnData> CODEC = new StorageKeeper.Codec<>(SavedOwnData::write,
            SavedOwnData::read, SavedOwnData::isEmpty);

    private static final StorageKeeper.Words WORDS = new StorageKeeper.Words(
            "Your data could not be kept in this browser: its storage is full. It stays in this page until the page"
                    + " closes.",
            "Your data cannot be kept in this browser: it refuses storage here (a private window or a setting)."
                    + " It stays in this page until the page closes.",
            why -> "The data this browser kept from an earlier visit could not be read (" + why
                    + "); it was left as it is.");

    private OwnDataKeeper() {
    }

    /**
     * A keeper that offers back what was kept (when {@code enabled} and it holds something); until
     * the reader answers, nothing counts as kept, so that deleting the offer keeps none of it.
     */
    static StorageKeeper<SavedOwnData> open(boolean enabled) {
        StorageKeeper<SavedOwnData> keeper = new StorageKeeper<>(enabled, KEY, SavedOwnData.NOTHING, CODEC, WORDS);
        SavedOwnData found = keeper.found();
        if (found != null && !found.isEmpty()) {
            keeper.start(found, SavedOwnData.NOTHING);
        }
        return keeper;
    }
}
