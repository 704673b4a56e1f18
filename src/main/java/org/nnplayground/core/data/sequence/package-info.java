/**
 * Seeded sequence problems: echo, running and final parity, running sum and count, the adding
 * problem, sine continuation and next character on a text. Each gives {@link
 * org.nnplayground.core.data.sequence.SequenceData}: per sample a flat steps x features input and a
 * flat target (every step's, or the last step's only), split into training and test sequences.
 *
 * <p>As with the 2-D data sets, randomness comes only from {@link org.nnplayground.core.math.Rng}
 * and transcendentals only from {@link org.nnplayground.core.math.DetMath}, so the same parameters
 * and seed give the same bits on the JVM and in both browser builds. The package sits in the data
 * layer: it uses the base packages only; the trainer turns its samples into training data.
 */
package org.nnplayground.core.data.sequence;
