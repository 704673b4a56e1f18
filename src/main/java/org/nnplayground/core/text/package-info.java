/**
 * Numbers as text, the same in every build: the number formatter and the decimal powers and
 * exponents it and the axis ticks use; and the field format of the records kept in the browser's
 * storage ({@link org.nnplayground.core.text.KeptFields}), shared by the data and state records. Built from multiplication and comparison only, never
 * String.format, so the JVM, the JS and the wasm builds print the same characters. Every side of the
 * core (training, lessons, link, painters) may use it; it uses only {@code core.math}.
 */
package org.nnplayground.core.text;
