package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WasmOptimizerTest {
    /** A stand-in for wasm-opt: writes its arguments to args.txt and "optimizes" to the bytes 1, 2, 3. */
    private static final String FAKE_WASM_OPT = "const fs = require('fs'); const a = process.argv.slice(2);"
            + " fs.writeFileSync(require('path').join(__dirname, 'args.txt'), a.join('\\n'));"
            + " fs.writeFileSync(a[a.indexOf('-o') + 1], Buffer.from([1, 2, 3]));";

    @Test
    void anInstalledBinaryenOfTheRightVersionIsUsedWithoutNpm(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("node_modules/binaryen/bin"));
        Files.writeString(bin.resolve("wasm-opt"), "// wasm-opt");
        Files.writeString(dir.resolve("node_modules/binaryen/package.json"), "{\n  \"name\": \"binaryen\",\n  \"version\": \"132.0.0\"\n}");
        assertEquals(bin.resolve("wasm-opt"), WasmOptimizer.installBinaryen("132.0.0", dir));
    }

    @Test
    void theModuleIsReplacedByWasmOptsOutputWithOnlyTeaVmsFeatures(@TempDir Path dir) throws Exception {
        assumeTrue(NpmToolTest.nodeRuns(), "needs Node.js on the PATH");
        Path script = dir.resolve("wasm-opt.js");
        Files.writeString(script, FAKE_WASM_OPT);
        Path wasm = dir.resolve("app.wasm");
        Files.write(wasm, new byte[] {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0});
        WasmOptimizer.optimize(wasm, script, "-Oz");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(wasm));
        List<String> args = Files.readAllLines(dir.resolve("args.txt"));
        assertTrue(args.containsAll(WasmOptimizer.FEATURES), args.toString());
        assertTrue(args.contains("-Oz"), args.toString());
        assertFalse(args.contains("-all") || args.contains("--enable-all") || args.contains("--closed-world"), args.toString());
        try (var left = Files.list(dir)) {
            assertEquals(List.of("app.wasm", "args.txt", "wasm-opt.js"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "the work directory is gone");
        }
    }

    @Test
    void aFailingWasmOptStopsTheBuildAndLeavesTheModule(@TempDir Path dir) throws Exception {
        assumeTrue(NpmToolTest.nodeRuns(), "needs Node.js on the PATH");
        Path script = dir.resolve("wasm-opt.js");
        Files.writeString(script, "console.error('[wasm-validator error] bad module'); process.exit(1);");
        Path wasm = dir.resolve("app.wasm");
        byte[] module = {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0};
        Files.write(wasm, module);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WasmOptimizer.optimize(wasm, script, "-Oz"));
        assertTrue(e.getMessage().contains("bad module"), e.getMessage());
        assertArrayEquals(module, Files.readAllBytes(wasm));
    }

    @Test
    void missingArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WasmOptimizer.main(new String[] {"--wasm", "app.wasm"}));
        assertTrue(e.getMessage().startsWith("usage: WasmOptimizer --wasm FILE --binaryen VERSION"), e.getMessage());
    }
}
