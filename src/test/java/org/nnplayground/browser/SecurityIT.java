package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nnplayground.tools.ContentSecurityPolicy;

/**
 * The Content-Security-Policy is set on every page and nothing the playground does violates it: both
 * builds, the embed page and the example post with its three instances and its iframe, while
 * training and using the controls. A violation would also surface as a console error, which fails
 * any browser test. The recorder is shown to work by a violation provoked on purpose.
 */
class SecurityIT extends BrowserTest {
    @BeforeEach
    void recordViolations() {
        page().addInitScript(PageWorkout.RECORD_VIOLATIONS);
    }

    private void assertPolicySet(Response response, Frame frame) {
        assertEquals(ContentSecurityPolicy.POLICY, PageWorkout.metaPolicy(frame), "the meta policy of " + frame.url());
        if (response != null) {
            assertEquals(ContentSecurityPolicy.POLICY, response.headerValue("content-security-policy"),
                    "the header of " + frame.url());
        }
    }

    private void assertNoViolations(Frame frame) {
        assertEquals(List.of(), PageWorkout.violations(frame), "violations in " + frame.url());
    }

    @Test
    void theWasmBuildRunsUnderThePolicy() {
        Response response = page().navigate(server().url() + "?build=wasm");
        awaitReady();
        assertEquals("wasm-gc", build());
        assertPolicySet(response, page().mainFrame());
        PageWorkout.mainPlayground(page());
        assertNoViolations(page().mainFrame());
    }

    @Test
    void theJsBuildRunsUnderThePolicy() {
        Response response = page().navigate(server().url() + "?build=js");
        awaitReady();
        assertEquals("js", build());
        assertPolicySet(response, page().mainFrame());
        PageWorkout.mainPlayground(page());
        assertNoViolations(page().mainFrame());
    }

    @Test
    void theEmbedPageRunsUnderThePolicy() {
        // The whole playground, to work every control (the figure's few are worked in the example post).
        Response response = page().navigate(server().url() + "embed.html#preset=xor&layout=full");
        awaitReady();
        assertPolicySet(response, page().mainFrame());
        PageWorkout.mainPlayground(page());
        assertNoViolations(page().mainFrame());
    }

    @Test
    void theExamplePostWithThreeInstancesAndAnIframeRunsUnderThePolicy() {
        Response response = page().navigate(server().url() + "example-post.html");
        assertPolicySet(response, page().mainFrame());
        for (int i = 0; i < 3; i++) {
            page().evaluate("i => document.querySelectorAll('nn-playground')[i].scrollIntoView()", i);
            page().waitForFunction("i => { const e = document.querySelectorAll('nn-playground')[i];"
                    + " const c = e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch');"
                    + " return c && parseInt(c.textContent.replace(/[^0-9]/g, '')) > 3; }", i);
        }
        // The controls inside a shadow root: Playwright's CSS locators pierce open shadow roots.
        page().locator("nn-playground").first().locator("[data-key='step']").click();
        com.microsoft.playwright.Locator full = page().locator("nn-playground").nth(2);
        full.locator("[data-key='layer-add']").click();
        full.locator("[data-key='neuron-add-0']").click();
        full.locator("[data-key='optimizer']").selectOption("adam");
        full.locator("[data-key='reset']").click();
        page().evaluate("() => document.querySelector('iframe').scrollIntoView()");
        page().waitForFunction("() => document.querySelector('iframe').style.height !== ''");
        Frame embed = page().frames().stream().filter(f -> f.url().contains("embed.html")).findFirst().orElseThrow();
        embed.waitForSelector(".nnp-epoch");
        embed.locator("[data-key='step']").click();
        assertEquals(ContentSecurityPolicy.POLICY, PageWorkout.metaPolicy(embed));
        new PlaygroundPageObject(page()).frames(10);
        assertNoViolations(page().mainFrame());
        assertNoViolations(embed);
    }

    @Test
    void theRecorderSeesAViolationAndTheInlineScriptDoesNotRun() {
        allowPageProblem("Content Security Policy");
        open("/");
        page().evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
                + " document.body.appendChild(s); }");
        page().waitForFunction("() => window.__cspViolations.length > 0");
        assertEquals(null, page().evaluate("() => window.__ran"), "an inline script does not run");
        assertTrue(PageWorkout.violations(page().mainFrame()).get(0).startsWith("script-src-elem blocked inline"),
                PageWorkout.violations(page().mainFrame()).toString());
    }

    /**
     * 'unsafe-eval' is there for TeaVM's WebAssembly GC runtime alone: without it the JavaScript
     * build runs cleanly, and the WebAssembly build is refused (new Function) and falls back to it.
     */
    @Test
    void withoutUnsafeEvalOnlyTheWasmRuntimeIsRefused() {
        allowPageProblem("Content Security Policy");
        allowPageProblem("unsafe-eval");
        String stricter = ContentSecurityPolicy.POLICY.replace(" 'unsafe-eval'", "");
        String root = server().url();
        page().route(url -> url.equals(root) || url.startsWith(root + "?"), fulfilStricter(stricter));

        page().navigate(server().url() + "?build=js");
        awaitReady();
        assertEquals("js", build());
        assertEquals(stricter, PageWorkout.metaPolicy(page().mainFrame()));
        new PlaygroundPageObject(page()).play();
        new PlaygroundPageObject(page()).waitForEpoch(5);
        assertNoViolations(page().mainFrame());

        page().navigate(server().url() + "?build=wasm");
        awaitReady();
        assertEquals("js", build(), "the wasm runtime could not start, the loader fell back");
        List<String> seen = new ArrayList<>(PageWorkout.violations(page().mainFrame()));
        assertTrue(!seen.isEmpty(), "the wasm runtime needs eval");
        for (String v : seen) {
            assertTrue(v.startsWith("script-src blocked eval at ") && v.contains("app.wasm-runtime.js"), seen.toString());
        }
    }

    private java.util.function.Consumer<Route> fulfilStricter(String policy) {
        return route -> {
            com.microsoft.playwright.APIResponse original = route.fetch();
            String html = original.text().replace(ContentSecurityPolicy.POLICY, policy);
            route.fulfill(new Route.FulfillOptions().setResponse(original).setBody(html)
                    .setHeaders(java.util.Map.of("content-type", "text/html; charset=utf-8",
                            "content-security-policy", policy)));
        };
    }
}
