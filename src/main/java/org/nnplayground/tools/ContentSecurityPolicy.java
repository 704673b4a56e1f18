package org.nnplayground.tools;

/**
 * The Content-Security-Policy of the playground's pages. The same text is set as a
 * {@code <meta http-equiv="Content-Security-Policy">} in web/index.html, web/embed.html and
 * web/example-post.html (so it holds on any static host and from disk), and {@link SiteServer}
 * also sends it as a response header with every HTML page. A test keeps the copies equal.
 *
 * <p>Everything is refused unless listed ({@code default-src 'none'}); the page needs only its own
 * files. The exceptions, and why:
 * <ul>
 *   <li>{@code script-src 'wasm-unsafe-eval'}: compiling the WebAssembly build
 *       ({@code WebAssembly.compileStreaming}) is refused without it.</li>
 *   <li>{@code script-src 'unsafe-eval'}: TeaVM 0.16's WebAssembly GC runtime
 *       (wasm/app.wasm-runtime.js) builds its JavaScript glue with {@code new Function}: the bodies of
 *       the {@code @JSBody} methods travel as strings inside app.wasm, and the call, construct and
 *       export helpers for each arity are generated when the module is instantiated. Without it the
 *       WebAssembly build cannot start. The JavaScript build (js/app.js) needs no eval: under a policy
 *       without {@code 'unsafe-eval'} the loader falls back to it, which a browser test shows.</li>
 *   <li>{@code img-src 'self'}: the favicon only; canvases are drawn, never loaded.</li>
 *   <li>{@code connect-src 'self'}: the fetch of wasm/app.wasm.</li>
 *   <li>{@code frame-src 'self'}: the example post shows embed.html in an iframe.</li>
 * </ul>
 * {@code style-src 'self'} allows style.css (also linked into the shadow roots of embedded
 * instances) and no {@code <style>} elements or style attributes in markup; styles set from script
 * through the CSSOM ({@code element.style}) are not governed by it.
 * {@code frame-ancestors} is deliberately absent: embed.html must stay embeddable in any page (and a
 * meta element cannot carry it anyway).
 */
public final class ContentSecurityPolicy {
    /** The policy, as one line. */
    public static final String POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval';"
            + " style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'none'";

    private ContentSecurityPolicy() {
    }
}
