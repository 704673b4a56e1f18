package org.nnplayground.core.data.image;

/**
 * Where an image's figure goes: at a random place (as each problem draws it) or at the centre,
 * then moved by a whole number of pixels. Centred figures shifted by (dx, dy) make the shifted test
 * set: the network trains on figures at the centre and is tested on the same figures moved.
 *
 * @param centred whether the figure sits at the centre instead of a random place
 * @param dx pixels to the right
 * @param dy pixels down
 */
record Placement(boolean centred, int dx, int dy) {
    /** A random place, not moved. */
    static final Placement RANDOM = new Placement(false, 0, 0);
}
