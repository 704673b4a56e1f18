package org.nnplayground.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * TeaVM 0.16's JavaScript output drops the parentheses of a right operand that has the same
 * precedence as a {@code +} or {@code *}: {@code a + (b - c)} is emitted as {@code a + b - c} and
 * {@code a * (b / c)} as {@code a * b / c}. With doubles that changes the result, and the JS build
 * would no longer give the JVM's bits. So the core never writes such an expression: it puts the
 * compound operand on the left ({@code (b - c) + a}) or rewrites it ({@code a * b / c}).
 *
 * <p>This rule finds the written form. The same thing can arise when TeaVM inlines a local variable
 * into an expression; the cross-runtime browser test ({@code DeterminismIT}) catches that.
 */
class JsArithmeticRuleTest {
    private static final Path CORE = Path.of("src/main/java/org/nnplayground/core");

    @Test
    void coreHasNoRightNestedSumsOrProducts() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(CORE)) {
            for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".java"))::iterator) {
                files++;
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    String code = stripCommentsAndStrings(lines.get(i));
                    String problem = rightNested(code, lines, i);
                    if (problem != null) {
                        found.add(CORE.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertTrue(files > 20, "the core's sources were not found from " + Path.of("").toAbsolutePath());
        assertEquals(List.of(), found, "rewrite these so that the JS build computes what the JVM computes");
    }

    @Test
    void theRuleSeesTheForms() {
        assertTrue(rightNested("return 1.0 + (hi - lo);", List.of(), 0) != null);
        assertTrue(rightNested("double y = a * (b / c);", List.of(), 0) != null);
        assertTrue(rightNested("double y = a * (b * c);", List.of(), 0) != null);
        assertEquals(null, rightNested("double y = (b - c) + a;", List.of(), 0));
        assertEquals(null, rightNested("double y = a * (b + c);", List.of(), 0));
        assertEquals(null, rightNested("double y = a + (b - c) * d;", List.of(), 0));
        assertEquals(null, rightNested("double y = z * (1.0 / 6);", List.of(), 0), "constants fold at compile time");
        assertEquals(null, rightNested("int k = (int) (x + 0.5);", List.of(), 0));
        assertEquals(null, rightNested("String s = \"\" + (i + 1);", List.of(), 0));
    }

    private static String stripCommentsAndStrings(String line) {
        String code = line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(\\\\.|[^'\\\\])'", "' '");
        int comment = code.indexOf("//");
        if (comment >= 0) {
            code = code.substring(0, comment);
        }
        String trimmed = code.trim();
        return trimmed.startsWith("*") || trimmed.startsWith("/*") ? "" : code;
    }

    /** The offending operator position, or null. Continuation lines are joined for the operand. */
    static String rightNested(String code, List<String> lines, int index) {
        StringBuilder text = new StringBuilder(code);
        for (int k = index + 1; k < Math.min(lines.size(), index + 4); k++) {
            text.append(' ').append(stripCommentsAndStrings(lines.get(k)));
        }
        String s = text.toString();
        for (int i = 0; i < code.length(); i++) {
            char op = code.charAt(i);
            if (op != '+' && op != '*') {
                continue;
            }
            if (op == '+' && ((i + 1 < code.length() && (code.charAt(i + 1) == '+' || code.charAt(i + 1) == '='))
                    || (i > 0 && code.charAt(i - 1) == '+'))) {
                continue;
            }
            if (op == '+' && code.substring(0, i).trim().endsWith("\"\"")) {
                continue; // string concatenation: TeaVM builds strings with calls, not with +
            }
            int open = i + 1;
            while (open < s.length() && s.charAt(open) == ' ') {
                open++;
            }
            if (open >= s.length() || s.charAt(open) != '(') {
                continue;
            }
            int close = matching(s, open);
            if (close < 0) {
                continue;
            }
            String inner = s.substring(open + 1, close).trim();
            if (inner.matches("(int|long|double|float)") || inner.contains("\"\"")) {
                continue;
            }
            String after = s.substring(close + 1).trim();
            if (!after.isEmpty() && "*/.[".indexOf(after.charAt(0)) >= 0) {
                continue; // the group is a factor of a product (or a call): it is not the operand itself
            }
            String ops = topLevelOperators(inner);
            boolean additive = ops.indexOf('+') >= 0 || ops.indexOf('-') >= 0;
            boolean multiplicative = ops.indexOf('*') >= 0 || ops.indexOf('/') >= 0;
            if (op == '+' && additive) {
                return "+";
            }
            if (op == '*' && !additive && multiplicative && !inner.matches("[-0-9.eEL ]+/[-0-9.eEL ]+")) {
                return "*";
            }
        }
        return null;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int j = open; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** Binary operators outside any parentheses or brackets (unary signs left out). */
    private static String topLevelOperators(String s) {
        StringBuilder ops = new StringBuilder();
        int depth = 0;
        char prev = '(';
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && "+-*/".indexOf(c) >= 0 && "(,=+-*/?:<>&|!".indexOf(prev) < 0
                    && !(Character.toLowerCase(prev) == 'e' && j >= 2 && Character.isDigit(s.charAt(j - 2)))) {
                ops.append(c);
            }
            if (c != ' ') {
                prev = c;
            }
        }
        return ops.toString();
    }
}
