/*
 * The measured peers of the workloads built from layers: other JavaScript libraries training the
 * same network sizes on the same data, each through its own API. Benchmark-only: the libraries
 * come from the npm registry (org.nnplayground.bench.PeerScripts fetches them with npm pack into
 * peers/ beside this page); the site never loads them.
 *
 *   W4 char model  brain.js 1.6.1 recurrent.LSTM and recurrent.RNN: an input matrix (embedding) of 5
 *                  per symbol, hidden layers [20, 20], a softmax over the vocabulary (+1 for its end
 *                  token); per sequence 24 characters, which brain.js runs as 25 steps (its start
 *                  token, then each character). trainPattern once per sequence, which is what its
 *                  train() calls per sequence (train() itself would re-encode the data and size the
 *                  embedding to the vocabulary); its own update (RMSProp-like, clipping at 5).
 *   W5 sine        brain.js recurrent.RNNTimeStep and LSTMTimeStep, inputSize 1, hiddenLayers [8],
 *                  outputSize 1: train(sequences, { iterations }) on 21 values per sequence (20
 *                  prediction steps); one call per repetition, all its epochs in that call.
 *   W6 digits      convnetjs 0.3.0 (conv 3x3x8 pad 1 relu, pool 2, conv 3x3x16 pad 1 relu, pool 2,
 *                  softmax 10; Trainer sgd 0.1, batch_size 10, no momentum or decay): train(vol,
 *                  label) once per image. TensorFlow.js 4.22.0, the same layers (same padding, ReLU,
 *                  max pooling, flatten, dense 10 softmax), sgd(0.1), categorical cross-entropy:
 *                  model.fit(x, y, { batchSize: 10, epochs: 1, shuffle: true }) once per
 *                  repetition, on each backend that starts here (cpu, wasm, webgl).
 *
 * API (window.NnPeers): setUp(workload, desc, data) -> Promise of [{ id, name, available, reason,
 * unitsPerRep, calls, net, sameNetwork }]; reset(id) -> Promise; train(id) -> Promise of ms for one
 * repetition. sameNetwork is false for a peer whose cell differs from the workload's (brain.js's
 * plain RNN on W4, its LSTM on W5): measured at the same sizes for scale, not as a like-for-like rival.
 */
(function (global) {
  "use strict";

  /* File names under peers/, as PeerScripts writes them. */
  var FILES = {
    brain: "peers/brain-1.6.1.min.js",
    convnet: "peers/convnet-0.3.0.min.js",
    tf: "peers/tf-4.22.0.min.js",
    tfWasm: "peers/tf-backend-wasm-4.22.0.min.js",
    tfWasmDir: "peers/"
  };

  var loaded = {};

  function load(src) {
    if (!loaded[src]) {
      loaded[src] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = src;
        s.onload = function () { resolve(); };
        s.onerror = function () { reject(new Error("could not load " + src + " (not fetched from the npm registry?)")); };
        document.head.appendChild(s);
      });
    }
    return loaded[src];
  }

  /* id -> { reset(): Promise|undefined, train(): ms or Promise of ms } */
  var peers = {};

  function describe(id, name, unitsPerRep, calls, net, sameNetwork) {
    return { id: id, name: name, available: true, reason: "", unitsPerRep: unitsPerRep, calls: calls, net: net,
      sameNetwork: sameNetwork };
  }

  function unavailable(id, name, error) {
    return { id: id, name: name, available: false, reason: String(error && error.message || error), unitsPerRep: 0,
      calls: "", net: "", sameNetwork: false };
  }

  /* The WebGL renderer this browser gives a page (a software one where there is no GPU). */
  function webglRenderer() {
    var gl = document.createElement("canvas").getContext("webgl2") || document.createElement("canvas").getContext("webgl");
    if (!gl) return "no WebGL context";
    var info = gl.getExtension("WEBGL_debug_renderer_info");
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  }

  /* ---- W4: brain.js character models, symbol indices through its input matrix of 5 ---- */

  function charPeers(desc, data) {
    var emb = desc.layers[0], vocab = emb.vocabulary, steps = emb.steps;
    var hidden = desc.layers.filter(function (l) { return l.kind === "lstm"; }).map(function (l) { return l.hidden; });
    var sequences = [];
    for (var s = 0; s < desc.samples; s++) {
      var seq = [];
      for (var t = 0; t < steps - 1; t++) seq.push(data.inputs[s * steps + t]);
      sequences.push(seq);
    }
    var per = desc.epochsPerRep * desc.samples;
    return load(FILES.brain).then(function () {
      var sizes = "embedding " + emb.dim + ", hidden [" + hidden.join(", ") + "], softmax over " + (vocab + 1);
      return [["brain-lstm", "brain.js LSTM", global.brain.recurrent.LSTM, "LSTM, " + sizes, true],
        ["brain-rnn", "brain.js RNN", global.brain.recurrent.RNN, "plain RNN of ReLU cells (one gate, not the LSTM's four), "
          + sizes, false]]
        .map(function (p) {
          var id = p[0], Kind = p[2], net = null;
          try {
            peers[id] = {
              reset: function () {
                net = new Kind({ inputSize: emb.dim, inputRange: vocab, hiddenLayers: hidden, outputSize: vocab, learningRate: 0.01 });
                net.initialize();
              },
              train: function () {
                var start = performance.now();
                for (var e = 0; e < desc.epochsPerRep; e++) {
                  for (var i = 0; i < sequences.length; i++) net.trainPattern(sequences[i], true);
                }
                return performance.now() - start;
              }
            };
            peers[id].reset();
            peers[id].train();
            return describe(id, p[1], per * steps, "trainPattern once per sequence of " + (steps - 1)
              + " characters (" + steps + " steps), " + per + " calls per repetition", p[3], p[4]);
          } catch (e) {
            delete peers[id];
            return unavailable(id, p[1], e);
          }
        });
    }, function (e) {
      return [unavailable("brain-lstm", "brain.js LSTM", e), unavailable("brain-rnn", "brain.js RNN", e)];
    });
  }

  /* ---- W5: brain.js time-step networks on the sine sequences ---- */

  function sinePeers(desc, data) {
    var rec = desc.layers[0], steps = rec.steps;
    var sequences = [];
    for (var s = 0; s < desc.samples; s++) {
      var seq = [];
      for (var t = 0; t < steps; t++) seq.push(data.inputs[s * steps + t]);
      seq.push(data.targets[s * steps + steps - 1]);
      sequences.push(seq);
    }
    var iterations = desc.epochsPerRep;
    return load(FILES.brain).then(function () {
      return [["brain-rnn-ts", "brain.js RNNTimeStep", global.brain.recurrent.RNNTimeStep,
        "plain RNN of " + rec.hidden + " ReLU cells (the workload's are tanh), 1 input, 1 output", true],
        ["brain-lstm-ts", "brain.js LSTMTimeStep", global.brain.recurrent.LSTMTimeStep,
          "LSTM of " + rec.hidden + " (four gates, not one), 1 input, 1 output", false]].map(function (p) {
        var id = p[0], Kind = p[2], net = null;
        try {
          peers[id] = {
            reset: function () {
              net = new Kind({ inputSize: 1, hiddenLayers: [rec.hidden], outputSize: 1, learningRate: 0.01 });
            },
            train: function () {
              var start = performance.now();
              net.train(sequences, { iterations: iterations, errorThresh: 0, log: false });
              return performance.now() - start;
            }
          };
          peers[id].reset();
          peers[id].train();
          return describe(id, p[1], iterations * desc.samples * steps, "train(" + desc.samples + " sequences of "
            + (steps + 1) + " values, { iterations: " + iterations + " }) once per repetition", p[3], p[4]);
        } catch (e) {
          delete peers[id];
          return unavailable(id, p[1], e);
        }
      });
    }, function (e) {
      return [unavailable("brain-rnn-ts", "brain.js RNNTimeStep", e), unavailable("brain-lstm-ts", "brain.js LSTMTimeStep", e)];
    });
  }

  /* ---- W6: convnetjs and TensorFlow.js on the digits ---- */

  function convLayers(desc) {
    var convs = desc.layers.filter(function (l) { return l.kind === "conv2d"; });
    var dense = desc.layers[desc.layers.length - 1];
    return { first: convs[0], convs: convs, classes: dense.width };
  }

  function convnetPeer(desc, data) {
    var shape = convLayers(desc), c0 = shape.first, side = c0.height, n = desc.samples, pixels = side * side;
    var name = "convnetjs";
    return load(FILES.convnet).then(function () {
      var cj = global.convnetjs;
      var vols = [], labels = [];
      for (var s = 0; s < n; s++) {
        var v = new cj.Vol(side, side, 1, 0.0);
        // convnetjs stores (x, y, depth) at ((sx * y) + x) * depth + d: row-major for one channel, as the core.
        for (var i = 0; i < pixels; i++) v.w[i] = data.inputs[s * pixels + i];
        vols.push(v);
        var label = 0;
        for (var k = 0; k < shape.classes; k++) if (data.targets[s * shape.classes + k] === 1) label = k;
        labels.push(label);
      }
      var trainer = null;
      peers.convnetjs = {
        reset: function () {
          var defs = [{ type: "input", out_sx: side, out_sy: side, out_depth: 1 }];
          shape.convs.forEach(function (c) {
            defs.push({ type: "conv", sx: c.kernel, filters: c.filters, stride: c.stride, pad: c.padTop, activation: "relu" });
            defs.push({ type: "pool", sx: 2, stride: 2 });
          });
          defs.push({ type: "softmax", num_classes: shape.classes });
          var net = new cj.Net();
          net.makeLayers(defs);
          trainer = new cj.Trainer(net, { method: "sgd", learning_rate: desc.learningRate, batch_size: desc.batchSize,
            l1_decay: 0, l2_decay: 0, momentum: 0 });
        },
        train: function () {
          var start = performance.now();
          for (var e = 0; e < desc.epochsPerRep; e++) {
            for (var s2 = 0; s2 < n; s2++) trainer.train(vols[s2], labels[s2]);
          }
          return performance.now() - start;
        }
      };
      peers.convnetjs.reset();
      peers.convnetjs.train();
      return [describe("convnetjs", name, desc.epochsPerRep * n, "Trainer.train(vol, label) once per image, "
        + desc.epochsPerRep * n + " calls per repetition (an update every " + desc.batchSize + ")",
        "the same layers, Float64Array", true)];
    }, function (e) {
      return [unavailable("convnetjs", name, e)];
    });
  }

  /* TensorFlow.js: one model per backend, built after switching to it; fit on the first `images` images. */
  function tfPeers(desc, data) {
    var shape = convLayers(desc), side = shape.first.height, pixels = side * side, classes = shape.classes;
    var images = Math.min(desc.samples, 200);
    var backends = ["cpu", "wasm", "webgl"];
    var names = { cpu: "TensorFlow.js (cpu)", wasm: "TensorFlow.js (wasm)", webgl: "TensorFlow.js (webgl)" };
    return load(FILES.tf).then(function () {
      return load(FILES.tfWasm).then(function () {
        global.tf.wasm.setWasmPaths(FILES.tfWasmDir);
        return null;
      }, function (e) { return e; });
    }).then(function (wasmError) {
      var tf = global.tf;
      var results = [];
      var chain = Promise.resolve();
      backends.forEach(function (backend) {
        chain = chain.then(function () {
          var id = "tfjs-" + backend;
          if (backend === "wasm" && wasmError) {
            results.push(unavailable(id, names[backend], wasmError));
            return null;
          }
          var model = null, xs = null, ys = null;
          function build() {
            return tf.setBackend(backend).then(function (ok) {
              if (!ok) throw new Error("tf.setBackend('" + backend + "') failed: the backend does not start in this browser");
              return tf.ready();
            }).then(function () {
              if (model) { model.dispose(); xs.dispose(); ys.dispose(); }
              model = tf.sequential();
              shape.convs.forEach(function (c, i) {
                var conv = { filters: c.filters, kernelSize: c.kernel, strides: c.stride, padding: "same", activation: "relu",
                  kernelInitializer: "heUniform" };
                if (i === 0) conv.inputShape = [side, side, 1];
                model.add(tf.layers.conv2d(conv));
                model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
              });
              model.add(tf.layers.flatten());
              model.add(tf.layers.dense({ units: classes, activation: "softmax", kernelInitializer: "heUniform" }));
              model.compile({ optimizer: tf.train.sgd(desc.learningRate), loss: "categoricalCrossentropy" });
              xs = tf.tensor4d(Float32Array.from(data.inputs.subarray(0, images * pixels)), [images, side, side, 1]);
              ys = tf.tensor2d(Float32Array.from(data.targets.subarray(0, images * classes)), [images, classes]);
            });
          }
          peers[id] = {
            reset: build,
            train: function () {
              var start = performance.now();
              return model.fit(xs, ys, { batchSize: desc.batchSize, epochs: 1, shuffle: true, verbose: 0 }).then(function () {
                return performance.now() - start;
              });
            }
          };
          return build().then(function () {
            return peers[id].train();
          }).then(function () {
            results.push(describe(id, names[backend], images, "model.fit(" + images + " images, { batchSize: " + desc.batchSize
              + ", epochs: 1 }) once per repetition", "the same layers, float32" + (backend === "webgl"
              ? "; WebGL renderer: " + webglRenderer() : ""), true));
          }, function (e) {
            delete peers[id];
            results.push(unavailable(id, names[backend], e));
          });
        });
      });
      return chain.then(function () { return results; });
    }, function (e) {
      return backends.map(function (b) { return unavailable("tfjs-" + b, names[b], e); });
    });
  }

  function setUp(w, desc, data) {
    if (w === "W4") return charPeers(desc, data);
    if (w === "W5") return sinePeers(desc, data);
    if (w === "W6") {
      return convnetPeer(desc, data).then(function (a) {
        return tfPeers(desc, data).then(function (b) { return a.concat(b); });
      });
    }
    return Promise.resolve([]);
  }

  function peer(id) {
    var p = peers[id];
    if (!p) throw new Error("no peer " + id + " set up");
    return p;
  }

  global.NnPeers = {
    setUp: setUp,
    reset: function (id) { return Promise.resolve(peer(id).reset()); },
    train: function (id) { return Promise.resolve(peer(id).train()); }
  };
})(typeof window !== "undefined" ? window : globalThis);
