package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Route;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.DetMath;

/** The loader picks the right build, both builds start, and they answer alike. */
class LoaderIT extends BrowserTest {

    /** tanh(0.5) from the core's own maths in the page: the JVM computes the very same bits. */
    private double probeHalf() {
        Object value = callApi("detMath", "tanh", 0.5);
        assertInstanceOf(Number.class, value);
        return ((Number) value).doubleValue();
    }

    @Test
    void wasmBuildLoadsWhenAskedFor() {
        open("/?build=wasm");
        assertThat(page().locator("html")).hasAttribute("data-build", "wasm-gc");
        assertEquals("wasm-gc", build());
        assertEquals(DetMath.tanh(0.5), probeHalf());
    }

    @Test
    void jsBuildLoadsWhenAskedFor() {
        open("/?build=js");
        assertThat(page().locator("html")).hasAttribute("data-build", "js");
        assertEquals(DetMath.tanh(0.5), probeHalf());
        assertThat(page().locator("#build-info")).hasText("Running the JavaScript build.");
    }

    @Test
    void bothBuildsAnswerTheSame() {
        open("/?build=wasm");
        Object wasmRec = callApi("fingerprint", "default", 2);
        double wasmProbe = probeHalf();
        open("/?build=js");
        Object jsRec = callApi("fingerprint", "default", 2);
        double jsProbe = probeHalf();
        assertInstanceOf(String.class, wasmRec);
        assertEquals(wasmRec, jsRec);
        assertEquals(Double.doubleToLongBits(wasmProbe), Double.doubleToLongBits(jsProbe));
    }

    @Test
    void overHttpThisChromiumGetsTheWasmGcBuild() {
        open("/");
        assertThat(page().locator("html")).hasAttribute("data-build", "wasm-gc");
        assertThat(page().locator("#build-info")).hasText("Running the WebAssembly GC build.");
        assertEquals(true, page().evaluate("() => window.nnPlaygroundLoader.supportsWasmGc()"));
    }

    @Test
    void fromDiskTheJsBuildIsChosenAndWorks() {
        openFromDisk();
        assertTrue(page().url().startsWith("file:"), page().url());
        assertThat(page().locator("html")).hasAttribute("data-build", "js");
        assertEquals(DetMath.tanh(0.5), probeHalf());
        assertThat(page()).hasTitle("nn-playground");
    }

    @Test
    void exportedNamesInTheLoaderMatchTheWasmExports() {
        open("/?build=wasm");
        Object listed = page().evaluate("() => window.nnPlaygroundLoader.exportedNames.slice().sort()");
        // TeaVM defines the wasm exports as non-enumerable properties: Object.keys() would be empty.
        Object exported = page().evaluate("() => window.nnPlaygroundReady.then(r => Object.getOwnPropertyNames(r.api)"
                + ".filter(k => k !== 'main' && typeof r.api[k] === 'function').sort())");
        assertEquals(exported, listed,
                "EXPORTED_NAMES in web/loader.js must list every @JSExport function of the Java side");
    }

    @Test
    void withoutWasmGcSupportTheJsBuildIsChosen() {
        page().addInitScript("WebAssembly.validate = () => false;");
        open("/");
        assertEquals("js", build());
        assertEquals(DetMath.tanh(0.5), probeHalf());
    }

    @Test
    void anUnknownBuildParameterIsIgnoredWithAWarning() {
        List<String> warnings = collectWarnings();
        open("/?build=quantum");
        assertEquals("wasm-gc", build());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("unknown ?build=quantum")), warnings.toString());
    }

    @Test
    void aWasmBuildThatFailsToLoadFallsBackToJs() {
        List<String> warnings = collectWarnings();
        page().route("**/wasm/points.wasm", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("application/wasm")
                .setBodyBytes("not a wasm module".getBytes(StandardCharsets.UTF_8))));
        open("/?build=wasm");
        assertThat(page().locator("html")).hasAttribute("data-build", "js");
        assertEquals(DetMath.tanh(0.5), probeHalf());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("falling back to the JavaScript build")),
                warnings.toString());
    }

    @Test
    void whenNoBuildLoadsTheUserSeesWhy() {
        allowPageProblem("nn-playground could not start");
        page().route("**/wasm/points.wasm", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("application/wasm").setBody("broken")));
        page().route("**/js/app.js", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("text/javascript").setBody("/* no build here */")));
        navigate("/");
        assertThat(page().locator("#load-error")).isVisible();
        assertThat(page().locator("#load-error")).containsText("could not start: neither build loaded");
        assertThat(page().locator("#load-error")).containsText("did not define the global main function");
        assertThat(page().locator("#load-error")).containsText("./mvnw -DskipTests package");
        assertThat(page().locator("html")).not().hasAttribute("data-build", "js");
    }

    private List<String> collectWarnings() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        page().onConsoleMessage(message -> {
            if ("warning".equals(message.type())) {
                warnings.add(message.text());
            }
        });
        return warnings;
    }
}
