package org.nnplayground.core;

/**
 * A choice with a short stable id (used in links) and a label for people: activations, losses,
 * optimizers, datasets and the like.
 */
public interface Named {
    /** Short stable name, used in links. */
    String id();

    /** Name for people. */
    String label();

    /** The value among {@code values} with this id, or null when there is none. */
    static <T extends Named> T byId(T[] values, String id) {
        for (T value : values) {
            if (value.id().equals(id)) {
                return value;
            }
        }
        return null;
    }
}
