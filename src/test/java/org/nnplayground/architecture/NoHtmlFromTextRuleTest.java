package org.nnplayground.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text from a link (or anywhere else) can become markup: the page's scripts (web/*.js, scripts in
 * web/*.html) and the Java glue (its {@code @JSBody} scripts and JSO calls) never parse HTML from a
 * string. Text goes in through textContent and attributes only. This rule finds every way of
 * parsing a string as HTML, so none can slip in later; there is no allowed use.
 */
class NoHtmlFromTextRuleTest {
    /** Sinks that parse a string as HTML or write it into the document, in JavaScript and in TeaVM's JSO. */
    static final String[] SINKS = {"innerhtml", "outerhtml", "insertadjacenthtml", "document.write", ".writeln(",
        "createcontextualfragment", "domparser", "srcdoc", "sethtmlunsafe", "parsehtmlunsafe"};

    @Test
    void noScriptOrGlueParsesTextAsHtml() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> web = Files.list(Path.of("web"))) {
            web.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).forEach(files::add);
        }
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            java.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        assertTrue(files.stream().anyMatch(p -> p.endsWith("loader.js")), "web/ was not found from " + Path.of("").toAbsolutePath());
        assertTrue(files.size() > 50, "the sources were not found");
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String sink = sinkIn(lines.get(i));
                if (sink != null) {
                    found.add(file + ":" + (i + 1) + ": " + sink + " in: " + lines.get(i).trim());
                }
            }
        }
        assertEquals(List.of(), found, "set text with textContent (Dom.text in Java) and build elements with createElement");
    }

    @Test
    void theRuleSeesTheSinks() {
        assertEquals("innerhtml", sinkIn("  box.innerHTML = text;"));
        assertEquals("innerhtml", sinkIn("element.setInnerHTML(fragment);"));
        assertEquals("insertadjacenthtml", sinkIn("@JSBody(script = \"e.insertAdjacentHTML('beforeend', s);\")"));
        assertEquals("document.write", sinkIn("document.write(x)"));
        assertEquals(null, sinkIn("box.textContent = text;"));
    }

    /** The first sink named on a line (case-insensitive), or null. */
    static String sinkIn(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String sink : SINKS) {
            if (lower.contains(sink)) {
                return sink;
            }
        }
        return null;
    }
}
