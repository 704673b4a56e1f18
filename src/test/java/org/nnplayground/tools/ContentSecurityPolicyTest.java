package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each page carries the one policy of {@link ContentSecurityPolicy} as the first thing in its head
 * (a meta policy covers only what follows it), and the policy never forbids framing.
 */
class ContentSecurityPolicyTest {
    private static final Pattern META = Pattern.compile(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "embed.html", "example-post.html"})
    void everyPageCarriesThePolicyBeforeAnythingItGoverns(String page) throws IOException {
        String html = Files.readString(Path.of("web", page));
        Matcher m = META.matcher(html);
        assertTrue(m.find(), page + " has no Content-Security-Policy meta element");
        assertEquals(ContentSecurityPolicy.POLICY, m.group(1), page);
        int policyAt = m.start();
        for (String governed : new String[] {"<script", "<link", "<style", "<iframe", "<img"}) {
            int at = html.indexOf(governed);
            assertTrue(at < 0 || at > policyAt, page + ": " + governed + " comes before the policy");
        }
        assertFalse(html.contains("<style"), page + " has a <style> element; put it in a .css file");
        assertFalse(html.contains(" style=\""), page + " has a style attribute; put it in a .css file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frame-ancestors", "sandbox", "report-uri", "'unsafe-inline'", "*", "data:", "blob:", "http:"})
    void thePolicyLeavesOut(String source) {
        assertFalse(ContentSecurityPolicy.POLICY.contains(source), source);
    }
}
