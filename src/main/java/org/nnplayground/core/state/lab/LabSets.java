package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.image.ImageSplit;
import org.nnplayground.core.data.sequence.SequenceSplit;
import org.nnplayground.core.train.TrainingData;

/**
 * The generated data of a run: as the trainer reads it, and as the views draw it (the sequences or
 * the images, whichever the problem has; the other is null).
 */
public record LabSets(TrainingData train, TrainingData test, SequenceSplit sequences, ImageSplit images) {
}
