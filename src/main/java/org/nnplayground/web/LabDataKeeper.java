package org.nnplayground.web;

import org.nnplayground.core.state.lab.LabOwnData;
import org.nnplayground.core.state.lab.LabState;

/**
 * The sequence and image playground's {@link StorageKeeper}: what the reader made there
 * ({@link LabOwnData}: the images drawn and added, the typed text), kept in the browser's own storage
 * beside the points' own, and offered back when the playground opens again, unless the run opened
 * already has it (a link that carries it).
 */
final class LabDataKeeper {
    /** The storage key, one per origin, beside the points' own. */
    static final String KEY = "nn-playground.lab-own-data";

    private static final StorageKeeper.Codec<LabOwnData> CODEC = new StorageKeeper.Codec<>(LabOwnData::write,
            LabOwnData::read, LabOwnData::isEmpty);

    private static final StorageKeeper.Words WORDS = new StorageKeeper.Words(
            "Your images and text could not be kept in this browser: its storage is full. They stay in this page"
                    + " until the page closes.",
            "Your images and text cannot be kept in this browser: it refuses storage here (a private window or a"
                    + " setting). They stay in this page until the page closes.",
            why -> "The images or text this browser kept from an earlier visit could not be read (" + why
                    + "); they were left as they are.");

    private LabDataKeeper() {
    }

    /**
     * A keeper that offers back what was kept (when {@code enabled}) unless {@code opened} has it all;
     * either way what was kept counts as kept, so that writing goes on from it (both parts) once the
     * reader has answered.
     */
    static StorageKeeper<LabOwnData> open(boolean enabled, LabState opened) {
        StorageKeeper<LabOwnData> keeper = new StorageKeeper<>(enabled, KEY, LabOwnData.NOTHING, CODEC, WORDS);
        LabOwnData found = keeper.found();
        if (found != null) {
            if (found.inUseBy(opened)) {
                keeper.start(null, found.after(opened));
            } else {
                keeper.start(found, found);
            }
        }
        return keeper;
    }
}
