package org.nnplayground.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scripts and styles in web/ are ASCII only. They are loaded into other people's
 * pages, and a browser decodes a script or style sheet that comes without a charset in the encoding
 * of the page that loads it; ASCII reads the same in all of them. (The built js/app.js is escaped by
 * the build, see {@link org.nnplayground.tools.AsciiScripts}; ShippedScriptsIT checks the built site.)
 */
class AsciiScriptsSourceTest {
    @Test
    void webScriptsAndStylesAreAsciiOnly() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of("web"))) {
            files = all.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".css")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "web/ has scripts");
        List<String> offending = new ArrayList<>();
        for (Path f : files) {
            offending.addAll(nonAsciiLines(f));
        }
        assertEquals(List.of(), offending, "write non-ASCII characters as \\uXXXX (scripts) or \\XXXX (CSS)");
    }

    /** "file:line" for each line of {@code file} that has a byte above 0x7F. */
    static List<String> nonAsciiLines(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).chars().anyMatch(c -> c >= 0x80)) {
                result.add(file + ":" + (i + 1));
            }
        }
        return result;
    }
}
