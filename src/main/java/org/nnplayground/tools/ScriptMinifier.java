package org.nnplayground.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build's step that ships the hand-written scripts and style sheets small: every {@code .js} and
 * {@code .css} file of web/ is minified with esbuild into the built site, over the verbatim copy,
 * while web/ stays the readable source. The loader and the style sheet are on every page, and their
 * comments and long local names are most of their weight. Run by pom.xml after web/ is copied:
 * {@code ScriptMinifier --from web --to SITE --esbuild VERSION --cache DIR}.
 *
 * <p>What the minified files must keep, and why esbuild's options give it:
 * <ul>
 *   <li>The names other code uses: the pages, the tests and the Java side's {@code @JSBody} code
 *       reach the scripts through globals ({@code window.nnPlaygroundLoader}, the worker's
 *       top-level functions) and properties. Each file is transformed alone as a classic script,
 *       not bundled and not a module, and esbuild then renames only names local to a function;
 *       top-level names and property names stay.</li>
 *   <li>ASCII only ({@code charset: ascii}): every character above 0x7F becomes an escape, as
 *       {@link AsciiScripts} makes of the rest of the site.</li>
 *   <li>The language level of the sources: scripts are written for ES2015 ({@code target: es2015}),
 *       so the minifier brings in no newer syntax (such as {@code ??} or {@code ||=}) that a browser
 *       running the JavaScript build might lack. Style sheets get no target: esbuild then rewrites
 *       no CSS feature for older browsers.</li>
 * </ul>
 * Nothing is evaluated at run time, so the Content-Security-Policy needs nothing new.
 *
 * <p>esbuild comes from the npm registry (package {@code esbuild}, a native binary for each
 * platform behind a JavaScript API that Node.js runs) at the fixed version given, installed once
 * into the cache directory and reused ({@link NpmTool}).
 */
public final class ScriptMinifier {
    /**
     * Run by Node.js, read from its standard input: arguments are esbuild's package directory, then
     * pairs of input and output files. Warnings are printed, one a line, after "warning: ".
     */
    static final String DRIVER = """
            "use strict";
            var fs = require("fs");
            var args = process.argv.slice(2);
            var esbuild = require(args[0]);
            for (var i = 1; i + 1 < args.length; i += 2) {
              var input = args[i];
              var css = /\\.css$/.test(input);
              var options = { loader: css ? "css" : "js", minify: true, charset: "ascii", sourcefile: input };
              if (!css) {
                options.target = "es2015";
              }
              var result = esbuild.transformSync(fs.readFileSync(input, "utf8"), options);
              result.warnings.forEach(function (w) {
                console.log("warning: " + input + (w.location ? ":" + w.location.line : "") + ": " + w.text);
              });
              fs.writeFileSync(args[i + 1], result.code);
            }
            """;

    private ScriptMinifier() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!List.of("--from", "--to", "--esbuild", "--cache").contains(args[i])) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        if (options.size() != 4 || args.length != 8) {
            throw new IllegalArgumentException("usage: ScriptMinifier --from DIR --to DIR --esbuild VERSION --cache DIR");
        }
        String version = options.get("--esbuild");
        Path esbuild = installEsbuild(version, Path.of(options.get("--cache")).resolve("esbuild-" + version));
        minify(Path.of(options.get("--from")), Path.of(options.get("--to")), esbuild);
    }

    /**
     * Writes every {@code .js} and {@code .css} file directly in {@code from}, minified by the esbuild
     * package in directory {@code esbuild}, to the file of the same name in {@code to}; returns the
     * files written. The sources are left as they are.
     */
    static List<Path> minify(Path from, Path to, Path esbuild) throws IOException, InterruptedException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(from)) {
            sources = files.filter(f -> Files.isRegularFile(f) && isScriptOrStyle(f.getFileName().toString()))
                    .sorted().toList();
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        Files.createDirectories(to);
        List<String> command = new ArrayList<>(List.of(NpmTool.node(), "-", esbuild.toAbsolutePath().toString()));
        List<Path> outputs = new ArrayList<>();
        for (Path source : sources) {
            Path output = to.resolve(source.getFileName().toString());
            command.add(source.toAbsolutePath().toString());
            command.add(output.toAbsolutePath().toString());
            outputs.add(output);
        }
        String printed = NpmTool.run(command, DRIVER, "esbuild");
        printed.lines().filter(line -> !line.isBlank())
                .forEach(line -> System.out.println("nn-playground: esbuild " + line));
        for (int i = 0; i < sources.size(); i++) {
            System.out.println("nn-playground: esbuild " + sources.get(i).getFileName() + ": "
                    + GzipSize.change(Files.readAllBytes(sources.get(i)), Files.readAllBytes(outputs.get(i))));
        }
        return outputs;
    }

    private static boolean isScriptOrStyle(String name) {
        return name.endsWith(".js") || name.endsWith(".css");
    }

    /**
     * The directory of the esbuild package at {@code version} under {@code dir}, installed there with
     * npm first when it is missing.
     */
    static Path installEsbuild(String version, Path dir) throws IOException, InterruptedException {
        return NpmTool.install("esbuild", version, dir, "lib/main.js").getParent().getParent();
    }
}
