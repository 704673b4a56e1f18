package org.nnplayground.core.state.lab;

import java.util.List;

/**
 * The lessons on images (see {@link LabLessons}). Their outcomes, as ImageLessonsTest measures
 * them, are in each lesson's caption and in the README.
 */
final class ImageLessons {
    /** One filter learns an edge: bars, two 3x3 filters, global max pooling, softmax (26 parameters). */
    static final LabLesson EDGE = new LabLesson("edge", "One filter learns an edge",
            "Bars, horizontal or vertical, anywhere in an 8\u00d78 image, with noise. Two 3\u00d73 filters slide over the "
                    + "whole image, global max pooling keeps each filter's strongest response wherever it was, and a softmax "
                    + "decides: 26 parameters in all. Step a few epochs and watch the Filters view: one filter turns into a "
                    + "horizontal stroke and the other into a vertical one, bar detectors that fire wherever the bar lies, and "
                    + "the test accuracy reaches 100 per cent within two epochs. A dense network with ten times the parameters "
                    + "(no image layers, one dense layer of 4: 270 parameters) gets about 80 per cent after ten epochs: it has "
                    + "to learn every place a bar can be on its own.",
            "lab=bars&side=8&n=400&noise=0.3&train=0.5&shift=0&layers=c2k3s1-relu,gmax&dense=&dact=relu"
                    + "&seed=1&lr=0.1&batch=10&opt=sgd&clip=0&speed=1&sel=1");

    /** Why convolution: digits trained centred and tested moved by up to 2 pixels. */
    static final LabLesson WHY_CONVOLUTION = new LabLesson("why-convolution", "Why convolution",
            "Digits trained centred and tested moved by up to two pixels each way. This convnet of 8 and 16 filters of "
                    + "3\u00d73, each followed by max pooling, then global max pooling, has 1,418 parameters; after five epochs "
                    + "it gets every training digit and about three quarters of the moved test digits right (76.5 per cent). "
                    + "A dense network of 64 neurons has seven times the parameters (9,930) and also learns every training "
                    + "digit, but gets only 19 per cent of the moved ones, near the 10 per cent of guessing: it learned where "
                    + "the strokes were, not what they look like. A filter is the same at every place, so a convnet sees a "
                    + "moved stroke as the same stroke. Look at the confusion matrix, then try the dense network.",
            "lab=digits&side=12&n=1000&noise=0.1&train=0.8&shift=2&layers=c8k3s1-relu,max,c16k3s1-relu,max,gmax&dense="
                    + "&dact=relu&seed=1&lr=0.1&batch=10&opt=sgd&clip=0&speed=1&sel=1");

    /** Digits: a small convnet to test with one's own drawing. */
    static final LabLesson DIGITS = new LabLesson("digits", "Digits: draw your own",
            "A small convnet learns the digits 0 to 9 drawn in many sizes, places and thicknesses, with noise: 8 and then "
                    + "16 filters of 3\u00d73, each followed by max pooling, and a softmax over the ten classes. Let it train "
                    + "for a few epochs, then draw a digit on the pad under Draw your own: the probabilities and the feature "
                    + "maps follow your pen. Draw a digit small, large or off to one side and see when it still knows it.",
            "lab=digits&side=12&n=1000&noise=0.3&train=0.8&shift=0&layers=c8k3s1-relu,max,c16k3s1-relu,max&dense="
                    + "&dact=relu&seed=1&lr=0.1&batch=10&opt=sgd&clip=0&speed=1&sel=1");

    private ImageLessons() {
    }

    static List<LabLesson> all() {
        return List.of(EDGE, WHY_CONVOLUTION, DIGITS);
    }
}
