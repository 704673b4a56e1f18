package org.nnplayground.browser;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * JavaScript the browser tests need and the site never ships: TensorFlow.js (npm
 * {@code @tensorflow/tfjs}, a fixed version), fetched once with {@code npm pack} into
 * {@code target/test-js/} (outside {@code target/site}) and served to a test page by a route.
 * Like axe-core, it exists only for the tests.
 */
public final class TestScripts {
    public static final String TFJS_VERSION = "4.22.0";
    private static final String TFJS_FILE = "package/dist/tf.min.js";

    private TestScripts() {
    }

    /** tf.min.js of {@link #TFJS_VERSION}, fetched with npm when it is not there yet. */
    public static synchronized Path tfjs() throws IOException, InterruptedException {
        Path dir = Path.of("target", "test-js").toAbsolutePath();
        Path script = dir.resolve("tf-" + TFJS_VERSION + ".min.js");
        if (Files.isRegularFile(script)) {
            return script;
        }
        Files.createDirectories(dir);
        Process npm = new ProcessBuilder("npm", "pack", "--silent", "@tensorflow/tfjs@" + TFJS_VERSION, "--pack-destination", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IOException("npm pack @tensorflow/tfjs@" + TFJS_VERSION + " failed: " + out);
        }
        Path tarball = dir.resolve("tensorflow-tfjs-" + TFJS_VERSION + ".tgz");
        Path partial = dir.resolve(script.getFileName() + ".part");
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarball)))) {
            extract(in, TFJS_FILE, partial);
        }
        Files.move(partial, script);
        Files.delete(tarball);
        return script;
    }

    /** Copies the entry {@code name} of a tar stream to {@code target}. */
    private static void extract(InputStream tar, String name, Path target) throws IOException {
        byte[] header = new byte[512];
        while (tar.readNBytes(header, 0, 512) == 512) {
            String entry = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
            if (entry.isEmpty()) {
                break;
            }
            long size = Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
            long padded = (size + 511) / 512 * 512;
            if (entry.equals(name)) {
                Files.write(target, tar.readNBytes((int) size));
                return;
            }
            tar.skipNBytes(padded);
        }
        throw new IOException(name + " is not in the package");
    }
}
