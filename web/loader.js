/*
 * nn-playground loader: picks the WebAssembly GC build or the JavaScript build, loads it and
 * calls the Java main. Works from http(s) and from file:// (where only the JS build can load).
 *
 *   ?build=wasm or ?build=js   forces a build (a failing wasm build still falls back to JS)
 *   window.nnPlaygroundReady   Promise of { build: "wasm-gc" | "js", api }
 *
 * Hand-written, no framework, no modules: a classic script so that it also runs from file://.
 */
(function () {
  "use strict";

  /*
   * The @JSExport functions of org.nnplayground.web.Main, besides main. Keep this list in step
   * with the Java side: the JS build is looked up by these names, and a browser test checks that
   * the list equals the functions the wasm build exports.
   */
  var EXPORTED_NAMES = ["fingerprint", "detMath", "runtimeProbe", "pageFingerprint", "pageLink", "mount", "instancePlay", "instancePause",
    "instanceStep", "instanceReset", "instanceLink", "instanceSetLink", "instanceEpoch", "instanceLoss",
    "instancePlaying", "instanceDestroy", "instanceEpochEvents", "instanceEventEpoch", "instanceEventLoss",
    "instanceFingerprint", "instanceSetTheme"];

  var WASM_RUNTIME = "wasm/app.wasm-runtime.js";
  var WASM_MODULE = "wasm/app.wasm";
  var JS_BUILD = "js/app.js";

  /*
   * The smallest module that needs final WebAssembly GC: a struct type, a function returning
   * (ref 0) and struct.new. Engines with only the pre-standard GC drafts reject it (0x64 and
   * the 0xfb 0x00 opcode meant other things there), so passing it means TeaVM's output can load.
   */
  var GC_PROBE_MODULE = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    0x01, 0x0a, 0x02,                               // type section, 10 bytes, 2 types
    0x5f, 0x01, 0x7f, 0x00,                         //   0: struct { i32 (immutable) }
    0x60, 0x00, 0x01, 0x64, 0x00,                   //   1: func () -> (ref 0)
    0x03, 0x02, 0x01, 0x01,                         // function section: one function of type 1
    0x0a, 0x09, 0x01, 0x07, 0x00,                   // code section: one body, 7 bytes, no locals
    0x41, 0x00,                                     //   i32.const 0
    0xfb, 0x00, 0x00,                               //   struct.new 0
    0x0b                                            //   end
  ];

  var scriptUrl = (document.currentScript && document.currentScript.src) || document.baseURI;
  var baseUrl = new URL(".", scriptUrl);

  function resolve(relativePath) {
    return new URL(relativePath, baseUrl).href;
  }

  function supportsWasmGc() {
    try {
      return typeof WebAssembly === "object"
        && WebAssembly.validate(new Uint8Array(GC_PROBE_MODULE));
    } catch (e) {
      return false;
    }
  }

  function requestedBuild() {
    var value = new URLSearchParams(window.location.search).get("build");
    if (value === null || value === "") {
      return null;
    }
    if (value === "wasm" || value === "wasm-gc") {
      return "wasm-gc";
    }
    if (value === "js") {
      return "js";
    }
    console.warn("nn-playground: unknown ?build=" + value + ", expected wasm or js; choosing automatically");
    return null;
  }

  function chooseBuild() {
    var forced = requestedBuild();
    if (forced !== null) {
      return forced;
    }
    // Browsers do not fetch a .wasm file from file://, so a page opened from disk runs the JS build.
    if (window.location.protocol === "file:") {
      return "js";
    }
    return supportsWasmGc() ? "wasm-gc" : "js";
  }

  function loadScript(relativePath) {
    return new Promise(function (resolveLoad, rejectLoad) {
      var script = document.createElement("script");
      script.src = resolve(relativePath);
      script.onload = function () { resolveLoad(); };
      script.onerror = function () { rejectLoad(new Error("could not load " + script.src)); };
      document.head.appendChild(script);
    });
  }

  function checkNames(build, api) {
    var missing = EXPORTED_NAMES.filter(function (name) { return typeof api[name] !== "function"; });
    if (missing.length > 0) {
      throw new Error("the " + build + " build does not export " + missing.join(", ")
        + " (EXPORTED_NAMES in loader.js is out of step with the Java side)");
    }
  }

  /* TeaVM makes the exports non-enumerable, hence getOwnPropertyNames rather than Object.keys. */
  function warnAboutUnlistedExports(exports) {
    var unlisted = Object.getOwnPropertyNames(exports).filter(function (name) {
      return name !== "main" && typeof exports[name] === "function" && EXPORTED_NAMES.indexOf(name) < 0;
    });
    if (unlisted.length > 0) {
      console.warn("nn-playground: add " + unlisted.join(", ") + " to EXPORTED_NAMES in loader.js,"
        + " or the JS build will not offer them");
    }
  }

  /* Resolves to the wasm instance's exports, before main has run. */
  function loadWasmGc() {
    return loadScript(WASM_RUNTIME).then(function () {
      if (typeof TeaVM !== "object" || !TeaVM.wasmGC) {
        throw new Error(WASM_RUNTIME + " did not define TeaVM.wasmGC");
      }
      return TeaVM.wasmGC.load(resolve(WASM_MODULE));
    }).then(function (teavm) {
      checkNames("wasm-gc", teavm.exports);
      warnAboutUnlistedExports(teavm.exports);
      return teavm.exports;
    });
  }

  /* Resolves to the JS build's exported globals, collected by name, before main has run. */
  function loadJs() {
    return loadScript(JS_BUILD).then(function () {
      if (typeof window.main !== "function") {
        throw new Error(JS_BUILD + " did not define the global main function");
      }
      var api = { main: window.main };
      EXPORTED_NAMES.forEach(function (name) { api[name] = window[name]; });
      checkNames("js", api);
      return api;
    });
  }

  function loadBuild(build) {
    if (build === "js") {
      return loadJs().then(function (api) { return { build: "js", api: api }; });
    }
    return loadWasmGc().then(function (api) {
      return { build: "wasm-gc", api: api };
    }, function (error) {
      console.warn("nn-playground: the WebAssembly GC build did not load (" + describe(error) + ")"
        + crossOriginHint() + "; falling back to the JavaScript build");
      return loadBuild("js").catch(function (jsError) {
        throw new Error("neither build loaded. WebAssembly GC: " + describe(error)
          + "; JavaScript: " + describe(jsError));
      });
    });
  }

  /*
   * When the playground's files are on another origin than the page, the browser fetches app.wasm
   * only if their server allows it: the likely cause, said where the host's author will look.
   */
  function crossOriginHint() {
    if (baseUrl.origin === window.location.origin) {
      return "";
    }
    return ". " + resolve(WASM_MODULE) + " is on another origin than this page: its server must send"
      + " Access-Control-Allow-Origin (and Content-Type: application/wasm) for the WebAssembly build";
  }

  function describe(error) {
    return error && error.message ? error.message : String(error);
  }

  function showLoadError(error) {
    var box = document.getElementById("load-error");
    if (!box) {
      box = document.createElement("div");
      box.id = "load-error";
      (document.getElementById("app") || document.body || document.documentElement).appendChild(box);
    }
    box.setAttribute("role", "alert");
    box.hidden = false;
    box.style.cssText = "display:block;margin:1rem 0;padding:0.75rem 1rem;border:2px solid #b00020;"
      + "border-radius:6px;background:#fdecee;color:#5f0010;font:16px/1.4 system-ui,sans-serif";
    box.textContent = "nn-playground could not start: " + describe(error)
      + ". If you built it yourself, run ./mvnw -DskipTests package and reload.";
  }

  function start(loaded) {
    loaded.api.main([]);
    document.documentElement.dataset.build = loaded.build;
    var info = document.getElementById("build-info");
    if (info && info.textContent.trim() === "") {
      info.textContent = loaded.build === "wasm-gc"
        ? "Running the WebAssembly GC build."
        : "Running the JavaScript build.";
    }
    return loaded;
  }

  var build = chooseBuild();
  var ready = loadBuild(build).then(start);
  ready.catch(function (error) {
    console.error("nn-playground could not start:", error);
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { showLoadError(error); });
    } else {
      showLoadError(error);
    }
  });

  /* Promise of { build: "wasm-gc" | "js", api }; api holds main and the @JSExport functions. */
  window.nnPlaygroundReady = ready;
  /* What the loader decided and knows, for tests and for debugging in the console. */
  window.nnPlaygroundLoader = Object.freeze({
    chosenBuild: build,
    exportedNames: EXPORTED_NAMES.slice(),
    supportsWasmGc: supportsWasmGc
  });
})();
