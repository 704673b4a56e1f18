package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Route;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnplayground.tools.SiteServer;

/**
 * The playground embedded in a page of another site, as README's snippet does. The host pages are
 * served by a small server of their own (another port of 127.0.0.1: another origin); the
 * playground's files come from the tests' server (no CORS) or from one started with CORS. With CORS
 * the WebAssembly build loads; without, the loader falls back to the JavaScript build with only the
 * browser's own report of the refused fetch. And on a host page in windows-1252 that loads the
 * scripts without a charset, the text reads right in both builds.
 */
class EmbedCrossOriginIT extends BrowserTest {
    /** What Chromium itself reports when a fetch is refused for want of CORS headers; nothing else may appear. */
    private static final List<String> BROWSER_CORS_REPORTS = List.of("has been blocked by CORS policy",
            "Failed to load resource: net::ERR_FAILED");
    private static SiteServer corsServer;
    /** The host site: another origin (another port), answering with the pages below and nothing of ours. */
    private static HttpServer hostServer;
    private static final Map<String, String[]> HOST_PAGES = new HashMap<>();

    @BeforeAll
    static void startServers() throws Exception {
        corsServer = SiteServer.start(siteDir(), 0, true);
        String utf8 = "<meta charset=\"utf-8\">";
        HOST_PAGES.put("/with-cors.html", new String[] {"text/html; charset=utf-8", post(corsServer.url(), utf8)});
        HOST_PAGES.put("/without-cors.html", new String[] {"text/html; charset=utf-8", post(server().url(), utf8)});
        HOST_PAGES.put("/windows-1252.html", new String[] {"text/html; charset=windows-1252", post(corsServer.url(), "")});
        hostServer = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        hostServer.createContext("/", exchange -> {
            String[] page = HOST_PAGES.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page[1]).getBytes(StandardCharsets.ISO_8859_1);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : page[0]);
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        hostServer.start();
    }

    @AfterAll
    static void stopServers() {
        if (hostServer != null) {
            hostServer.stop(0);
        }
        if (corsServer != null) {
            corsServer.close();
        }
    }

    private static String hostUrl(String path) {
        return "http://127.0.0.1:" + hostServer.getAddress().getPort() + path;
    }

    /** A post that embeds the playground from {@code scriptOrigin}, as README says. */
    private static String post(String scriptOrigin, String meta) {
        return "<!doctype html><html lang=\"en\"><head>" + meta + "<title>A post</title><link rel=\"icon\" href=\"data:,\">"
                + "<script src=\"" + scriptOrigin + "nn-playground.js\" defer></script></head><body>"
                + "<p>Some prose.</p><nn-playground preset=\"xor\" autoplay></nn-playground></body></html>";
    }

    /** Waits until the page's <nn-playground> trained a few epochs; returns the build that runs it. */
    private String awaitTrainingInstance() {
        page().waitForFunction("() => { const e = document.querySelector('nn-playground');"
                + " const c = e && e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch');"
                + " return c && parseInt(c.textContent.replace(/[^0-9]/g, '')) > 2; }");
        return build();
    }

    @Test
    void withCorsTheWasmBuildLoadsFromTheOtherOrigin() {
        page().navigate(hostUrl("/with-cors.html"));
        assertEquals("wasm-gc", awaitTrainingInstance());
        assertEquals("wasm-gc", page().locator("html").getAttribute("data-build"));
        // Any console error would fail the test (BrowserTest).
    }

    @Test
    void withoutCorsItFallsBackToTheJsBuildWithOnlyTheBrowsersReport() {
        List<String> warnings = new ArrayList<>();
        page().onConsoleMessage(m -> {
            if ("warning".equals(m.type())) {
                warnings.add(m.text());
            }
        });
        BROWSER_CORS_REPORTS.forEach(this::allowPageProblem);
        page().navigate(hostUrl("/without-cors.html"));
        assertEquals("js", awaitTrainingInstance());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Access-Control-Allow-Origin")),
                "the loader says what the host must send: " + warnings);
    }

    @Test
    void onAWindows1252PageTheTextReadsRightInBothBuilds() {
        // The playground's files as a host without charsets sends them: the browser decodes the
        // scripts in the page's encoding.
        page().route(corsServer.url() + "**", route -> {
            APIResponse response = route.fetch();
            Map<String, String> headers = new HashMap<>(response.headers());
            if (route.request().url().contains(".js")) {
                headers.put("content-type", "text/javascript");
            }
            route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
        });
        for (String build : List.of("js", "wasm")) {
            page().navigate(hostUrl("/windows-1252.html") + "?build=" + build);
            assertEquals(build.equals("js") ? "js" : "wasm-gc", awaitTrainingInstance());
            assertEquals("windows-1252", page().evaluate("() => document.characterSet.toLowerCase()"));
            assertEquals("\u27f2", page().evaluate("() => document.querySelector('nn-playground').shadowRoot"
                    + ".querySelector('[data-key=\"reset\"]').textContent"), build + " build: the reset symbol");
            assertEquals("x\u2081", page().evaluate("() => document.querySelector('nn-playground').shadowRoot"
                    + ".querySelector('[data-key=\"feature-x1\"]').parentElement.textContent"), build + " build: x1 with a subscript");
        }
    }
}
