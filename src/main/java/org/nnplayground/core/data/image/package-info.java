/**
 * Generated image problems for convolutional networks: bars, shape outlines and digits drawn from
 * the project's own stroke font, each image one channel of {@code side x side} pixels in [0, 1].
 *
 * <p>Like the rest of {@code core.data}, everything is seeded: an {@link
 * org.nnplayground.core.data.image.ImageSpec} always draws the same {@link
 * org.nnplayground.core.data.image.ImageSplit}, bit for bit, on the JVM and in both browser builds,
 * because randomness comes only from {@link org.nnplayground.core.math.Rng} (whose Gaussian noise
 * uses {@link org.nnplayground.core.math.DetMath}) and the drawing uses only +, -, *, / and the
 * correctly rounded square root. This package uses only the base layers; turning
 * images into network inputs is {@code core.train}'s job.
 */
package org.nnplayground.core.data.image;
