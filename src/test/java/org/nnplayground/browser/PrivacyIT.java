package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page asks nothing of anyone but its own site: every request it makes, while loading, training,
 * opening presets and lessons and copying links, goes to its own origin (no fonts, CDNs or
 * analytics). Once loaded it needs no network at all, and it works opened from disk.
 */
class PrivacyIT extends BrowserTest {
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> routed = new CopyOnWriteArrayList<>();
    private final List<String> failed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordRequests() {
        BrowserContext context = page().context();
        // Both: the page's requests (frames included) and everything the context would send.
        context.onRequest(r -> requests.add(r.url()));
        context.onRequestFailed(r -> failed.add(r.url() + " " + r.failure()));
        context.route("**/*", route -> {
            routed.add(route.request().url());
            route.resume();
        });
        page().addInitScript(PageWorkout.RECORD_VIOLATIONS);
    }

    private void assertAllSameOrigin(String what) {
        String origin = server().url();
        List<String> outside = new ArrayList<>();
        List<String> all = new ArrayList<>(requests);
        all.addAll(routed);
        for (String url : all) {
            if (!url.startsWith(origin)) {
                outside.add(url);
            }
        }
        assertEquals(List.of(), outside, what + ": requests outside " + origin);
        assertEquals(List.of(), failed, what + ": failed requests");
        System.out.println(what + ": " + requests.size() + " requests, all to " + origin);
    }

    @Test
    void theMainPageAsksOnlyItsOwnSite() {
        open("/");
        PageWorkout.mainPlayground(page());
        PageWorkout.key(page(), "preset").selectOption("article");
        PageWorkout.key(page(), "fix-0").click(); // one of the lesson's fixes
        assertTrue(requests.stream().anyMatch(u -> u.endsWith("/wasm/points.wasm")), requests.toString());
        assertAllSameOrigin("index.html");
    }

    @Test
    void theEmbedPageAndTheExamplePostAskOnlyTheirOwnSite() {
        open("/embed.html#preset=xor&layout=full"); // the whole playground, to work every control
        PageWorkout.mainPlayground(page());
        assertAllSameOrigin("embed.html");
        requests.clear();
        routed.clear();
        navigate("/example-post.html");
        for (int i = 0; i < 3; i++) {
            page().evaluate("i => document.querySelectorAll('nn-playground')[i].scrollIntoView()", i);
            page().waitForFunction("i => { const e = document.querySelectorAll('nn-playground')[i];"
                    + " const c = e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch');"
                    + " return c && parseInt(c.textContent.replace(/[^0-9]/g, '')) > 2; }", i);
        }
        page().evaluate("() => document.querySelector('iframe').scrollIntoView()");
        page().waitForFunction("() => document.querySelector('iframe').style.height !== ''");
        page().evaluate("() => { const b = document.createElement('div'); document.body.append(b);"
                + " const p = NNPlayground.mount(b, { preset: 'skip' }); return p.step(3).then(() => p.setState('preset=xor')); }");
        assertAllSameOrigin("example-post.html");
    }

    @Test
    void offlineThePageKeepsTrainingChangingPresetsAndMakingLinks() {
        open("/");
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        p.waitForEpoch(1);
        page().context().setOffline(true);
        // Chromium looks at the tab icon again after the address changes; offline that fails, outside the page.
        allowPageProblem("favicon.svg");
        int before = requests.size();
        p.waitForEpoch(p.epoch() + 10);
        PageWorkout.key(page(), "preset").selectOption("xor");
        page().waitForFunction("() => location.hash.includes('preset=xor')");
        p.waitForEpoch(5);
        PageWorkout.key(page(), "layer-add").click();
        page().waitForFunction("() => location.hash.includes('h=4,4')");
        PageWorkout.key(page(), "copy-link").click();
        String link = (String) callApi("pageLink", true);
        assertTrue(link.contains("preset=xor") && link.contains("&w="), link);
        // A link typed into the address opens offline too.
        page().evaluate("() => { location.hash = '#preset=spiral3'; }");
        page().waitForFunction("() => document.querySelector('.nnp-lesson h2').textContent.startsWith('7.')");
        p.waitForEpoch(3);
        // The browser itself may look at the favicon again (its tab icon); the page asks for nothing.
        List<String> asked = new ArrayList<>(requests.subList(before, requests.size()));
        asked.removeIf(u -> u.equals(server().url() + "favicon.svg"));
        assertEquals(List.of(), asked, "nothing was asked for offline");
        failed.removeIf(f -> f.startsWith(server().url() + "favicon.svg"));
        assertEquals(List.of(), failed);
    }

    @Test
    void openedFromDiskThePageTrainsChangesPresetsAndMakesLinks() {
        openFromDisk();
        assertEquals("js", build());
        assertEquals(org.nnplayground.tools.ContentSecurityPolicy.POLICY, PageWorkout.metaPolicy(page().mainFrame()));
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        p.waitForEpoch(3);
        PageWorkout.key(page(), "preset").selectOption("polynomial");
        page().waitForFunction("() => location.hash.includes('preset=polynomial')");
        p.waitForEpoch(3);
        PageWorkout.key(page(), "copy-link").click();
        assertTrue(((String) callApi("pageLink", false)).contains("preset=polynomial"));
        Frame frame = page().mainFrame();
        assertEquals(List.of(), PageWorkout.violations(frame), "the policy holds from disk too");
        List<String> all = new ArrayList<>(requests);
        all.addAll(routed);
        assertTrue(all.stream().anyMatch(u -> u.endsWith("/js/app.js")), all.toString());
        for (String url : all) {
            assertTrue(url.startsWith("file:"), "from disk only files are read: " + url);
        }
    }
}
