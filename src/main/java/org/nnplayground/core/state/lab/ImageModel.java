package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.data.image.ImageSplit;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.train.ImageTrainingSets;

/**
 * A network on generated images: one channel of {@code side x side} pixels in, the layers of its
 * {@link ConvNet}, and a softmax over the classes learned with the cross-entropy.
 */
public record ImageModel(ImageSpec data, ConvNet net) implements LabModel {
    public ImageModel {
        if (data == null || net == null) {
            throw new IllegalArgumentException("an image model needs its images and its network");
        }
        architectureFor(data, net).outputShape(); // every layer fits the one before it, or says what would
    }

    private static Architecture architectureFor(ImageSpec data, ConvNet net) {
        return new Architecture(Shape.of(1, data.side(), data.side()), net.layers(data.problem().classes()),
                Activation.SOFTMAX, Init.HE);
    }

    @Override
    public Architecture architecture() {
        return architectureFor(data, net);
    }

    @Override
    public Loss loss() {
        return Loss.SOFTMAX_CROSS_ENTROPY;
    }

    @Override
    public LabSets generate() {
        ImageSplit split = data.generate();
        return new LabSets(ImageTrainingSets.from(split.train(), Activation.SOFTMAX),
                ImageTrainingSets.from(split.test(), Activation.SOFTMAX), null, split);
    }

    @Override
    public long seed() {
        return data.seed();
    }

    @Override
    public ImageModel withSeed(long value) {
        return new ImageModel(data.withSeed(value), net);
    }

    @Override
    public String problemId() {
        return data.problem().id();
    }

    public ImageModel withData(ImageSpec value) {
        return new ImageModel(value, net);
    }

    public ImageModel withNet(ConvNet value) {
        return new ImageModel(data, value);
    }
}
