/*
 * nn-playground for other people's pages: one script tag, then any number of
 *   <nn-playground preset="xor" views="graph,output,loss" title="..." caption="..." theme="dark" autoplay></nn-playground>
 * or, from script, NNPlayground.mount(element, options). Each instance is a compact figure by
 * default (layout="full" for the whole playground) and lives in its own shadow root (no global ids,
 * no shared state); it shows what it is, with a link, until it starts, which it does when it comes
 * near the viewport, and trains only while it is on screen. Each loads only the module of its
 * link's kind (points or sequences and images; the loader loads each module once a page) and moves
 * into the other module, under the same element and handle, when it is asked for the other kind.
 * Also sizes iframes of embed.html from the height they post.
 */
(function () {
  "use strict";
  if (window.NNPlayground) {
    return;
  }
  var scriptUrl = (document.currentScript && document.currentScript.src) || document.baseURI;
  var baseUrl = new URL(".", scriptUrl);
  var loading = null;

  /* Loads loader.js once (a page of our own has it already) and resolves to window.nnPlaygroundLoader. */
  function loadLoader() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        if (window.nnPlaygroundLoader) {
          resolve(window.nnPlaygroundLoader);
          return;
        }
        var s = document.createElement("script");
        s.src = new URL("loader.js", baseUrl).href;
        s.onload = function () { resolve(window.nnPlaygroundLoader); };
        s.onerror = function () { reject(new Error("could not load " + s.src)); };
        document.head.appendChild(s);
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  /*
   * Resolves to { build, module, api } for a playground of link fragment: the loader picks wasm-gc or
   * JS, and of wasm-gc the module that reads it (its kind's, see the loader's moduleOf), loaded once
   * for the page.
   */
  function loadApi(fragment) {
    return loadLoader().then(function (loader) { return loader.embedModule(loader.moduleOf(fragment)); });
  }

  /* The settings of a figure that options (and the element's attributes) may give besides the link. */
  var FIGURE_KEYS = ["layout", "views", "title", "caption"];

  /*
   * The link fragment an options object describes: its link (or preset and hide), with layout, views,
   * title and caption from their own options in place of any the link has.
   */
  function linkOf(options) {
    var parts = [];
    if (typeof options.link === "string") {
      var link = options.link.charAt(0) === "#" ? options.link.slice(1) : options.link;
      parts = link.split("&").filter(function (pair) {
        var key = pair.split("=")[0];
        return pair !== "" && !(FIGURE_KEYS.indexOf(key) >= 0 && typeof options[key] === "string");
      });
    } else {
      if (options.preset) {
        parts.push("preset=" + encodeURIComponent(options.preset));
      }
      if (options.hide) {
        parts.push("hide=" + encodeURIComponent([].concat(options.hide).join(",")));
      }
    }
    FIGURE_KEYS.forEach(function (key) {
      if (typeof options[key] === "string") {
        parts.push(key + "=" + encodeURIComponent(key === "views" ? options[key].replace(/\s+/g, "") : options[key]));
      }
    });
    return parts.join("&");
  }

  /* The value of key in a link fragment ("" when absent), percent-decoded. */
  function valueIn(fragment, key) {
    var pairs = fragment.split("&");
    for (var i = 0; i < pairs.length; i++) {
      var eq = pairs[i].indexOf("=");
      if (eq > 0 && pairs[i].slice(0, eq) === key) {
        try {
          return decodeURIComponent(pairs[i].slice(eq + 1));
        } catch (e) {
          return pairs[i].slice(eq + 1);
        }
      }
    }
    return "";
  }

  /* The playground page that opens a fragment, beside this script. */
  function playgroundUrl(fragment) {
    return new URL("index.html", baseUrl).href + (fragment ? "#" + fragment : "");
  }

  /*
   * Until the playground runs: what the element holds for readers without script (its own text and
   * link, shown through a slot), else what the figure is (its title) and a link that opens it. Printed
   * as it is when the figure never started.
   */
  function showPlaceholder(element, root, fragment) {
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("style.css", baseUrl).href;
    var box = document.createElement("div");
    box.className = "nnp nnp-embedded nnp-placeholder";
    var own = Array.prototype.some.call(element.childNodes, function (n) {
      return n.nodeType === 1 || (n.nodeType === 3 && n.textContent.trim() !== "");
    });
    if (own) {
      box.appendChild(document.createElement("slot"));
    } else {
      var text = document.createElement("p");
      text.textContent = "Interactive figure: " + (valueIn(fragment, "title") || "a neural network playground")
        + ". It starts when you scroll to it.";
      var open = document.createElement("a");
      open.href = playgroundUrl(fragment);
      open.target = "_blank";
      open.rel = "noopener";
      open.textContent = "Open in the playground";
      box.appendChild(text);
      box.appendChild(open);
    }
    root.appendChild(style);
    root.appendChild(box);
  }

  /* Which controls to show: "controls" lists the sections to keep; everything else is hidden. */
  var SECTIONS = ["run", "settings", "data", "network", "output"];
  function hiddenFor(controls) {
    if (!controls) {
      return [];
    }
    var keep = String(controls).split(",").map(function (c) { return c.trim(); });
    return SECTIONS.filter(function (s) { return keep.indexOf(s) < 0; });
  }

  var DESTROYED = "this playground was destroyed";

  /* The notices of a link, one a line, as an array. */
  function lines(text) {
    return text ? String(text).split("\n") : [];
  }
  /* At most this many epochs per step() call. */
  var MAX_STEP = 100000;
  /* The instance mounted on each element, so that mounting again returns it. */
  var mounted = typeof WeakMap === "function" ? new WeakMap() : null;

  /* Calls each listener with detail; one that throws is reported without stopping the others. */
  function fire(callbacks, detail) {
    callbacks.slice().forEach(function (cb) {
      try {
        cb(detail);
      } catch (e) {
        setTimeout(function () { throw e; });
      }
    });
  }

  function Instance(element, options) {
    options = options || {};
    var self = this;
    var listeners = { epoch: [], frame: [], ready: [] };
    /* The functions of the module the playground runs in now, and its number there (-1 while moving). */
    var api = null;
    var id = -1;
    /* The theme the element or a script asked for, given again to the playground in another module (else the one it had). */
    var theme = options.theme ? String(options.theme) : null;
    var destroyed = false;
    var lastEpoch = -1;
    var steps = Promise.resolve();
    var root = element.shadowRoot || element.attachShadow({ mode: "open" });
    while (root.firstChild) {
      root.removeChild(root.firstChild); // the placeholder
    }
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("style.css", baseUrl).href;
    var box = document.createElement("div");
    box.className = "nnp nnp-embedded";
    root.appendChild(style);
    root.appendChild(box);
    box.setAttribute("data-playground-url", playgroundUrl(""));
    var link = linkOf(options);
    var hide = hiddenFor(options.controls);
    if (hide.length) {
      link += (link ? "&" : "") + "hide=" + hide.join(",");
    }
    /* How many times the playground moved to the other module; a call that made it move sees this change. */
    var moves = 0;
    /* Resolves to the module's functions once the playground is mounted (again, after a move). */
    var apiPromise = mountIn(link, !!options.autoplay, theme).then(function (mountedApi) {
      if (!destroyed) {
        watch();
        fire(listeners.ready, self);
      }
      return mountedApi;
    });

    /* Mounts fragment in the module of its kind, in colour scheme shown (null: the link's); resolves to its functions. */
    function mountIn(fragment, autoplay, shown) {
      return loadApi(fragment).then(function (loaded) {
        if (destroyed) {
          return loaded.api;
        }
        api = loaded.api;
        var before = moves;
        var mountedId = api.mount(box, fragment, autoplay);
        if (moves !== before) {
          // Of the other kind after all: handed over at once, and mounted there (see "nnp-kind").
          api.instanceDestroy(mountedId);
          return api;
        }
        id = mountedId;
        if (shown !== null) {
          api.instanceSetTheme(id, shown); /* the element's theme wins over its link's */
        }
        return api;
      });
    }

    /*
     * The module of one kind handed the playground over (see Instances.java): it left the element,
     * and the link it was asked for is mounted in the module of the other kind, playing if it was, in
     * the colour scheme it had.
     * The epochs it completed before are reported first; calls made meanwhile wait for the new one.
     */
    box.addEventListener("nnp-kind", function (event) {
      var detail = event.detail || {};
      var oldApi = api;
      var oldId = id;
      id = -1;
      lastEpoch = -1;
      moves++;
      apiPromise = apiPromise.then(function () {
        if (oldApi && oldId >= 0) {
          reportEpochs(oldApi, oldId);
          oldApi.instanceDestroy(oldId);
        }
        var shown = theme !== null ? theme : (detail.theme ? String(detail.theme) : null);
        return destroyed ? oldApi : mountIn(String(detail.link || ""), !!detail.playing, shown);
      });
      apiPromise.catch(function (e) { setTimeout(function () { throw e; }); });
    });

    /* Fires "epoch" for each epoch completed since the last call, in order. */
    function reportEpochs(api, id) {
      var n = api.instanceEpochEvents(id);
      if (n === 0 || listeners.epoch.length === 0) {
        return;
      }
      var details = [];
      for (var i = 0; i < n; i++) {
        details.push({ epoch: api.instanceEventEpoch(id, i), batchLoss: api.instanceEventLoss(id, i) });
      }
      details.forEach(function (detail) { fire(listeners.epoch, detail); });
    }

    /* Once per animation frame: the epochs completed ("epoch"), then where training stands ("frame"). */
    function watch() {
      function tick() {
        if (destroyed) {
          return;
        }
        if (id < 0) {
          requestAnimationFrame(tick); /* moving to the other module */
          return;
        }
        reportEpochs(api, id);
        var epoch = api.instanceEpoch(id);
        if (epoch !== lastEpoch) {
          lastEpoch = epoch;
          fire(listeners.frame, { epoch: epoch, trainLoss: api.instanceLoss(id, false), testLoss: api.instanceLoss(id, true) });
        }
        requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    }

    /* Calls fn with the module's functions once the playground is mounted (after any move under way). */
    function call(fn) {
      return apiPromise.then(function () {
        if (destroyed || id < 0) {
          throw new Error(DESTROYED);
        }
        return fn(api);
      });
    }

    function stateOf(api) {
      return {
        link: api.instanceLink(id),
        epoch: api.instanceEpoch(id),
        trainLoss: api.instanceLoss(id, false),
        testLoss: api.instanceLoss(id, true),
        playing: api.instancePlaying(id),
        fingerprint: api.instanceFingerprint(id)
      };
    }

    /*
     * Trains n epochs in slices of one frame's training budget, one slice per animation frame, so the
     * page keeps drawing; resolves to the state when done (early when training diverged).
     */
    function train(n) {
      return new Promise(function (resolve, reject) {
        var left = n;
        function slice() {
          if (destroyed) {
            reject(new Error(DESTROYED));
            return;
          }
          if (id < 0) {
            // Moved to the other module in the middle: the rest of the step trains there.
            apiPromise.then(function () { requestAnimationFrame(slice); }, reject);
            return;
          }
          var done = left > 0 ? api.instanceStep(id, left) : 0;
          if (done < 0) {
            // The run is being taken back from its training worker: the step goes on once it is here.
            requestAnimationFrame(slice);
            return;
          }
          left = done > 0 ? left - done : 0;
          reportEpochs(api, id);
          if (left > 0) {
            requestAnimationFrame(slice);
          } else {
            resolve(stateOf(api));
          }
        }
        slice();
      });
    }

    this.play = function () { return call(function (api) { api.instancePlay(id); }); };
    this.pause = function () { return call(function (api) { api.instancePause(id); }); };
    /* Trains n epochs (default 1, at most 100,000) after any step still running; resolves to the state. */
    this.step = function (n) {
      var epochs = n === undefined ? 1 : Number(n);
      if (!(epochs >= 0) || Math.floor(epochs) !== epochs) {
        return Promise.reject(new Error("step needs a whole number of epochs, not " + n));
      }
      epochs = Math.min(MAX_STEP, epochs);
      var result = steps.then(function () {
        return call(function () { return train(epochs); });
      });
      steps = result.catch(function () {});
      return result;
    };
    /* Shows the playground "light", "dark" or, for anything else, in the reader's system scheme. */
    this.setTheme = function (value) {
      theme = String(value || "auto");
      return call(function (api) { return api.instanceSetTheme(id, theme); });
    };
    this.reset = function () { return call(function (api) { api.instanceReset(id); }); };
    /* The export of the given format (see README, "Taking it away"); options.view picks one view for "png". */
    function target(api) {
      return {
        "export": function (format) {
          if (typeof api.instanceExport === "function") {
            return api.instanceExport(id, format);
          }
          // The points module has no exporters: the app module makes the export from what it is handed.
          return window.nnPlaygroundLoader.pointsExport(api.instanceLink(id), api.instanceWeights(id),
            api.instanceEpoch(id), api.instanceTable(id), format);
        },
        predict: function (bits, width) { return api.instancePredict(id, bits, width); },
        link: function () { return api.instanceLink(id); },
        epoch: function () { return api.instanceEpoch(id); }
      };
    }
    this.exportModel = function (format, options) {
      return call(function (api) { return window.nnPlaygroundExport.exportModel(target(api), box, format, options); });
    };
    /* The network's outputs for rows of raw inputs (x, or x1 and x2), as arrays of numbers. */
    this.predict = function (rows) {
      return call(function (api) { return window.nnPlaygroundExport.predict(target(api), rows); });
    };
    this.getState = function () { return call(stateOf); };
    /*
     * Accepts what getState returns, a link fragment, or { preset, hide }; keeps the instance playing
     * or paused as it was; resolves to the notices.
     */
    this.setState = function (state) {
      var fragment = typeof state === "string" ? state : (state && state.link) ? state.link : linkOf(state || {});
      return call(function (api) {
        var before = moves;
        var notices = api.instanceSetLink(id, fragment.charAt(0) === "#" ? fragment.slice(1) : fragment);
        if (moves !== before) {
          // A link of the other kind: its notices come from the module it moved to.
          return call(function (movedTo) { return movedTo.instanceNotices(id); }).then(lines);
        }
        return lines(notices);
      });
    };
    this.on = function (event, callback) {
      if (!listeners[event]) {
        throw new Error("unknown event " + event + "; use 'epoch', 'frame' or 'ready'");
      }
      listeners[event].push(callback);
      return self;
    };
    this.destroy = function () {
      if (destroyed) {
        return;
      }
      destroyed = true;
      if (mounted && mounted.get(element) === self) {
        mounted.delete(element);
      }
      apiPromise.then(function () {
        if (api && id >= 0) {
          api.instanceDestroy(id);
        }
      });
      while (root.firstChild) {
        root.removeChild(root.firstChild);
      }
    };
  }

  var NNPlayground = {
    /* Mounts a playground in element; an element that already has one gets that one back. */
    mount: function (element, options) {
      if (!(element instanceof Element)) {
        throw new Error("NNPlayground.mount needs an element");
      }
      var existing = mounted && mounted.get(element);
      if (existing) {
        return existing;
      }
      var instance = new Instance(element, options);
      if (mounted) {
        mounted.set(element, instance);
      }
      return instance;
    }
  };
  window.NNPlayground = NNPlayground;

  /* <nn-playground preset="..." link="..." controls="run,output" views="..." title="..." caption="..." theme="light|dark|auto" autoplay> */
  if (window.customElements && !window.customElements.get("nn-playground")) {
    window.customElements.define("nn-playground", class extends HTMLElement {
      static get observedAttributes() {
        return ["theme"];
      }
      /* A host page that switches its own scheme can switch the playground's by setting theme. */
      attributeChangedCallback(name, before, after) {
        if (name === "theme" && this.instance && before !== after) {
          this.instance.setTheme(after).catch(function () {});
        }
      }
      connectedCallback() {
        if (this.instance || this.observer) {
          return;
        }
        var element = this;
        var options = {
          preset: element.getAttribute("preset") || undefined,
          link: element.getAttribute("link") || undefined,
          controls: element.getAttribute("controls") || undefined,
          theme: element.getAttribute("theme") || undefined,
          autoplay: element.hasAttribute("autoplay")
        };
        if (element.hasAttribute("title")) {
          // The figure shows the title itself; left on the element it would be a tooltip over all of it.
          element.figureTitle = element.getAttribute("title");
          element.removeAttribute("title");
        }
        FIGURE_KEYS.forEach(function (key) {
          if (element.hasAttribute(key)) {
            options[key] = element.getAttribute(key);
          }
        });
        if (typeof element.figureTitle === "string") {
          options.title = element.figureTitle;
        }
        var start = function () {
          if (!element.instance) {
            element.instance = NNPlayground.mount(element, options);
          }
        };
        if (!element.shadowRoot) {
          showPlaceholder(element, element.attachShadow({ mode: "open" }), linkOf(options));
        }
        if (!("IntersectionObserver" in window)) {
          start();
          return;
        }
        this.observer = new IntersectionObserver(function (entries) {
          if (entries.some(function (e) { return e.isIntersecting; })) {
            element.observer.disconnect();
            element.observer = null;
            start();
          }
        }, { rootMargin: "300px" });
        this.observer.observe(this);
      }
      disconnectedCallback() {
        if (this.observer) {
          this.observer.disconnect();
          this.observer = null;
        }
        if (this.instance) {
          this.instance.destroy();
          this.instance = null;
        }
      }
    });
  }

  /* Sizes <iframe>s of embed.html to the height they post. */
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "nn-playground:height" || typeof data.height !== "number") {
      return;
    }
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(100, Math.min(5000, Math.ceil(data.height))) + "px";
      }
    }
  });
})();
