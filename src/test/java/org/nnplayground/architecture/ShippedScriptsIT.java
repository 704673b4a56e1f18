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
 * Every script and style sheet of the built site (target/site: web/ and both TeaVM outputs) is
 * ASCII only, so that it means the same whatever encoding the page that loads it has. Runs after the
 * build (failsafe), which escapes TeaVM's js/app.js.
 */
class ShippedScriptsIT {
    private static Path siteDir() {
        return Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath().normalize();
    }

    @Test
    void everyShippedScriptAndStyleSheetIsAsciiOnly() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(siteDir())) {
            files = all.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".css")).sorted().toList();
        }
        assertTrue(files.contains(siteDir().resolve("js/app.js")), "the JavaScript build is there: " + files);
        assertTrue(files.contains(siteDir().resolve("wasm/app.wasm-runtime.js")), "the wasm runtime is there: " + files);
        List<String> offending = new ArrayList<>();
        for (Path f : files) {
            offending.addAll(AsciiScriptsSourceTest.nonAsciiLines(f));
        }
        assertEquals(List.of(), offending);
    }
}
