package org.nnplayground.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The style sheet's blocks close where they should: every brace is matched, and a block nests only
 * inside an at-rule (@media, @supports, ...). An unclosed rule would otherwise nest every rule after
 * it (CSS nesting), which browsers accept silently and which quietly changes what those rules match.
 */
class StyleSheetTest {
    @Test
    void everyRuleIsClosedAndOnlyAtRulesHoldRules() throws IOException {
        String css = Files.readString(Path.of("web/style.css"), StandardCharsets.UTF_8);
        Deque<String> open = new ArrayDeque<>();
        int line = 1;
        int start = 0;
        boolean comment = false;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (comment) {
                if (c == '*' && i + 1 < css.length() && css.charAt(i + 1) == '/') {
                    comment = false;
                    i++;
                    start = i + 1;
                }
                continue;
            }
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                comment = true;
                continue;
            }
            if (c == '{') {
                String selector = css.substring(start, i).trim();
                if (!open.isEmpty()) {
                    assertTrue(open.peek().startsWith("@"), "line " + line + ": '" + selector + "' opens inside '" + open.peek()
                            + "', which is not an at-rule (a rule left unclosed above?)");
                }
                open.push(selector);
                start = i + 1;
            } else if (c == '}') {
                assertTrue(!open.isEmpty(), "line " + line + ": a '}' closes nothing");
                open.pop();
                start = i + 1;
            } else if (c == ';') {
                start = i + 1;
            }
        }
        assertEquals(0, open.size(), "blocks left open at the end: " + open);
    }
}
