package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.data.image.ImageSplit;
import org.nnplayground.core.data.sequence.SequenceSplit;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.ImageTrainingSets;
import org.nnplayground.core.train.TrainingData;

/**
 * The data of a run: as the trainer reads it, and as the views draw it (the sequences or the
 * images, whichever the problem has; the other is null). For images, the training set is the
 * generated training images followed by the ones the reader added.
 */
public record LabSets(TrainingData train, TrainingData test, SequenceSplit sequences, ImageSplit images) {
    /** The sets of generated images with {@code added} after the generated training images. */
    public static LabSets ofImages(ImageSplit generated, AddedImages added) {
        ImageSplit split = added.isEmpty() ? generated : new ImageSplit(added.appendedTo(generated.train()), generated.test());
        return new LabSets(ImageTrainingSets.from(split.train(), Activation.SOFTMAX),
                ImageTrainingSets.from(split.test(), Activation.SOFTMAX), null, split);
    }
}
