package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Shape;

/**
 * A network on generated images: one channel of {@code side x side} pixels in, the layers of its
 * {@link ConvNet}, and a softmax over the classes learned with the cross-entropy. The images the
 * reader drew and added ({@code added}, maybe none) are trained on after the generated ones.
 */
public record ImageModel(ImageSpec data, ConvNet net, AddedImages added) implements LabModel {
    public ImageModel {
        if (data == null || net == null) {
            throw new IllegalArgumentException("an image model needs its images and its network");
        }
        added = added == null ? AddedImages.none(data.side()) : added;
        if (added.side() != data.side() && !added.isEmpty()) {
            boolean one = added.size() == 1;
            throw new IllegalArgumentException((one ? "The image you added is " : "The " + added.size() + " images you added are ")
                    + added.side() + " x " + added.side() + " pixels; remove " + (one ? "it" : "them")
                    + " before changing the image size to " + data.side() + " x " + data.side() + ".");
        }
        if (added.side() != data.side()) {
            added = AddedImages.none(data.side());
        }
        if (added.classesUsed() > data.problem().classes()) {
            throw new IllegalArgumentException("An added image has class " + added.classesUsed() + "; "
                    + data.problem().label() + " has " + data.problem().classes() + " classes.");
        }
        architectureFor(data, net).outputShape(); // every layer fits the one before it, or says what would
    }

    /** The model with no images added. */
    public ImageModel(ImageSpec data, ConvNet net) {
        this(data, net, null);
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
        return LabSets.ofImages(data.generate(), added);
    }

    @Override
    public long seed() {
        return data.seed();
    }

    @Override
    public ImageModel withSeed(long value) {
        return new ImageModel(data.withSeed(value), net, added);
    }

    @Override
    public String problemId() {
        return data.problem().id();
    }

    /** The same with other generated images; the added ones stay (refused when they no longer fit). */
    public ImageModel withData(ImageSpec value) {
        return new ImageModel(value, net, added);
    }

    public ImageModel withNet(ConvNet value) {
        return new ImageModel(data, value, added);
    }

    /** The same with {@code value} as the added images. */
    public ImageModel withAdded(AddedImages value) {
        return new ImageModel(data, net, value);
    }
}
