/**
 * Seeded dataset generators and the 2-D input features a network can be fed.
 *
 * <p>Everything here is deterministic: a {@link org.nnplayground.core.data.DataSpec} always yields the
 * same {@link org.nnplayground.core.data.DataSplit}, bit for bit, on the JVM and in both browser builds,
 * because randomness comes only from {@link org.nnplayground.core.math.Rng} and transcendentals only
 * from {@link org.nnplayground.core.math.DetMath}. That is what lets a shared link replay a run.
 */
package org.nnplayground.core.data;
