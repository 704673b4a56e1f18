package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmToolTest {
    @Test
    void anInstalledPackageOfTheRightVersionIsUsedWithoutNpm(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("node_modules/esbuild/lib"));
        Files.writeString(lib.resolve("main.js"), "// esbuild");
        Files.writeString(dir.resolve("node_modules/esbuild/package.json"), "{\n  \"name\": \"esbuild\",\n  \"version\":\"0.28.2\"\n}");
        assertEquals(lib.resolve("main.js"), NpmTool.install("esbuild", "0.28.2", dir, "lib/main.js"));
    }

    @Test
    void withoutNodeTheBuildSaysWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NpmTool.run(List.of("nn-playground-no-such-node", "-"), "console.log(1)", "esbuild"));
        assertTrue(e.getMessage().startsWith("cannot run nn-playground-no-such-node (for esbuild)"), e.getMessage());
        assertTrue(e.getMessage().contains("needs Node.js and npm on the PATH"), e.getMessage());
    }

    @Test
    void theInputReachesTheCommandAndItsOutputComesBack() throws Exception {
        assumeTrue(nodeRuns(), "needs Node.js on the PATH");
        String printed = NpmTool.run(List.of("node", "-", "x"), "console.log(process.argv.slice(2).join() + 1)", "a script");
        assertEquals("x1", printed.strip());
    }

    @Test
    void aFailingCommandStopsTheBuildWithWhatItPrinted() {
        assumeTrue(nodeRuns(), "needs Node.js on the PATH");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NpmTool.run(List.of("node", "-"), "console.error('no such file'); process.exit(3);", "a script"));
        assertTrue(e.getMessage().startsWith("a script failed (exit status 3):"), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    static boolean nodeRuns() {
        try {
            return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
