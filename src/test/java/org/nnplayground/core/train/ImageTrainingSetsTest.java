package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Shape;

class ImageTrainingSetsTest {
    @Test
    void eachImageIsOneInputRowWithAOneHotTarget() {
        ImageSet images = new ImageSpec(ImageProblem.DIGITS, 12, 40, 0.1, 1.0, 0, 2).generate().train();
        TrainingData data = ImageTrainingSets.from(images, Activation.SOFTMAX);
        assertEquals(40, data.size());
        assertEquals(144, data.inputSize());
        assertEquals(10, data.outputSize());
        assertEquals(Shape.of(1, 12, 12), ImageTrainingSets.inputShape(images));
        for (int i = 0; i < 40; i++) {
            assertEquals(images.label(i), data.label(i));
            for (int c = 0; c < 10; c++) {
                assertEquals(c == images.label(i) ? 1.0 : 0.0, data.target(i, c));
            }
            for (int p = 0; p < 144; p++) {
                assertEquals(images.pixel(i, p % 12, p / 12), data.input(i, p));
            }
        }
        TrainingData tanh = ImageTrainingSets.from(images, Activation.TANH);
        assertEquals(-1.0, tanh.target(0, images.label(0) == 0 ? 1 : 0));
    }
}
