package org.nnplayground.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The style sheets' blocks close where they should: every brace is matched, and a block nests only
 * inside an at-rule (@media, @supports, ...). An unclosed rule would otherwise nest every rule after
 * it (CSS nesting), which browsers accept silently and which quietly changes what those rules match.
 * And the sequence and image playground's rules are in lab.css, which the points page does not load:
 * every rule of lab.css is of that playground (its classes start nnp-lab or nnp-image), and no rule
 * of style.css is only of it.
 */
class StyleSheetTest {
    private static final String[] SHEETS = {"web/style.css", "web/lab.css"};

    @Test
    void everyRuleIsClosedAndOnlyAtRulesHoldRules() throws IOException {
        for (String sheet : SHEETS) {
            rules(sheet);
        }
    }

    @Test
    void theSequenceAndImageRulesAreInTheirOwnSheet() throws IOException {
        List<String> labRules = rules("web/lab.css");
        assertTrue(labRules.size() > 40, "lab.css holds the lab page's rules: " + labRules.size());
        for (String selector : labRules) {
            assertTrue(labOnly(selector), "lab.css: '" + selector + "' is not only of the sequence and image playground");
        }
        for (String selector : rules("web/style.css")) {
            assertTrue(!labOnly(selector), "style.css: '" + selector + "' belongs in lab.css");
        }
    }

    private static boolean labOnly(String selector) {
        for (String part : selector.split(",")) {
            if (!part.contains(".nnp-lab") && !part.contains(".nnp-image")) {
                return false;
            }
        }
        return true;
    }

    /** The selectors of the rules of {@code sheet} (at-rules left out, the rules inside them in), checking its blocks. */
    private static List<String> rules(String sheet) throws IOException {
        String css = Files.readString(Path.of(sheet), StandardCharsets.UTF_8);
        List<String> selectors = new ArrayList<>();
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
                    assertTrue(open.peek().startsWith("@"), sheet + " line " + line + ": '" + selector + "' opens inside '"
                            + open.peek() + "', which is not an at-rule (a rule left unclosed above?)");
                }
                if (!selector.startsWith("@")) {
                    selectors.add(selector);
                }
                open.push(selector);
                start = i + 1;
            } else if (c == '}') {
                assertTrue(!open.isEmpty(), sheet + " line " + line + ": a '}' closes nothing");
                open.pop();
                start = i + 1;
            } else if (c == ';') {
                start = i + 1;
            }
        }
        assertEquals(0, open.size(), sheet + ": blocks left open at the end: " + open);
        return selectors;
    }
}
