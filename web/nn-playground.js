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

  function Instance(element, options) {
    options = options || {};
    var self = this;
    var listeners = { epoch: [], ready: [] };
    var id = -1;
    var destroyed = false;
    var lastEpoch = -1;
    var host = element.shadowRoot ? element : element;
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
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
      listeners.ready.forEach(function (cb) { cb(self); });
      return api;
    });

    function watch(api) {
      function tick() {
        if (destroyed) {
          return;
        }
        var epoch = api.instanceEpoch(id);
        if (epoch !== lastEpoch) {
          lastEpoch = epoch;
          var detail = { epoch: epoch, trainLoss: api.instanceLoss(id, false), testLoss: api.instanceLoss(id, true) };
          listeners.epoch.forEach(function (cb) { cb(detail); });
        }
        requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    }

    function call(fn) {
      return apiPromise.then(function (api) {
        if (destroyed || id < 0) {
          throw new Error("this playground was destroyed");
        }
        return fn(api);
      });
    }

    this.play = function () { return call(function (api) { api.instancePlay(id); }); };
    this.pause = function () { return call(function (api) { api.instancePause(id); }); };
    this.step = function (n) { return call(function (api) { api.instanceStep(id, n === undefined ? 1 : n | 0); }); };
    this.reset = function () { return call(function (api) { api.instanceReset(id); }); };
    this.getState = function () {
      return call(function (api) {
        return {
          link: api.instanceLink(id),
          epoch: api.instanceEpoch(id),
          trainLoss: api.instanceLoss(id, false),
          testLoss: api.instanceLoss(id, true),
          playing: api.instancePlaying(id)
        };
      });
    };
    /* Accepts what getState returns, a link fragment, or { preset, hide }; resolves to the notices. */
    this.setState = function (state) {
      var fragment = typeof state === "string" ? state : (state && state.link) ? state.link : linkOf(state || {});
      return call(function (api) {
        var notices = api.instanceSetLink(id, fragment.charAt(0) === "#" ? fragment.slice(1) : fragment);
        return notices ? notices.split("\n") : [];
      });
    };
    this.on = function (event, callback) {
      if (!listeners[event]) {
        throw new Error("unknown event " + event + "; use 'epoch' or 'ready'");
      }
      listeners[event].push(callback);
      return self;
    };
    this.destroy = function () {
      if (destroyed) {
        return;
      }
      destroyed = true;
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
    mount: function (element, options) {
      if (!(element instanceof Element)) {
        throw new Error("NNPlayground.mount needs an element");
      }
      return new Instance(element, options);
    }
  };
  window.NNPlayground = NNPlayground;

  /* <nn-playground preset="…" link="…" controls="run,output" autoplay> */
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
