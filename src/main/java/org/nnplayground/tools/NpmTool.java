package org.nnplayground.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tool of the build that comes from the npm registry and runs on Node.js (binaryen's wasm-opt,
 * esbuild): installs a package at a fixed version once into a directory of its own and runs
 * commands. Fixed versions keep the build's output the same from one machine to the next; the
 * directory is reused, so the registry is asked only the first time. Without Node.js and npm on
 * the PATH the build stops with a message that says so.
 */
final class NpmTool {
    private NpmTool() {
    }

    /**
     * The file {@code entry} of the npm package {@code name} at {@code version}, installed under
     * {@code dir} with npm first when that version is not there yet.
     */
    static Path install(String name, String version, Path dir, String entry) throws IOException, InterruptedException {
        Path file = dir.resolve("node_modules").resolve(name).resolve(entry);
        Path manifest = dir.resolve("node_modules").resolve(name).resolve("package.json");
        if (Files.isRegularFile(file) && Files.isRegularFile(manifest)
                && Pattern.compile("\"version\"\\s*:\\s*\"" + Pattern.quote(version) + "\"").matcher(Files.readString(manifest)).find()) {
            return file;
        }
        Files.createDirectories(dir);
        System.out.println("nn-playground: installing " + name + " " + version + " from the npm registry into " + dir);
        run(List.of(npm(), "install", "--prefix", dir.toString(), "--no-audit", "--no-fund", "--no-save",
                name + "@" + version), "npm install " + name + "@" + version);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("npm installed " + name + " " + version + " but " + file + " is missing");
        }
        return file;
    }

    /** The command that starts Node.js. */
    static String node() {
        return "node";
    }

    private static String npm() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
    }

    /**
     * Runs {@code command} and returns what it printed (standard output and error together);
     * {@code what} names it in the messages. A command that cannot start, or ends with a status
     * other than 0, stops the build with an {@link IllegalStateException} that says why.
     */
    static String run(List<String> command, String what) throws IOException, InterruptedException {
        return run(command, "", what);
    }

    /** {@link #run(List, String)} with {@code input} written to the command's standard input. */
    static String run(List<String> command, String input, String what) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + " (for " + what + "): the build of the"
                    + " site needs Node.js and npm on the PATH (https://nodejs.org/); " + e.getMessage(), e);
        }
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = process.getInputStream().readAllBytes();
        int status = process.waitFor();
        String text = new String(output, StandardCharsets.UTF_8);
        if (status != 0) {
            throw new IllegalStateException(what + " failed (exit status " + status + "):\n" + text);
        }
        return text;
    }
}
