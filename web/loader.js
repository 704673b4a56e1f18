/*
 * nn-playground loader: picks the WebAssembly GC build or the JavaScript build, loads it and
 * calls the Java main. Works from http(s) and from file:// (where only the JS build can load).
 * Of the wasm-gc build a page of our own loads only the module of its link's kind (points.wasm or
 * lab.wasm; a link of the other kind reloads the page into that one), or app.wasm for a TensorFlow
 * Playground link (moduleOf); the embeds (nn-playground.js) load the module of each one's link too,
 * each module once a page (embedModule).
 *
 *   ?build=wasm or ?build=js   forces a build (a failing wasm build still falls back to JS)
 *   window.nnPlaygroundReady   Promise of { build: "wasm-gc" | "js", api }
 *
 * Hand-written, no framework, no modules: a classic script so that it also runs from file://.
 */
(function () {
  "use strict";

  /*
   * The @JSExport functions of each build's entry point, besides main. Keep these lists in step
   * with the Java side: the JS build is looked up by these names, and a browser test checks that
   * each list equals the functions its wasm module exports.
   *   points  org.nnplayground.web.PointsMain: a page of our own showing the points
   *   lab     org.nnplayground.web.LabMain: a page of our own showing sequences or images
   *   app     org.nnplayground.web.Main: both kinds, every export; also js/app.js, the JS build
   * Each module also answers the embeds of its kinds (nn-playground.js, EMBED_NAMES): points and lab
   * hand an embed that asks for the other kind over to the embed script, app turns it in place.
   * The runtime probe (runtimeProbe, every kind of layer trained a little, for the tests that compare
   * the runtimes' bits) is in the app module only: appModule() below gives it on any page.
   */
  /* The training worker's functions (web/train-worker.js), in every module: a worker loads the page's own. */
  var WORKER_NAMES = ["workerOpen", "workerSlice", "workerStatus", "workerEpochs", "workerWeights", "workerSnapshot"];
  /* The embed script's functions (web/nn-playground.js), in every module. */
  var EMBED_NAMES = ["mount", "instancePlay", "instancePause", "instanceStep", "instanceReset", "instanceLink",
    "instanceSetLink", "instanceNotices", "instanceEpoch", "instanceLoss", "instancePlaying", "instanceDestroy",
    "instanceEpochEvents", "instanceEventEpoch", "instanceEventLoss", "instanceFingerprint", "instanceSetTheme",
    "instancePredict"];
  /* The points module has no exporters: its embeds hand their weights and table to the app module's exportOfLink. */
  var POINTS_NAMES = ["fingerprint", "detMath", "pageFingerprint", "pageLink", "pagePredict", "pageEpoch",
    "pageTable", "pageWeights", "instanceWeights", "instanceTable"].concat(EMBED_NAMES);
  var LAB_NAMES = ["detMath", "labFingerprint", "pageLabFingerprint", "pageLabEpoch", "labExport",
    "pageExport", "pageLink", "pageEpoch", "pagePredict", "pageLabSampleUpdates", "instanceExport"]
    .concat(WORKER_NAMES, EMBED_NAMES);
  var APP_NAMES = ["fingerprint", "detMath", "runtimeProbe", "pageFingerprint", "pageLink", "instanceExport",
    "pageExport", "pagePredict", "pageEpoch", "labFingerprint", "pageLabFingerprint", "pageLabEpoch",
    "pageLabSampleUpdates", "labExport", "exportOfLink", "readModelFile", "doubleTexts", "doubleValues"]
    .concat(WORKER_NAMES, EMBED_NAMES);
  var MODULE_NAMES = { points: POINTS_NAMES, lab: LAB_NAMES, app: APP_NAMES };

  var WASM_RUNTIME = "wasm/app.wasm-runtime.js";
  var JS_BUILD = "js/app.js";

  /* The one place that knows where each module is: "points", "lab" or "app" to its URL. */
  function moduleUrl(module) {
    if (!MODULE_NAMES.hasOwnProperty(module)) {
      throw new Error("there is no module \"" + module + "\"; use points, lab or app");
    }
    return resolve("wasm/" + module + ".wasm");
  }

  /*
   * The kind of playground a link fragment (with or without '#') opens (kindOf): "lab" for sequences
   * and images, else "points". The same reading as LabLinks.isLab and Fragment.parse on the Java side
   * (a browser test compares them on many fragments): the first 100,000 characters, at most 200
   * non-empty key=value pairs split at '&', keys and values percent-decoded as UTF-8; a "lab" key, or
   * a "lesson" key naming a sequence or image lesson, makes it a lab link.
   */
  var LAB_LESSONS = ["loop-in-time", "sine-memory", "long-gap", "tiny-lm", "edge", "why-convolution", "digits"];
  var FRAGMENT_MAX_LENGTH = 100000;
  var FRAGMENT_MAX_PAIRS = 200;

  function hexDigit(c) {
    var i = "0123456789abcdef".indexOf(c);
    if (i < 0 && c >= "A" && c <= "F") {
      i = c.charCodeAt(0) - 55;
    }
    return i;
  }

  function percentDecoded(s) {
    if (s.indexOf("%") < 0) {
      return s;
    }
    var out = "";
    var bytes = [];
    var flush = function () {
      if (bytes.length > 0) {
        out += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
        bytes = [];
      }
    };
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (c === "%" && i + 2 < s.length) {
        var hi = hexDigit(s.charAt(i + 1));
        var lo = hexDigit(s.charAt(i + 2));
        if (hi >= 0 && lo >= 0) {
          bytes.push(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      flush();
      out += c;
    }
    flush();
    return out;
  }

  /* The key=value pairs of a link fragment as Fragment.parse reads them, each as [key, value]. */
  function pairsOf(fragment) {
    var text = String(fragment === null || fragment === undefined ? "" : fragment);
    if (text.charAt(0) === "#") {
      text = text.substring(1);
    }
    text = text.substring(0, FRAGMENT_MAX_LENGTH);
    var pairs = [];
    var start = 0;
    while (start <= text.length && pairs.length < FRAGMENT_MAX_PAIRS) {
      var amp = text.indexOf("&", start);
      var end = amp < 0 ? text.length : amp;
      if (end > start) {
        var part = text.substring(start, end);
        var eq = part.indexOf("=");
        pairs.push([percentDecoded(eq < 0 ? part : part.substring(0, eq)), percentDecoded(eq < 0 ? "" : part.substring(eq + 1))]);
      }
      if (amp < 0) {
        break;
      }
      start = amp + 1;
    }
    return pairs;
  }

  function isLabPair(pair) {
    return pair[0] === "lab" || (pair[0] === "lesson" && LAB_LESSONS.indexOf(pair[1]) >= 0);
  }

  function kindOf(fragment) {
    return pairsOf(fragment).some(isLabPair) ? "lab" : "points";
  }

  /*
   * The module a page of link fragment loads: its kind's ("lab" or "points"), but "app" for a
   * TensorFlow Playground link, which only the module with both kinds reads (the same test as
   * LinkCodec.isTensorFlowLink: one of its keys and no "v").
   */
  var TENSORFLOW_KEYS = ["networkShape", "regDataset", "percTrainData", "learningRate", "batchSize"];

  function moduleOf(fragment) {
    var pairs = pairsOf(fragment);
    if (pairs.some(isLabPair)) {
      return "lab";
    }
    var keys = pairs.map(function (pair) { return pair[0]; });
    var theirs = keys.indexOf("v") < 0 && keys.some(function (key) { return TENSORFLOW_KEYS.indexOf(key) >= 0; });
    return theirs ? "app" : "points";
  }

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

  /*
   * The module this page needs: a page of our own (index.html, embed.html) the one of its link's
   * kind; null for any other page, which starts no playground of its own (the embed script's
   * elements load the modules of their kinds through embedModule). The script is deferred, so the
   * page's element is parsed by now.
   */
  function chooseModule() {
    if (!document.querySelector("[data-nn-playground-page]")) {
      return null;
    }
    return moduleOf(window.location.hash);
  }

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

  function checkNames(build, api, names) {
    var missing = names.filter(function (name) { return typeof api[name] !== "function"; });
    if (missing.length > 0) {
      throw new Error("the " + build + " build does not export " + missing.join(", ")
        + " (EXPORTED_NAMES in loader.js is out of step with the Java side)");
    }
  }

  /* TeaVM makes the exports non-enumerable, hence getOwnPropertyNames rather than Object.keys. */
  function warnAboutUnlistedExports(exports, names) {
    var unlisted = Object.getOwnPropertyNames(exports).filter(function (name) {
      return name !== "main" && typeof exports[name] === "function" && names.indexOf(name) < 0;
    });
    if (unlisted.length > 0) {
      console.warn("nn-playground: add " + unlisted.join(", ") + " to EXPORTED_NAMES in loader.js,"
        + " or the JS build will not offer them");
    }
  }

  /*
   * The wasm-gc modules of this page by name ("points", "lab", "app"), each a Promise of its exports:
   * each is downloaded and compiled once however many ask for it (the page itself, its embeds, the
   * exports), and never started by this (only the page's own module runs main, in start). A failed
   * load is tried again on the next request.
   */
  var wasmModules = {};
  var wasmRuntime = null;

  function loadWasmRuntime() {
    if (wasmRuntime === null) {
      wasmRuntime = loadScript(WASM_RUNTIME).then(function () {
        if (typeof TeaVM !== "object" || !TeaVM.wasmGC) {
          throw new Error(WASM_RUNTIME + " did not define TeaVM.wasmGC");
        }
      });
      wasmRuntime.catch(function () { wasmRuntime = null; });
    }
    return wasmRuntime;
  }

  /* Resolves to the exports of wasm module name ("points", "lab" or "app"), before any main has run. */
  function loadWasmModule(name) {
    if (!wasmModules[name]) {
      var url = moduleUrl(name);
      var loading = loadWasmRuntime().then(function () {
        return TeaVM.wasmGC.load(url);
      }).then(function (teavm) {
        checkNames("wasm-gc", teavm.exports, MODULE_NAMES[name]);
        warnAboutUnlistedExports(teavm.exports, MODULE_NAMES[name]);
        return teavm.exports;
      });
      wasmModules[name] = loading;
      loading.catch(function () {
        if (wasmModules[name] === loading) {
          delete wasmModules[name];
        }
      });
    }
    return wasmModules[name];
  }

  /* Resolves to the page's own wasm instance's exports, before main has run. */
  function loadWasmGc() {
    return loadWasmModule(module);
  }

  /*
   * The exports of a points playground, whose own module has no exporters: the app module makes them
   * from what it is handed (the link, the trained weights as base64url doubles with their epoch, and
   * the page's loaded table, which links do not carry; "" for none), loaded
   * once, the first time an export or a model file is asked for, and not started (its main never
   * runs). A failed load is tried again on the next request.
   */
  function loadExportsModule() {
    return loadWasmModule("app");
  }

  /* Promise of the export format ("!" and why not) of the points run of link with weights after epoch, on table. */
  function pointsExport(link, weights, epoch, table, format) {
    return loadExportsModule().then(function (app) { return app.exportOfLink(link, weights, epoch, table, format); });
  }

  /* Promise of what a points model file opens (five lines, see Main.readModelFile; "!" and why not). */
  function pointsRead(fileText, table) {
    return loadExportsModule().then(function (app) { return app.readModelFile(fileText, table); });
  }

  /* Resolves to the JS build's exported globals, collected by name, before main has run. */
  var jsBuild = null;
  function loadJs() {
    if (jsBuild === null) {
      jsBuild = loadJsOnce();
      jsBuild.catch(function () { jsBuild = null; });
    }
    return jsBuild;
  }

  function loadJsOnce() {
    return loadScript(JS_BUILD).then(function () {
      if (typeof window.main !== "function") {
        throw new Error(JS_BUILD + " did not define the global main function");
      }
      var api = { main: window.main };
      APP_NAMES.forEach(function (name) { api[name] = window[name]; });
      checkNames("js", api, APP_NAMES);
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
        + crossOriginHint(module) + "; falling back to the JavaScript build");
      return loadBuild("js").catch(function (jsError) {
        throw new Error("neither build loaded. WebAssembly GC: " + describe(error)
          + "; JavaScript: " + describe(jsError));
      });
    });
  }

  /*
   * When the playground's files are on another origin than the page, the browser fetches a module
   * only if their server allows it: the likely cause, said where the host's author will look.
   */
  function crossOriginHint(name) {
    if (baseUrl.origin === window.location.origin) {
      return "";
    }
    return ". " + moduleUrl(name) + " is on another origin than this page: its server must send"
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

  /*
   * Taking things away, shared by the page, embed.html and nn-playground.js: downloads and base64url
   * bytes here; the views as PNG, the figure, and the JavaScript API's exportModel and predict in
   * export.js, loaded the first time one of them is called (the page does not need it to start).
   */
  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  function bytesOf(text) {
    var out = new Uint8Array(Math.floor(text.length * 3 / 4));
    var buffer = 0, bits = 0, n = 0;
    for (var i = 0; i < text.length; i++) {
      var v = B64.indexOf(text.charAt(i));
      if (v < 0) {
        throw new Error("not base64url");
      }
      buffer = ((buffer << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[n++] = (buffer >>> bits) & 0xff;
      }
    }
    return out.slice(0, n);
  }

  function download(name, type, data) {
    var blob = data instanceof Blob ? data : new Blob([data], { type: type });
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 5000);
  }

  var exportTools = null;

  function loadExportTools() {
    if (exportTools === null) {
      exportTools = loadScript("export.js").then(function () {
        if (!window.nnPlaygroundExportTools) {
          throw new Error("export.js did not define nnPlaygroundExportTools");
        }
        return window.nnPlaygroundExportTools;
      });
      exportTools.catch(function () { exportTools = null; });
    }
    return exportTools;
  }

  /* A function of export.js, called once it has loaded: a Promise of what it gives. */
  function later(name) {
    return function () {
      var args = arguments;
      return loadExportTools().then(function (tools) { return tools[name].apply(null, args); });
    };
  }

  var pictureOf = later("pictureOf");
  var exportModel = later("exportModel");
  var predict = later("predict");

  window.nnPlaygroundExport = Object.freeze({
    download: download, bytesOf: bytesOf, pictureOf: pictureOf, exportModel: exportModel, predict: predict
  });

  /*
   * Links lab.css, the styles of the sequence and image playground, into node (a document or a
   * shadow root; else this page's document) once: the points page loads none of it. A page of that
   * kind links it at once, while its module loads; each sequence or image playground (LabPage) links
   * it where it draws, in an embed's shadow root too.
   */
  function labStyles(node) {
    var target = (node && node.nodeType === 9 ? node.head : node && node.nodeType === 11 ? node : null) || document.head;
    if (!target.querySelector("link[data-nnp-lab-styles]")) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = resolve("lab.css");
      link.setAttribute("data-nnp-lab-styles", "");
      target.appendChild(link);
    }
  }

  var module = chooseModule();
  if (module === "lab") {
    labStyles(document);
  }
  /* The JS build is one script with everything; it answers the names of the app module. */
  var EXPORTED_NAMES = MODULE_NAMES[module || "app"];
  var build = chooseBuild();
  /* The build the embeds load from now on: the chosen one, until a wasm-gc module fails to load. */
  var embedBuild = build;
  /* A page of another site starts when its first embed's module has loaded (see embedModule). */
  var hostPageStarted = null;
  var ready = module !== null ? loadBuild(build).then(start) : new Promise(function (resolveStart, rejectStart) {
    hostPageStarted = { resolve: resolveStart, reject: rejectStart };
  });
  ready.catch(function (error) {
    console.error("nn-playground could not start:", error);
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { showLoadError(error); });
    } else {
      showLoadError(error);
    }
  });

  /*
   * Promise of { build: "wasm-gc" | "js", api }; api holds main and the @JSExport functions. On a
   * page of another site (no playground of its own) it resolves when the first embed's module has
   * loaded, with that module's functions; it is pending while no embed has started.
   */
  window.nnPlaygroundReady = ready;

  /*
   * Promise of { build, module, api } for an embed that needs module name ("points", "lab", or
   * "app", see moduleOf): in the wasm-gc build that module (the page's own when it is that one or
   * carries both kinds), in the JS build the one script with both kinds (module "app"). A wasm-gc
   * module that fails to load turns this and later embeds to the JS build, with the same warning as
   * the page's own load.
   */
  function embedModule(kind) {
    if (!MODULE_NAMES.hasOwnProperty(kind)) {
      return Promise.reject(new Error("there is no module \"" + kind + "\"; use points, lab or app"));
    }
    if (module !== null) {
      return ready.then(function (r) {
        if (r.build === "js") {
          return { build: "js", module: "app", api: r.api };
        }
        if (kind === module || module === "app") {
          return { build: "wasm-gc", module: module, api: r.api };
        }
        return loadWasmModule(kind).then(function (api) { return { build: "wasm-gc", module: kind, api: api }; });
      });
    }
    return loadEmbedBuild(kind).then(function (loaded) {
      document.documentElement.dataset.build = loaded.build;
      if (hostPageStarted !== null) {
        hostPageStarted.resolve({ build: loaded.build, api: loaded.api });
        hostPageStarted = null;
      }
      return loaded;
    }, function (error) {
      if (hostPageStarted !== null) {
        hostPageStarted.reject(error);
        hostPageStarted = null;
      }
      throw error;
    });
  }

  /* The JS build runs its main once (it starts nothing on a page of another site); wasm modules never. */
  var jsStarted = null;

  function loadEmbedBuild(kind) {
    if (embedBuild === "js") {
      if (jsStarted === null) {
        jsStarted = loadJs().then(function (api) {
          api.main([]);
          return { build: "js", module: "app", api: api };
        });
        jsStarted.catch(function () { jsStarted = null; });
      }
      return jsStarted;
    }
    return loadWasmModule(kind).then(function (api) {
      return { build: "wasm-gc", module: kind, api: api };
    }, function (error) {
      if (embedBuild === "js") {
        return loadEmbedBuild(kind);
      }
      console.warn("nn-playground: the WebAssembly GC build did not load (" + describe(error) + ")"
        + crossOriginHint(kind) + "; falling back to the JavaScript build");
      embedBuild = "js";
      return loadEmbedBuild(kind).catch(function (jsError) {
        throw new Error("neither build loaded. WebAssembly GC: " + describe(error)
          + "; JavaScript: " + describe(jsError));
      });
    });
  }
  /* The page's own playground (index.html, embed.html): exportModel(format, options) and predict(rows). */
  function pageTarget(api) {
    return {
      "export": function (format) {
        // The points page's own module has no exporters: the app module makes the export from the links.
        return typeof api.pageExport === "function" ? api.pageExport(format)
          : pointsExport(api.pageLink(false), api.pageWeights(), api.pageEpoch(), api.pageTable(), format);
      },
      predict: function (bits, width) { return api.pagePredict(bits, width); },
      link: function () { return api.pageLink(false); },
      epoch: function () { return api.pageEpoch(); }
    };
  }
  function pageRoot() {
    return document.querySelector("[data-nn-playground-page]");
  }
  window.nnPlayground = Object.freeze({
    exportModel: function (format, options) {
      return ready.then(function (r) { return exportModel(pageTarget(r.api), pageRoot(), format, options); });
    },
    predict: function (rows) {
      return ready.then(function (r) { return predict(pageTarget(r.api), rows); });
    }
  });

  /*
   * Where a training worker (train-worker.js) finds its script, the wasm runtime and the module of
   * kind "points" or "lab" (the page's own run), as absolute URLs; null when the page does not run the wasm-gc build, is not served over http(s), has
   * no Worker, or loads the playground from another origin (a worker must come from the page's own).
   */
  function workerUrls(kind) {
    if (document.documentElement.dataset.build !== "wasm-gc" || typeof Worker !== "function"
      || !/^https?:$/.test(window.location.protocol) || baseUrl.origin !== window.location.origin) {
      return null;
    }
    return { worker: resolve("train-worker.js"), runtime: resolve(WASM_RUNTIME), module: moduleUrl(kind === "lab" && module !== "app" ? "lab" : "app") };
  }

  /* What the loader decided and knows, for tests and for debugging in the console. */
  window.nnPlaygroundLoader = Object.freeze({
    workerUrls: workerUrls,
    chosenBuild: build,
    /* "points", "lab" or "app" (see moduleOf): the wasm module this page loads (the JS build has everything); null on another site's page. */
    chosenModule: module,
    exportedNames: EXPORTED_NAMES.slice(),
    moduleExportedNames: function (name) { return MODULE_NAMES[name].slice(); },
    moduleUrl: moduleUrl,
    /* Promise of the app module's functions (both kinds, the exports, the runtime probe), started or not. */
    appModule: function () {
      return ready.then(function (r) { return r.build === "js" ? r.api : loadExportsModule(); });
    },
    embedModule: embedModule,
    pointsExport: pointsExport,
    pointsRead: pointsRead,
    runtimeUrl: function () { return resolve(WASM_RUNTIME); },
    kindOf: kindOf,
    moduleOf: moduleOf,
    labStyles: labStyles,
    labLessons: LAB_LESSONS.slice(),
    supportsWasmGc: supportsWasmGc
  });
})();
