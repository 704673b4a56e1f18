package org.nnplayground.core.train;

import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Shape;

/**
 * Turns generated images into network inputs and targets: each image's pixels as one input row (the
 * layout of a {@code 1 x side x side} input), its class as a one-hot target with one output per class.
 */
public final class ImageTrainingSets {
    private ImageTrainingSets() {
    }

    /** The images of {@code images} with one-hot targets for a network of the given output activation. */
    public static TrainingData from(ImageSet images, Activation outputActivation) {
        int n = images.size();
        return TrainingData.classification(n, images.pixelsPerImage(), images.copyPixels(), images.copyLabels(),
                images.classes(), images.classes(), outputActivation);
    }

    /** The shape of one image as a network input: 1 channel x side x side. */
    public static Shape inputShape(ImageSet images) {
        return Shape.of(1, images.side(), images.side());
    }
}
