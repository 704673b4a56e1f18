package org.nnplayground.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The build's post-link step for the WebAssembly GC build: runs binaryen's {@code wasm-opt} over
 * TeaVM's app.wasm in place, which makes it about an eighth smaller (gzip) without changing what it
 * computes. Run by pom.xml after TeaVM:
 * {@code WasmOptimizer --wasm FILE --binaryen VERSION --cache DIR [--level -Oz]}.
 *
 * <p>binaryen comes from the npm registry (package {@code binaryen}, which ships {@code wasm-opt}
 * compiled to JavaScript, so Node.js runs it on any platform) at the fixed version given, installed
 * once into the cache directory and reused. Without Node.js and npm the build stops with a message
 * that says what is missing.
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
            List<String> command = new ArrayList<>(List.of(node(), wasmOpt.toString(), in.toString()));
            command.addAll(FEATURES);
            command.addAll(List.of(level, "-o", out.toString()));
            run(command, "wasm-opt");
            byte[] after = Files.readAllBytes(out);
            Files.write(wasm, after);
            System.out.printf(Locale.ROOT, "nn-playground: wasm-opt %s %s: %.1f KB gzip (%.1f KB) -> %.1f KB gzip (%.1f KB)%n",
                    level, wasm.getFileName(), gzip(before) / 1000.0, before.length / 1000.0, gzip(after) / 1000.0,
                    after.length / 1000.0);
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
        Path script = dir.resolve("node_modules/binaryen/bin/wasm-opt");
        Path manifest = dir.resolve("node_modules/binaryen/package.json");
        if (Files.isRegularFile(script) && Files.isRegularFile(manifest)
                && Files.readString(manifest).contains("\"version\": \"" + version + "\"")) {
            return script;
        }
        Files.createDirectories(dir);
        System.out.println("nn-playground: installing binaryen " + version + " from the npm registry into " + dir);
        run(List.of(npm(), "install", "--prefix", dir.toString(), "--no-audit", "--no-fund", "--no-save",
                "binaryen@" + version), "npm install binaryen@" + version);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("npm installed binaryen " + version + " but " + script + " is missing");
        }
        return script;
    }

    private static String node() {
        return "node";
    }

    private static String npm() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
    }

    private static void run(List<String> command, String what) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + " (for " + what + "): the build of the"
                    + " WebAssembly module needs Node.js and npm on the PATH (https://nodejs.org/); " + e.getMessage(), e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException(what + " failed (exit status " + status + "):\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    /** The size of {@code bytes} compressed as gzip -6 would (deflate level 6, plus gzip's 18 bytes). */
    static int gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(6, true))) {
            deflate.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.size() + 18;
    }
}
