/**
 * A small expression language for targets typed by a person: y = f(x) for curves, z = f(x1, x2)
 * for surfaces and rules such as {@code x1 * x2 > 0} for two classes.
 *
 * <p>Text is read by a hand-written recursive-descent parser (never by a script engine) into a
 * postfix program, and evaluated with {@link org.nnplayground.core.math.DetMath}, so a formula gives
 * the same bits on the JVM and in both browser builds. Errors name the character where reading
 * stopped; input is bounded in length and nesting depth, so hostile text costs little.
 */
package org.nnplayground.core.formula;
