package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsciiScriptsTest {
    @Test
    void charactersAboveAsciiBecomeUnicodeEscapes() {
        assertEquals("[\"reset\",\"\\u27f2\",\"x\\u2081\",\"Choose a preset\\u2026\"]",
                AsciiScripts.escape("[\"reset\",\"\u27f2\",\"x\u2081\",\"Choose a preset\u2026\"]"));
        assertEquals("\"\\u00e9\\u00ff\\u0080\"", AsciiScripts.escape("\"\u00e9\u00ff\u0080\""));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneBecomesItsTwoSurrogates() {
        assertEquals("'\\ud83d\\ude00'", AsciiScripts.escape("'\ud83d\ude00'"));
    }

    @Test
    void anAlreadyEscapedCharacterKeepsOneBackslash() {
        // "\é" is "é" in a string literal; "\\é" is a backslash and "é".
        assertEquals("'\\u00e9'", AsciiScripts.escape("'\\\u00e9'"));
        assertEquals("'\\\\\\u00e9'", AsciiScripts.escape("'\\\\\u00e9'"));
    }

    @Test
    void asciiTextIsLeftAsItIsAndEscapingTwiceChangesNothing() {
        String ascii = "function f(a){return a+\"\\u27f2\\n\"}";
        assertSame(ascii, AsciiScripts.escape(ascii));
        String once = AsciiScripts.escape("var s=\"\u2212\u00d7\u221e\";");
        assertEquals(once, AsciiScripts.escape(once));
        assertTrue(AsciiScripts.isAscii(once));
        assertFalse(AsciiScripts.isAscii("\u2212"));
    }

    @Test
    void rewritesOnlyTheScriptsThatNeedIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("js"));
        Files.writeString(dir.resolve("js/app.js"), "var a=\"\u27f2\";", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plain.js"), "var b=1;", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("page.html"), "<p>\u2026</p>", StandardCharsets.UTF_8);
        assertEquals(List.of(dir.resolve("js/app.js")), AsciiScripts.escapeScriptsIn(dir));
        assertEquals("var a=\"\\u27f2\";", Files.readString(dir.resolve("js/app.js")));
        assertEquals("<p>\u2026</p>", Files.readString(dir.resolve("page.html"), StandardCharsets.UTF_8), "only scripts");
        assertEquals(List.of(), AsciiScripts.escapeScriptsIn(dir));
    }
}
