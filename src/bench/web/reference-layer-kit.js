/*
 * The layer kit of the hand-written layered reference (see reference-layered.js): activations
 * and their derivatives over whole buffers, and the two fully connected layer kinds, per-step dense
 * and dense. Benchmark-only code.
 */
(function (global) {
  "use strict";

  var LINEAR = 0, TANH = 1, RELU = 2;

  function activationCode(id) {
    switch (id) {
      case "linear": return LINEAR;
      case "tanh": return TANH;
      case "relu": return RELU;
      default: throw new Error("the layered reference has no activation " + id);
    }
  }

  function sigmoid(x) {
    return 1 / (1 + Math.exp(-x));
  }

  /* out[i] = f(z[i]) for i in [0, n). */
  function activate(code, z, out, n) {
    if (code === TANH) {
      for (var i = 0; i < n; i++) out[i] = Math.tanh(z[i]);
    } else if (code === RELU) {
      for (var j = 0; j < n; j++) out[j] = z[j] > 0 ? z[j] : 0;
    } else {
      for (var k = 0; k < n; k++) out[k] = z[k];
    }
  }

  /* d[i] = g[i] * f'(z[i]) (from the output for tanh); returns the array that holds dLoss/dz. */
  function deltas(code, g, z, out, d, n) {
    if (code === LINEAR) return g;
    if (code === TANH) {
      for (var i = 0; i < n; i++) d[i] = g[i] * (1 - out[i] * out[i]);
    } else {
      for (var j = 0; j < n; j++) d[j] = g[j] * (z[j] > 0 ? 1 : 0);
    }
    return d;
  }

  /* ---- Per-step dense: out_t = f(W x_t + b) ---- */

  function StepDense(s) {
    this.T = s.steps; this.F = s.features; this.W = s.width; this.act = activationCode(s.activation);
    this.w = new Float64Array(s.width * s.features); this.b = new Float64Array(s.width);
    this.gw = new Float64Array(this.w.length); this.gb = new Float64Array(s.width);
    this.params = [this.w, this.b];
    this.grads = [this.gw, this.gb];
    this.z = new Float64Array(s.steps * s.width);
    this.out = new Float64Array(s.steps * s.width);
    this.d = new Float64Array(s.steps * s.width);
  }

  StepDense.prototype.forward = function (x) {
    var T = this.T, F = this.F, W = this.W, w = this.w, b = this.b, z = this.z;
    for (var t = 0; t < T; t++) {
      var xAt = t * F, zAt = t * W;
      for (var o = 0; o < W; o++) {
        var sum = b[o], base = o * F;
        for (var i = 0; i < F; i++) sum += w[base + i] * x[xAt + i];
        z[zAt + o] = sum;
      }
    }
    activate(this.act, z, this.out, z.length);
  };

  StepDense.prototype.backward = function (x, gradOut, gradIn) {
    var T = this.T, F = this.F, W = this.W, w = this.w, gw = this.gw, gb = this.gb;
    var d = deltas(this.act, gradOut, this.z, this.out, this.d, this.z.length);
    for (var t = 0; t < T; t++) {
      var xAt = t * F, zAt = t * W;
      if (gradIn) for (var z = 0; z < F; z++) gradIn[xAt + z] = 0;
      for (var o = 0; o < W; o++) {
        var dt = d[zAt + o], base = o * F;
        gb[o] += dt;
        if (gradIn) {
          for (var i = 0; i < F; i++) {
            gw[base + i] += dt * x[xAt + i];
            gradIn[xAt + i] += w[base + i] * dt;
          }
        } else {
          for (var i2 = 0; i2 < F; i2++) gw[base + i2] += dt * x[xAt + i2];
        }
      }
    }
  };

  /* ---- Fully connected, any input read as flat ---- */

  function Dense(s) {
    this.fanIn = s.fanIn; this.W = s.width; this.act = activationCode(s.activation);
    this.w = new Float64Array(s.width * s.fanIn); this.b = new Float64Array(s.width);
    this.gw = new Float64Array(this.w.length); this.gb = new Float64Array(s.width);
    this.params = [this.w, this.b];
    this.grads = [this.gw, this.gb];
    this.z = new Float64Array(s.width);
    this.out = new Float64Array(s.width);
    this.d = new Float64Array(s.width);
  }

  Dense.prototype.forward = function (x) {
    var n = this.fanIn, w = this.w, b = this.b, z = this.z;
    for (var to = 0; to < this.W; to++) {
      var sum = b[to], base = to * n;
      for (var from = 0; from < n; from++) sum += w[base + from] * x[from];
      z[to] = sum;
    }
    activate(this.act, z, this.out, this.W);
  };

  Dense.prototype.backward = function (x, gradOut, gradIn) {
    var n = this.fanIn, w = this.w, gw = this.gw, gb = this.gb;
    var d = deltas(this.act, gradOut, this.z, this.out, this.d, this.W);
    if (gradIn) gradIn.fill(0);
    for (var to = 0; to < this.W; to++) {
      var dt = d[to];
      if (dt === 0) continue;
      var base = to * n;
      gb[to] += dt;
      if (gradIn) {
        for (var from = 0; from < n; from++) {
          gw[base + from] += dt * x[from];
          gradIn[from] += w[base + from] * dt;
        }
      } else {
        for (var f2 = 0; f2 < n; f2++) gw[base + f2] += dt * x[f2];
      }
    }
  };

  global.NnReference.layerKit = {
    LINEAR: LINEAR, TANH: TANH, RELU: RELU,
    activationCode: activationCode, sigmoid: sigmoid, activate: activate, deltas: deltas,
    kinds: { stepdense: StepDense, dense: Dense }
  };
})(typeof window !== "undefined" ? window : globalThis);
