/**
 * Numbers as text, the same in every build: the number formatter and the decimal powers and
 * exponents it and the axis ticks use. Built from multiplication and comparison only, never
 * String.format, so the JVM, the JS and the wasm builds print the same characters. Every side of the
 * core (training, lessons, link, painters) may use it; it uses only {@code core.math}.
 */
package org.nnplayground.core.text;
