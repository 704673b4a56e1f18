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
 * ASCII only, so that it means the same whatever encoding the page that loads it has, and those of
 * web/ are shipped minified. Runs after the build (failsafe), which escapes TeaVM's js/app.js and
 * minifies web/'s files.
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

    /**
     * Each script and style sheet of web/ is shipped minified (ScriptMinifier, run by the build): well
     * under its readable source's size, its comments and line breaks gone.
     */
    @Test
    void everyScriptAndStyleSheetOfWebIsShippedMinified() throws IOException {
        List<Path> sources;
        try (Stream<Path> all = Files.list(Path.of("web"))) {
            sources = all.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".css")).sorted().toList();
        }
        assertTrue(sources.stream().anyMatch(f -> f.endsWith("loader.js")), "web/ is there: " + sources);
        List<String> unminified = new ArrayList<>();
        for (Path source : sources) {
            Path shipped = siteDir().resolve(source.getFileName().toString());
            long lines;
            try (Stream<String> all = Files.lines(shipped)) {
                lines = all.count();
            }
            if (Files.size(shipped) * 4 > Files.size(source) * 3 || lines > 3) {
                unminified.add(shipped + ": " + Files.size(shipped) + " bytes on " + lines + " lines, the source "
                        + Files.size(source) + " bytes");
            }
        }
        assertEquals(List.of(), unminified);
    }
}
