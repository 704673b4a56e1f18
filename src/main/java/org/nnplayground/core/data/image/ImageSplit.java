package org.nnplayground.core.data.image;

/** Generated images divided into those the network trains on and those it is tested on (maybe none). */
public record ImageSplit(ImageSet train, ImageSet test) {
    public ImageSplit {
        if (train == null || test == null) {
            throw new IllegalArgumentException("train and test must not be null (test may be empty)");
        }
    }
}
