package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SiteServerOptionsTest {
    @Test
    void defaultsToPort8080AndTargetSite() {
        SiteServerOptions options = SiteServerOptions.parse();
        assertEquals(8080, options.port());
        assertEquals(Path.of("target", "site"), options.dir());
    }

    @Test
    void readsPortAndDirInBothSpellings() {
        assertEquals(new SiteServerOptions(0, Path.of("/x"), false, false),
                SiteServerOptions.parse("--port", "0", "--dir", "/x"));
        assertEquals(new SiteServerOptions(9000, Path.of("out"), false, false),
                SiteServerOptions.parse("--port=9000", "--dir=out"));
    }

    @Test
    void corsIsOffUnlessAskedFor() {
        assertEquals(false, SiteServerOptions.parse().cors());
        assertEquals(new SiteServerOptions(8080, Path.of("site"), false, true),
                SiteServerOptions.parse("--cors", "--dir", "site"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteServerOptions.parse("--cors=yes"))
                .getMessage().contains("no value"));
    }

    @Test
    void rejectsBadInputWithAClearMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteServerOptions.parse("--port", "abc"))
                .getMessage().contains("number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteServerOptions.parse("--port", "70000"))
                .getMessage().contains("65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteServerOptions.parse("--port"))
                .getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteServerOptions.parse("--verbose"))
                .getMessage().contains("Unknown argument"));
    }

    @Test
    void helpStopsParsing() {
        assertTrue(SiteServerOptions.parse("--help", "--bogus").help());
    }
}
