package org.nnplayground.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's post-link step for the WebAssembly GC build: runs binaryen's {@code wasm-opt} over
 * TeaVM's app.wasm in place, which makes it about an eighth smaller (gzip) without changing what it
 * computes. Run by pom.xml after TeaVM:
 * {@code WasmOptimizer --wasm FILE --binaryen VERSION --cache DIR [--level -Oz]}. The level is wasm-opt's
 * passes, one or more separated by blanks: the pages' own modules take {@code -Oz --converge}, which
 * repeats the passes while they shrink the module (about 0.9 KB gzip less for the points module, in
 * twice the time of one {@code -Oz}).
 *
 * <p>binaryen comes from the npm registry (package {@code binaryen}, which ships {@code wasm-opt}
 * compiled to JavaScript, so Node.js runs it on any platform) at the fixed version given, installed
 * once into the cache directory and reused ({@link NpmTool}). Without Node.js and npm the build stops
 * with a message that says what is missing.
 *
 * <p>Only the WebAssembly features TeaVM's output uses are enabled, so the optimizer brings in no
 * other (an engine with final WebAssembly GC runs the result; binaryen's {@code -all} would allow
 * newer proposals such as exact reference types, which Chromium 156 rejects). The world stays open
 * (no {@code --closed-world}): TeaVM hands function references to its JavaScript runtime, which
 * calls them, and a closed-world optimizer assumes that never happens and empties such functions
 * (given a caller inside the module, those functions stay whole, but then the closed world saved
 * only 4 KB more of 351: not worth the extra step). binaryen performs no floating-point rewrites that change results without {@code --fast-math},
 * so the module computes the same bits (the fingerprint browser tests check it).
 */
public final class WasmOptimizer {
    /** The features of TeaVM 0.16's output; nothing newer may appear in the optimized module. */
    static final List<String> FEATURES = List.of("--enable-gc", "--enable-reference-types",
            "--enable-exception-handling", "--enable-bulk-memory", "--enable-sign-ext",
            "--enable-nontrapping-float-to-int", "--enable-mutable-globals");

    private WasmOptimizer() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path wasm = null;
        String version = null;
        Path cache = null;
        String level = "-Oz";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--wasm" -> wasm = Path.of(args[i + 1]);
                case "--binaryen" -> version = args[i + 1];
                case "--cache" -> cache = Path.of(args[i + 1]);
                case "--level" -> level = args[i + 1];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (wasm == null || version == null || cache == null || args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: WasmOptimizer --wasm FILE --binaryen VERSION --cache DIR [--level -Oz]");
        }
        Path wasmOpt = installBinaryen(version, cache.resolve("binaryen-" + version));
        optimize(wasm, wasmOpt, level);
    }

    /** Optimizes {@code wasm} in place with the wasm-opt script {@code wasmOpt} (run by Node.js). */
    static void optimize(Path wasm, Path wasmOpt, String level) throws IOException, InterruptedException {
        byte[] before = Files.readAllBytes(wasm);
        Path work = Files.createTempDirectory("nnp-wasm-opt");
        try {
            Path in = work.resolve("in.wasm");
            Path out = work.resolve("out.wasm");
            Files.write(in, before);
            List<String> command = new ArrayList<>(List.of(NpmTool.node(), wasmOpt.toString(), in.toString()));
            command.addAll(FEATURES);
            for (String pass : level.trim().split(" +")) {
                command.add(pass);
            }
            command.addAll(List.of("-o", out.toString()));
            NpmTool.run(command, "wasm-opt");
            byte[] after = Files.readAllBytes(out);
            Files.write(wasm, after);
            System.out.println("nn-playground: wasm-opt " + level + " " + wasm.getFileName() + ": " + GzipSize.change(before, after));
        } finally {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(work);
        }
    }

    /**
     * The wasm-opt script of binaryen {@code version} under {@code dir}, installed there with npm first
     * when it is missing.
     */
    static Path installBinaryen(String version, Path dir) throws IOException, InterruptedException {
        return NpmTool.install("binaryen", version, dir, "bin/wasm-opt");
    }
}
