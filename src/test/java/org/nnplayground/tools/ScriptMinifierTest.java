package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptMinifierTest {
    /**
     * A stand-in for esbuild's package: its transformSync appends the options it was given, one
     * line per file, to calls.txt and "minifies" to the loader's name and the length of the text.
     */
    private static final String FAKE_ESBUILD = "const fs = require('fs');"
            + " exports.transformSync = (code, o) => {"
            + " fs.appendFileSync(__dirname + '/calls.txt', JSON.stringify(o) + '\\n');"
            + " if (code.includes('syntax error')) { throw new Error(o.sourcefile + ':1:0: ERROR: Unexpected \"error\"'); }"
            + " return { code: o.loader + ':' + code.length, warnings: code.includes('warn')"
            + " ? [{ text: 'Duplicate key', location: { line: 2 } }] : [] }; };";

    @Test
    void everyScriptAndStyleSheetOfTheSourcesIsWrittenMinifiedIntoTheSite(@TempDir Path dir) throws Exception {
        assumeTrue(NpmToolTest.nodeRuns(), "needs Node.js on the PATH");
        Path esbuild = fakeEsbuild(dir);
        Path web = Files.createDirectories(dir.resolve("web"));
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(web.resolve("loader.js"), "var a = 1; // twelve");
        Files.writeString(web.resolve("style.css"), "p { color: red }");
        Files.writeString(web.resolve("index.html"), "<p>page</p>");
        for (String name : List.of("loader.js", "style.css", "index.html")) {
            Files.copy(web.resolve(name), site.resolve(name));
        }
        List<Path> written = ScriptMinifier.minify(web, site, esbuild);
        assertEquals(List.of(site.resolve("loader.js"), site.resolve("style.css")), written);
        assertEquals("js:20", Files.readString(site.resolve("loader.js")));
        assertEquals("css:16", Files.readString(site.resolve("style.css")));
        assertEquals("<p>page</p>", Files.readString(site.resolve("index.html")), "only scripts and style sheets");
        assertEquals("var a = 1; // twelve", Files.readString(web.resolve("loader.js")), "the source stays");
        List<String> calls = Files.readAllLines(esbuild.resolve("calls.txt"));
        assertEquals(2, calls.size(), calls.toString());
        String js = calls.get(0);
        assertTrue(js.contains("\"loader\":\"js\"") && js.contains("\"minify\":true") && js.contains("\"charset\":\"ascii\"")
                && js.contains("\"target\":\"es2015\""), js);
        String css = calls.get(1);
        assertTrue(css.contains("\"loader\":\"css\"") && css.contains("\"minify\":true") && css.contains("\"charset\":\"ascii\""), css);
        assertFalse(css.contains("target"), "no CSS feature is rewritten for older browsers: " + css);
    }

    @Test
    void aScriptEsbuildCannotReadStopsTheBuildWithEsbuildsMessage(@TempDir Path dir) throws Exception {
        Path web = webWith(dir, "broken.js", "a syntax error");
        Path esbuild = fakeEsbuild(dir);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScriptMinifier.minify(web, dir.resolve("site"), esbuild));
        assertTrue(e.getMessage().startsWith("esbuild failed"), e.getMessage());
        assertTrue(e.getMessage().contains("broken.js:1:0: ERROR: Unexpected \"error\""), e.getMessage());
    }

    @Test
    void esbuildsWarningsArePrintedWithTheirFileAndLine(@TempDir Path dir) throws Exception {
        Path web = webWith(dir, "warns.js", "var o = {a: 1,\n a: 2}; // warn");
        Path esbuild = fakeEsbuild(dir);
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ScriptMinifier.minify(web, dir.resolve("site"), esbuild);
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("nn-playground: esbuild warning: " + web.resolve("warns.js").toAbsolutePath() + ":2: Duplicate key"), text);
        assertTrue(text.contains("nn-playground: esbuild warns.js: "), text);
    }

    @Test
    void missingArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScriptMinifier.main(new String[] {"--from", "web", "--to", "target/site"}));
        assertEquals("usage: ScriptMinifier --from DIR --to DIR --esbuild VERSION --cache DIR", e.getMessage());
    }

    /**
     * The build's own esbuild (the version pom.xml fixes, where the build installed it) keeps what the
     * site relies on: top-level names, the meaning of the code, ASCII only, and no syntax newer than
     * ES2015. Skipped where the build has not installed it (a JVM-only run on a fresh machine).
     */
    @Test
    void theBuildsEsbuildKeepsTopLevelNamesAndMeaningAndWritesAsciiOfTheSourcesLevel(@TempDir Path dir) throws Exception {
        String version = System.getProperty("esbuild.version");
        String cache = System.getProperty("wasm.opt.cache");
        assumeTrue(version != null && cache != null, "run by Maven, which names the build's esbuild");
        Path esbuild = Path.of(cache, "esbuild-" + version, "node_modules", "esbuild");
        assumeTrue(Files.isRegularFile(esbuild.resolve("lib/main.js")) && NpmToolTest.nodeRuns(),
                "esbuild " + version + " is installed by the web build into " + cache);
        Path web = Files.createDirectories(dir.resolve("web"));
        Path site = dir.resolve("site");
        String script = "\"use strict\";\n"
                + "/* A comment that goes. */\n"
                + "function nnpGreeting(someLongArgumentName) {\n"
                + "  var greeting = someLongArgumentName != null ? someLongArgumentName : \"caf\u00e9\";\n"
                + "  greeting = greeting || \"none\";\n"
                + "  return greeting + \" \" + Math.pow(2, 3);\n"
                + "}\n";
        Files.writeString(web.resolve("page.js"), script, StandardCharsets.UTF_8);
        Files.writeString(web.resolve("look.css"), "/* the look */\n.nnp-a {\n  color: #ff0000;\n}\n", StandardCharsets.UTF_8);
        ScriptMinifier.minify(web, site, esbuild);

        String minified = Files.readString(site.resolve("page.js"), StandardCharsets.UTF_8);
        assertTrue(minified.length() < script.length() * 3 / 4, minified);
        assertTrue(AsciiScripts.isAscii(minified), minified);
        assertTrue(minified.startsWith("\"use strict\";"), minified);
        assertTrue(minified.contains("function nnpGreeting("), "the top-level name stays: " + minified);
        assertFalse(minified.contains("someLongArgumentName") || minified.contains("comment"), minified);
        for (String newer : List.of("??", "||=", "**", "=>")) {
            assertFalse(minified.contains(newer), "nothing newer than ES2015 (" + newer + "): " + minified);
        }
        String run = minified + "\nconsole.log([nnpGreeting(), nnpGreeting(\"hi\")].map(s => Array.from(s, c => c.charCodeAt(0)).join(\",\")).join(\";\"));";
        String expected = "99,97,102,233,32,56;104,105,32,56";
        assertEquals(expected, NpmTool.run(List.of(NpmTool.node(), "-"), run, "the minified script").strip());

        String css = Files.readString(site.resolve("look.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains(".nnp-a{color:red}") || css.contains(".nnp-a{color:#f00}"), css);
        assertFalse(css.contains("look"), css);
    }

    /** A web/ directory under {@code dir} with one file, for a test that runs Node.js (else skipped). */
    private static Path webWith(Path dir, String name, String text) throws Exception {
        assumeTrue(NpmToolTest.nodeRuns(), "needs Node.js on the PATH");
        Path web = Files.createDirectories(dir.resolve("web"));
        Files.writeString(web.resolve(name), text);
        return web;
    }

    private static Path fakeEsbuild(Path dir) throws Exception {
        Path esbuild = Files.createDirectories(dir.resolve("node_modules/esbuild"));
        Files.writeString(esbuild.resolve("index.js"), FAKE_ESBUILD);
        return esbuild;
    }
}
