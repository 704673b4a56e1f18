package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.train.Trainer;

/**
 * Your own data on the page: a typed formula trains and its link replays the run bit for bit in the
 * other build; a formula's error shows where it went wrong; a pasted table loads and trains, and a
 * bad one names its line and keeps the data in use.
 */
class OwnDataIT extends PlaygroundTest {
    private int loads;

    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private String hash() {
        return ((String) page().evaluate("() => location.hash")).substring(1);
    }

    private static String jvmFingerprint(String fragment, int epochs) {
        LinkState link = LinkCodec.decode(fragment).link();
        Trainer t = link.state().newTrainer();
        t.trainEpochs(epochs);
        return t.network().fingerprint().hex();
    }

    /** A sparse file of 50 MB (it takes no room on the disk). */
    private static Path hugeFile() {
        try {
            Path f = Files.createTempFile("nnp-huge", ".csv");
            f.toFile().deleteOnExit();
            try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
                r.setLength(50_000_000);
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTypedFormulaTrainsItsErrorsShowWhereAndItsLinkReplaysInTheOtherBuild() {
        PlaygroundPageObject p = openPaused("wasm");
        key("dataset-own").click();
        assertThat(key("dataset-own")).hasAttribute("aria-pressed", "true");
        assertTrue(hash().contains("data=frule&formula=x1%20%2A%20x2%20%3E%200"), hash());

        Locator formula = key("formula");
        formula.fill("x1 * x2 >");
        key("formula-apply").click();
        assertThat(key("formula-error")).containsText("at 10: expected a number, a name or '(' after '>'");
        assertThat(page().locator(".nnp-formula-mark")).hasText("x1 * x2 >\n         ^");
        assertThat(key("formula")).hasAttribute("aria-invalid", "true");
        assertThat(key("formula")).hasValue("x1 * x2 >");
        assertTrue(hash().contains("formula=x1%20%2A%20x2%20%3E%200&"), "the data in use is unchanged: " + hash());

        key("formula").fill("log(x1) > 0 or x2 > 3");
        key("formula").press("Enter");
        assertThat(key("formula-error")).hasCount(0);
        assertThat(key("own-note")).containsText("points were left out: the formula is undefined there");
        key("formula").fill("x1^2 + x2^2 < 9");
        key("formula").press("Enter");
        assertThat(key("own-note")).hasCount(0);
        String fragment = hash();
        assertTrue(fragment.contains("data=frule&formula=x1%5E2%20%2B%20x2%5E2%20%3C%209"), fragment);
        p.playButton().click();
        p.waitForEpoch(3);
        p.pause();

        String link = fragment.replace("&stop=0", "&stop=30");
        String expected = jvmFingerprint(link, 30);
        for (String build : new String[] {"js", "wasm"}) {
            open("/?build=" + build + "&load=" + (++loads) + "#" + link);
            PlaygroundPageObject again = new PlaygroundPageObject(page());
            again.waitForEpoch(30);
            page().waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'false'");
            assertEquals(expected, callApi("pageFingerprint"), "the " + build + " build replays the formula's run");
            assertThat(key("formula")).hasValue("x1^2 + x2^2 < 9");
            assertThat(key("dataset-own")).hasAttribute("aria-pressed", "true");
        }

        // A surface through every transcendental and a real power: the data and the run replay too.
        String surface = "data=fsurface&formula=" + "exp(-x1%5E2%2F8)%20*%20sin(x2)%20%2B%20abs(x1)%5E1.5%2F10%20-%20"
                + "log(abs(x2)%2B1)%20*%20tanh(cos(x1))%20%2B%20tan(x2%2F4)&out=linear&loss=mse&stop=15";
        String surfaceExpected = jvmFingerprint(surface, 15);
        for (String build : new String[] {"wasm", "js"}) {
            open("/?build=" + build + "&load=" + (++loads) + "#" + surface);
            new PlaygroundPageObject(page()).waitForEpoch(15);
            page().waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'false'");
            assertEquals(surfaceExpected, callApi("pageFingerprint"), "the " + build + " build replays the surface");
        }
    }

    @Test
    void aPastedTableTrainsAndABadOneNamesItsLineAndKeepsTheData() {
        PlaygroundPageObject p = openPaused("js");
        key("dataset-own").click();
        StringBuilder csv = new StringBuilder("width;height;kind\n");
        Rng rng = new Rng(11);
        for (int i = 0; i < 200; i++) {
            double a = Math.round(rng.uniform(-4, 4) * 100) / 100.0;
            double b = Math.round(rng.uniform(-4, 4) * 100) / 100.0;
            csv.append(a).append(';').append(b).append(';').append(a * a + b * b < 6 ? "\"in, near\"" : "out").append('\n');
        }
        key("table-text").fill(csv.toString());
        key("table-load").click();
        assertThat(page().locator(".nnp-table-summary"))
                .hasText("Read 200 rows of 3 columns from the pasted text (semicolon, with a header).");
        assertThat(page().locator(".nnp-table-use")).containsText("2 classes of 'kind'");
        assertThat(p.dataCounts()).hasText("100 training, 100 test points");
        assertTrue(hash().contains("data=tclasses"), hash());
        assertTrue(!hash().contains("width"), "the table is not in the link");
        p.playButton().click();
        p.waitForEpoch(20);
        p.pause();
        assertThat(p.metrics()).containsText("% right");

        key("table-text").fill("a,b,c\n1,2,x\n3,4\n5,6,y\n");
        key("table-load").click();
        assertThat(key("table-error")).hasText("line 3: 2 fields, but line 1 has 3 (separator: comma)."
                + " The data in use is unchanged.");
        assertThat(p.dataCounts()).hasText("100 training, 100 test points");
        assertThat(page().locator(".nnp-table-summary")).containsText("Read 200 rows");

        key("table-target").selectOption("0");
        assertThat(key("table-error")).containsText("The target column cannot be an input too.");
        key("table-reading").selectOption("VALUES");
        assertThat(key("table-error")).containsText("line 2: 'in, near' in the column 'kind' is not a number");
        assertThat(p.dataCounts()).hasText("100 training, 100 test points");

        AxeResults axe = new AxeBuilder(page()).analyze();
        List<String> serious = new ArrayList<>();
        for (Rule rule : axe.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().get(0).getTarget());
            }
        }
        assertEquals(List.of(), serious, "axe on the table area with its error showing");

        // Files: a binary one and one of 10,000 columns are refused with a message, a huge one is not even read.
        Locator file = key("table-file");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        file.setInputFiles(new FilePayload("photo.bin", "application/octet-stream", binary));
        assertThat(key("table-error")).containsText("it holds a control character");
        file.setInputFiles(new FilePayload("wide.csv", "text/csv",
                ("1,".repeat(9_999) + "1\n").getBytes(StandardCharsets.US_ASCII)));
        assertThat(key("table-error")).containsText("line 1: more than 100 columns");
        Path huge = hugeFile();
        file.setInputFiles(huge); // a path: the browser opens it itself, nothing is copied over
        assertThat(key("table-error")).hasText("The file " + huge.getFileName() + " is 50,000,000 bytes; a table may"
                + " have at most 4,000,000 characters.");
        assertThat(p.dataCounts()).hasText("100 training, 100 test points");
        file.setInputFiles(new FilePayload("line.tsv", "text/tab-separated-values",
                "x\ty\n0\t1\n1\t3\n2\t5\n3\t7\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(page().locator(".nnp-table-summary")).hasText("Read 4 rows of 2 columns from line.tsv (tab, with a header).");
        assertEquals("Regression, 1-D (curve)", p.chosen("Problem"));
        assertThat(p.dataCounts()).hasText("2 training, 2 test points");
    }
}
