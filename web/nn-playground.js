/*
 * nn-playground for other people's pages: one script tag, then any number of
 *   <nn-playground preset="xor" controls="run,output" autoplay></nn-playground>
 * or, from script, NNPlayground.mount(element, options). Each instance lives in its own shadow
 * root (no global ids, no shared state), starts when it comes near the viewport and trains only
 * while it is on screen. Also sizes iframes of embed.html from the height they post.
 */
(function () {
  "use strict";
  if (window.NNPlayground) {
    return;
  }
  var scriptUrl = (document.currentScript && document.currentScript.src) || document.baseURI;
  var baseUrl = new URL(".", scriptUrl);
  var loading = null;

  /* Loads the playground build once (loader.js picks wasm-gc or JS) and resolves to its API. */
  function loadApi() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        if (window.nnPlaygroundReady) {
          resolve(window.nnPlaygroundReady);
          return;
        }
        var s = document.createElement("script");
        s.src = new URL("loader.js", baseUrl).href;
        s.onload = function () { resolve(window.nnPlaygroundReady); };
        s.onerror = function () { reject(new Error("could not load " + s.src)); };
        document.head.appendChild(s);
      }).then(function (ready) { return ready; }).then(function (loaded) { return loaded.api; });
    }
    return loading;
  }

  /* The link fragment an options object describes. */
  function linkOf(options) {
    if (typeof options.link === "string") {
      return options.link.charAt(0) === "#" ? options.link.slice(1) : options.link;
    }
    var parts = [];
    if (options.preset) {
      parts.push("preset=" + encodeURIComponent(options.preset));
    }
    if (options.hide) {
      parts.push("hide=" + encodeURIComponent([].concat(options.hide).join(",")));
    }
    return parts.join("&");
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
    var id = -1;
    var destroyed = false;
    var lastEpoch = -1;
    var steps = Promise.resolve();
    var root = element.shadowRoot || element.attachShadow({ mode: "open" });
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("style.css", baseUrl).href;
    var box = document.createElement("div");
    box.className = "nnp nnp-embedded";
    root.appendChild(style);
    root.appendChild(box);
    var link = linkOf(options);
    var hide = hiddenFor(options.controls);
    if (hide.length) {
      link += (link ? "&" : "") + "hide=" + hide.join(",");
    }
    var apiPromise = loadApi().then(function (api) {
      if (destroyed) {
        return api;
      }
      id = api.mount(box, link, !!options.autoplay);
      watch(api);
      fire(listeners.ready, self);
      return api;
    });

    /* Fires "epoch" for each epoch completed since the last call, in order. */
    function reportEpochs(api) {
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
    function watch(api) {
      function tick() {
        if (destroyed) {
          return;
        }
        reportEpochs(api);
        var epoch = api.instanceEpoch(id);
        if (epoch !== lastEpoch) {
          lastEpoch = epoch;
          fire(listeners.frame, { epoch: epoch, trainLoss: api.instanceLoss(id, false), testLoss: api.instanceLoss(id, true) });
        }
        requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    }

    function call(fn) {
      return apiPromise.then(function (api) {
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
    function train(api, n) {
      return new Promise(function (resolve, reject) {
        var left = n;
        function slice() {
          if (destroyed) {
            reject(new Error(DESTROYED));
            return;
          }
          var done = left > 0 ? api.instanceStep(id, left) : 0;
          left = done > 0 ? left - done : 0;
          reportEpochs(api);
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
        return call(function (api) { return train(api, epochs); });
      });
      steps = result.catch(function () {});
      return result;
    };
    this.reset = function () { return call(function (api) { api.instanceReset(id); }); };
    /* The export of the given format (see README, "Taking it away"); options.view picks one view for "png". */
    function target(api) {
      return {
        "export": function (format) { return api.instanceExport(id, format); },
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
        var notices = api.instanceSetLink(id, fragment.charAt(0) === "#" ? fragment.slice(1) : fragment);
        return notices ? notices.split("\n") : [];
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
      apiPromise.then(function (api) {
        if (id >= 0) {
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

  /* <nn-playground preset="..." link="..." controls="run,output" autoplay> */
  if (window.customElements && !window.customElements.get("nn-playground")) {
    window.customElements.define("nn-playground", class extends HTMLElement {
      connectedCallback() {
        if (this.instance || this.observer) {
          return;
        }
        var element = this;
        var start = function () {
          if (!element.instance) {
            element.instance = NNPlayground.mount(element, {
              preset: element.getAttribute("preset") || undefined,
              link: element.getAttribute("link") || undefined,
              controls: element.getAttribute("controls") || undefined,
              autoplay: element.hasAttribute("autoplay")
            });
          }
        };
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
