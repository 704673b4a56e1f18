package org.nnplayground.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The peers' libraries for the benchmark page (see src/bench/web/peers.js), fixed versions from the
 * npm registry, fetched with {@code npm pack} into {@code target/bench/npm/} (kept for the next run)
 * and copied out of the tarballs into the benchmark page's {@code peers/} folder. Benchmark-only, as
 * the test suite's TensorFlow.js is test-only: the site never ships any of them. A package that
 * cannot be fetched is reported and left out; its peers then say on the page that they could not load.
 */
final class PeerScripts {
    /** One npm package and the files taken from it: entry in the tarball -> file name under peers/. */
    private record Package(String spec, String tarball, Map<String, String> files) {
    }

    private static final List<Package> PACKAGES = List.of(
            new Package("brain.js@1.6.1", "brain.js-1.6.1.tgz", Map.of("package/browser.min.js", "brain-1.6.1.min.js")),
            new Package("convnetjs@0.3.0", "convnetjs-0.3.0.tgz", Map.of("package/build/convnet-min.js", "convnet-0.3.0.min.js")),
            new Package("@tensorflow/tfjs@4.22.0", "tensorflow-tfjs-4.22.0.tgz", Map.of("package/dist/tf.min.js", "tf-4.22.0.min.js")),
            new Package("@tensorflow/tfjs-backend-wasm@4.22.0", "tensorflow-tfjs-backend-wasm-4.22.0.tgz", Map.of(
                    "package/dist/tf-backend-wasm.min.js", "tf-backend-wasm-4.22.0.min.js",
                    "package/dist/tfjs-backend-wasm.wasm", "tfjs-backend-wasm.wasm",
                    "package/dist/tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-simd.wasm",
                    "package/dist/tfjs-backend-wasm-threaded-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm")));

    private PeerScripts() {
    }

    /** Fetches what is missing and fills {@code benchSite/peers}; returns package -> "ok" or why not. */
    static Map<String, String> install(Path benchSite, Path npmDir) {
        Map<String, String> status = new LinkedHashMap<>();
        Path peers = benchSite.resolve("peers");
        for (Package p : PACKAGES) {
            try {
                Files.createDirectories(peers);
                Files.createDirectories(npmDir);
                Path tarball = npmDir.resolve(p.tarball());
                if (!Files.isRegularFile(tarball)) {
                    pack(p.spec(), npmDir);
                }
                Map<String, String> wanted = new LinkedHashMap<>(p.files());
                try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarball)))) {
                    extract(in, wanted, peers);
                }
                if (!wanted.isEmpty()) {
                    throw new IOException("not in the package: " + wanted.keySet());
                }
                status.put(p.spec(), "ok");
            } catch (IOException | InterruptedException e) {
                Log.info("peer %s not available: %s", p.spec(), e.getMessage());
                status.put(p.spec(), e.getMessage());
            }
        }
        return status;
    }

    private static void pack(String spec, Path dir) throws IOException, InterruptedException {
        Process npm = new ProcessBuilder("npm", "pack", "--silent", spec, "--pack-destination", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IOException("npm pack " + spec + " failed: " + out.trim());
        }
    }

    /** Copies the tar entries named in {@code wanted} into {@code dir}, removing each from the map once found. */
    private static void extract(InputStream tar, Map<String, String> wanted, Path dir) throws IOException {
        byte[] header = new byte[512];
        while (!wanted.isEmpty() && tar.readNBytes(header, 0, 512) == 512) {
            String entry = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
            if (entry.isEmpty()) {
                break;
            }
            long size = Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
            long padded = (size + 511) / 512 * 512;
            String target = wanted.remove(entry);
            if (target != null) {
                Path part = dir.resolve(target + ".part");
                Files.write(part, tar.readNBytes((int) size));
                Files.move(part, dir.resolve(target), StandardCopyOption.REPLACE_EXISTING);
                tar.skipNBytes(padded - size);
            } else {
                tar.skipNBytes(padded);
            }
        }
    }
}
