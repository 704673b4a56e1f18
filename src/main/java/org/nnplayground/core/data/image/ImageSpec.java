package org.nnplayground.core.data.image;

import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;

/**
 * Everything that decides a generated image problem; {@link #generate()} always draws the same
 * images for the same spec. Immutable; the constructor refuses what cannot be made with a sentence
 * that says what can.
 *
 * @param problem what the images show
 * @param side image side in pixels, one of {@link ImageProblem#sides()}
 * @param images number of images, train and test together, 1 to {@link Limits#MAX_POINTS}
 * @param noise 0 = none to 1 = a lot: Gaussian noise of standard deviation {@code 0.5 * noise} on every pixel
 * @param trainFraction share of the images used for training, {@value #MIN_TRAIN_FRACTION} to 1
 * @param testShift 0: train and test images are made alike. Above 0, the shifted test set: training
 *     figures are centred and test figures are the same kind of figure centred and then moved by a
 *     whole number of pixels from -testShift to testShift along each axis; at most {@code side / 4}
 * @param seed the seed of every draw
 */
public record ImageSpec(ImageProblem problem, int side, int images, double noise, double trainFraction,
                        int testShift, long seed) {
    /** Smallest share of the images used for training. */
    public static final double MIN_TRAIN_FRACTION = 0.05;
    /** Standard deviation of the pixel noise at noise 1. */
    public static final double NOISE_SCALE = 0.5;

    public ImageSpec {
        if (problem == null) {
            throw new IllegalArgumentException("an image problem is needed: bars, shapes or digits");
        }
        if (!problem.hasSide(side)) {
            throw new IllegalArgumentException(problem.label() + " images are made at " + sidesText(problem)
                    + " pixels a side, not " + side);
        }
        Limits.requireWithin("Images", images, 1, Limits.MAX_POINTS);
        if (!(noise >= 0.0 && noise <= 1.0)) {
            throw new IllegalArgumentException("noise must be between 0 and 1 (0 = none, 1 = a lot), was " + noise);
        }
        if (!(trainFraction >= MIN_TRAIN_FRACTION && trainFraction <= 1.0)) {
            throw new IllegalArgumentException("the training share must be between " + MIN_TRAIN_FRACTION
                    + " and 1, was " + trainFraction);
        }
        Limits.requireWithin("Test shift", testShift, 0, maxShift(side));
    }

    /** 500 images of the problem at its smallest side, no noise, 80 per cent for training, no shift. */
    public static ImageSpec of(ImageProblem problem, long seed) {
        return new ImageSpec(problem, problem.defaultSide(), 500, 0.0, 0.8, 0, seed);
    }

    /** The largest test shift for images of {@code side}: a quarter of the side, so figures stay mostly inside. */
    public static int maxShift(int side) {
        return side / 4;
    }

    public ImageSpec withSide(int value) {
        return new ImageSpec(problem, value, images, noise, trainFraction, testShift, seed);
    }

    public ImageSpec withImages(int value) {
        return new ImageSpec(problem, side, value, noise, trainFraction, testShift, seed);
    }

    public ImageSpec withNoise(double value) {
        return new ImageSpec(problem, side, images, value, trainFraction, testShift, seed);
    }

    public ImageSpec withTrainFraction(double value) {
        return new ImageSpec(problem, side, images, noise, value, testShift, seed);
    }

    public ImageSpec withTestShift(int value) {
        return new ImageSpec(problem, side, images, noise, trainFraction, value, seed);
    }

    public ImageSpec withSeed(long value) {
        return new ImageSpec(problem, side, images, noise, trainFraction, testShift, value);
    }

    /** Number of training images: round(images * trainFraction), at least 1. */
    public int trainCount() {
        int count = (int) Math.floor(images * trainFraction + 0.5);
        return Math.max(1, Math.min(images, count));
    }

    /**
     * Draws the images. The classes take turns (so every class has its share, within one image) in
     * a seeded random order; the first {@link #trainCount()} images are for training, the rest for
     * testing. Each image draws its figure, then its noise, from one generator in image order.
     */
    public ImageSplit generate() {
        Rng root = new Rng(seed);
        Rng orderRng = root.split();
        Rng drawRng = root.split();
        int classes = problem.classes();
        int[] labels = new int[images];
        for (int i = 0; i < images; i++) {
            labels[i] = i % classes;
        }
        orderRng.shuffleInPlace(labels);
        int trainCount = trainCount();
        int perImage = side * side;
        double[] trainPixels = new double[trainCount * perImage];
        double[] testPixels = new double[(images - trainCount) * perImage];
        Raster raster = new Raster(side);
        Placement trainPlace = testShift > 0 ? new Placement(true, 0, 0) : Placement.RANDOM;
        for (int i = 0; i < images; i++) {
            boolean train = i < trainCount;
            Placement place = train ? trainPlace : testShift > 0
                    ? new Placement(true, drawRng.nextInt(2 * testShift + 1) - testShift,
                            drawRng.nextInt(2 * testShift + 1) - testShift)
                    : Placement.RANDOM;
            raster.clear();
            problem.draw(raster, labels[i], place, drawRng);
            raster.addNoise(NOISE_SCALE * noise, drawRng);
            if (train) {
                raster.copyTo(trainPixels, i * perImage);
            } else {
                raster.copyTo(testPixels, (i - trainCount) * perImage);
            }
        }
        int[] trainLabels = java.util.Arrays.copyOfRange(labels, 0, trainCount);
        int[] testLabels = java.util.Arrays.copyOfRange(labels, trainCount, images);
        return new ImageSplit(new ImageSet(problem, side, trainPixels, trainLabels),
                new ImageSet(problem, side, testPixels, testLabels));
    }

    private static String sidesText(ImageProblem problem) {
        int[] sides = problem.sides();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sides.length; i++) {
            b.append(i == 0 ? "" : i == sides.length - 1 ? " or " : ", ").append(sides[i]);
        }
        return b.toString();
    }
}
