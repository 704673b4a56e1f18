/*
 * The benchmark page's harness: loads the bench entry point's two TeaVM builds (wasm-gc and JS)
 * and the hand-written reference into one page and offers one small API, window.bench, that the
 * Java runner (org.nnplayground.bench.BrowserWorkloads) calls through Playwright:
 *
 *   bench.ready                      Promise, resolved when both builds are loaded
 *   bench.prepare(w)                 workload description; builds the reference from the Java data
 *   bench.reset(impl, w)             back to epoch 0 (untimed)
 *   bench.train(impl, w, epochs)     ms spent training `epochs` epochs
 *   bench.loss(impl, w)              mean training loss now
 *   bench.grid(impl, w, reps)        ms spent evaluating the 100 x 100 grid `reps` times
 *   bench.gridChecksum(impl, w)      sum of every neuron's output of the last grid evaluation
 *
 *   bench.tanh(impl, n, reps)        ms for reps x n tanh calls (the core's DetMath.tanh; Math.tanh for ref)
 *   bench.shuffle(impl, n, reps)     ms for reps Fisher-Yates shuffles of n indices (SplitMix64)
 *   bench.status(impl, w, reps)      ms for reps calls of Trainer.status() (Java builds only)
 *
 *   bench.peers(w)                   Promise: the measured peers of a workload (peers.js), loaded and set up
 *   bench.peerReset(id)              Promise: the peer back to a fresh network (untimed)
 *   bench.peerTrain(id)              Promise: ms for one repetition of the peer's training
 *
 * impl is "wasm" (TeaVM wasm-gc), "js" (TeaVM JavaScript) or "ref" (reference.js).
 * ?builds=named loads the unminified builds (function names for CPU profiles) instead.
 */
(function () {
  "use strict";

  var NAMES = ["benchReset", "benchTrain", "benchTrainLoss", "benchGrid", "benchGridChecksum",
    "benchDescribe", "benchArray", "benchShuffleProbe", "benchTanh", "benchShuffle", "benchStatus"];
  var DIR = new URLSearchParams(window.location.search).get("builds") === "named" ? "named/" : "";

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(s);
    });
  }

  function collect(source, build) {
    var api = {};
    NAMES.concat(["main"]).forEach(function (name) {
      if (typeof source[name] !== "function") {
        throw new Error("the " + build + " bench build does not export " + name);
      }
      api[name] = source[name];
    });
    return api;
  }

  var apis = {};
  var refs = {};
  var prepared = {};

  var ready = loadScript(DIR + "js/bench.js").then(function () {
    apis.js = collect(window, "js");
    apis.js.main([]);
    return loadScript("wasm/bench.wasm-runtime.js");
  }).then(function () {
    return TeaVM.wasmGC.load(DIR + "wasm/bench.wasm");
  }).then(function (teavm) {
    apis.wasm = collect(teavm.exports, "wasm-gc");
    apis.wasm.main([]);
    return Object.keys(apis);
  });

  function java(impl) {
    var api = apis[impl];
    if (!api) {
      throw new Error("no Java build " + impl);
    }
    return api;
  }

  function ref(w) {
    var r = refs[w];
    if (!r) {
      throw new Error("call bench.prepare('" + w + "') first");
    }
    return r;
  }

  function sameOrder(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  window.bench = {
    ready: ready,

    prepare: function (w) {
      var api = apis.wasm;
      var desc = JSON.parse(api.benchDescribe(w));
      var data = {
        inputs: api.benchArray(w, "inputs"),
        targets: api.benchArray(w, "targets"),
        params: api.benchArray(w, "params"),
        grid: desc.gridRepsPerRep > 0 ? api.benchArray(w, "grid") : null
      };
      refs[w] = desc.layers ? new NnReference.LayeredReference(desc, data) : new NnReference.Reference(desc, data);
      prepared[w] = { desc: desc, data: data };
      // The reference's SplitMix64 + Fisher-Yates against the core's, from the trainer's own seed.
      var probe = new NnReference.SplitMix64(desc.shuffleHi, desc.shuffleLo);
      var order = []; for (var i = 0; i < desc.samples; i++) order.push(i);
      probe.shuffle(order);
      probe.shuffle(order);
      var javaOrder = Array.from(api.benchShuffleProbe(desc.shuffleHi, desc.shuffleLo, desc.samples, 2));
      desc.shuffleAgrees = sameOrder(order, javaOrder);
      desc.jsDescribeAgrees = apis.js.benchDescribe(w) === api.benchDescribe(w);
      return desc;
    },

    reset: function (impl, w) {
      if (impl === "ref") ref(w).reset(); else java(impl).benchReset(w);
    },

    train: function (impl, w, epochs) {
      if (impl === "ref") {
        var r = ref(w);
        var start = performance.now();
        r.train(epochs);
        return performance.now() - start;
      }
      return java(impl).benchTrain(w, epochs);
    },

    loss: function (impl, w) {
      return impl === "ref" ? ref(w).trainLoss() : java(impl).benchTrainLoss(w);
    },

    grid: function (impl, w, reps) {
      if (impl === "ref") {
        var r = ref(w);
        var start = performance.now();
        r.grid(reps);
        return performance.now() - start;
      }
      return java(impl).benchGrid(w, reps);
    },

    gridChecksum: function (impl, w) {
      return impl === "ref" ? ref(w).gridChecksum() : java(impl).benchGridChecksum(w);
    },

    tanh: function (impl, n, reps) {
      return impl === "ref" ? NnReference.tanhLoop(n, reps) : java(impl).benchTanh(n, reps);
    },

    shuffle: function (impl, n, reps) {
      return impl === "ref" ? NnReference.shuffleLoop(n, reps) : java(impl).benchShuffle(n, reps);
    },

    status: function (impl, w, reps) {
      return java(impl).benchStatus(w, reps);
    },

    peers: function (w) {
      var d = prepared[w];
      if (!d) throw new Error("call bench.prepare('" + w + "') first");
      return NnPeers.setUp(w, d.desc, d.data);
    },

    peerReset: function (id) {
      return NnPeers.reset(id);
    },

    peerTrain: function (id) {
      return NnPeers.train(id);
    }
  };
})();
