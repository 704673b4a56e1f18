/*
 * The hand-written reference for the workloads built from layers (W4 char model, W5 sine, W6 digits
 * convnet): the same maths as the Java core's layers (Embedding, Lstm, Elman, StepDense, Conv2d,
 * MaxPool2d, Dense, the output head and Objective/Trainer/SgdOptimizer), written by hand in plain
 * JavaScript: Float64Array buffers, flat row-major loops, Math.tanh / Math.exp / Math.log, nothing
 * allocated while training. Benchmark-only code: it is never part of the site.
 *
 * Each layer owns its output buffer (the next layer reads it) and its parameter and gradient arrays,
 * in the order and layout of the Java layer's parameter blocks, so that the initial parameters the
 * Java side hands over (Network.copyParametersTo order) fill them directly:
 *   embedding  table dim x vocabulary (value d of symbol v at d * vocabulary + v)
 *   lstm       Wx 4H x F, Wh 4H x H, b 4H; gate rows i, f, g, o; forget bias as handed over
 *   elman      Wx H x F, Wh H x H, b H
 *   stepdense  W width x F, b width (the same weights at every step)
 *   conv2d     W filters x (channels * k * k), b filters; images channels x height x width
 *   dense      W width x fanIn, b width
 * Training as the Java trainer: per epoch a SplitMix64 + Fisher-Yates shuffle of the sample order
 * (seeded like the trainer's shuffle generator), batches of batchSize (the last one smaller), per
 * sample forward, loss summed over the outputs, backward with the gradient scaled by 1 / (samples in
 * the batch), then plain SGD on every block. Full backpropagation through time over every step.
 * Not done here (the Java trainer does it): divergence checks and the weight snapshot per epoch.
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

  /* ---- Embedding of symbol indices: steps x 1 -> steps x dim ---- */

  function Embedding(s) {
    this.steps = s.steps; this.vocab = s.vocabulary; this.dim = s.dim;
    this.table = new Float64Array(s.dim * s.vocabulary);
    this.gtable = new Float64Array(this.table.length);
    this.params = [this.table];
    this.grads = [this.gtable];
    this.out = new Float64Array(s.steps * s.dim);
  }

  Embedding.prototype.forward = function (x) {
    var out = this.out, table = this.table, dim = this.dim, vocab = this.vocab;
    for (var t = 0; t < this.steps; t++) {
      var sym = x[t], at = t * dim;
      for (var d = 0; d < dim; d++) out[at + d] = table[d * vocab + sym];
    }
  };

  /* The first layer: no gradient into the symbol indices. */
  Embedding.prototype.backward = function (x, gradOut) {
    var g = this.gtable, dim = this.dim, vocab = this.vocab;
    for (var t = 0; t < this.steps; t++) {
      var sym = x[t], at = t * dim;
      for (var d = 0; d < dim; d++) g[d * vocab + sym] += gradOut[at + d];
    }
  };

  /* ---- LSTM, every step's state as output ---- */

  function Lstm(s) {
    var T = s.steps, F = s.features, H = s.hidden, R = 4 * H;
    this.T = T; this.F = F; this.H = H; this.R = R;
    this.wx = new Float64Array(R * F); this.wh = new Float64Array(R * H); this.b = new Float64Array(R);
    this.gwx = new Float64Array(R * F); this.gwh = new Float64Array(R * H); this.gb = new Float64Array(R);
    this.params = [this.wx, this.wh, this.b];
    this.grads = [this.gwx, this.gwh, this.gb];
    this.out = new Float64Array(T * H);    // h of every step
    this.gates = new Float64Array(T * R);  // i, f, g, o of every step
    this.c = new Float64Array(T * H);
    this.tc = new Float64Array(T * H);     // tanh(c)
    this.a = new Float64Array(R);
    this.back = new Float64Array(H);
    this.backCell = new Float64Array(H);
  }

  Lstm.prototype.forward = function (x) {
    var T = this.T, F = this.F, H = this.H, R = this.R;
    var wx = this.wx, wh = this.wh, b = this.b, a = this.a, h = this.out;
    var gates = this.gates, c = this.c, tc = this.tc;
    var H2 = 2 * H, H3 = 3 * H;
    for (var t = 0; t < T; t++) {
      var at = t * H, g = t * R, xAt = t * F, prev = at - H;
      for (var r = 0; r < R; r++) {
        var sum = b[r], base = r * F;
        for (var i = 0; i < F; i++) sum += wx[base + i] * x[xAt + i];
        if (t > 0) {
          var hb = r * H;
          for (var k = 0; k < H; k++) sum += wh[hb + k] * h[prev + k];
        }
        a[r] = sum;
      }
      for (var j = 0; j < H; j++) {
        var ig = sigmoid(a[j]), fg = sigmoid(a[H + j]), cand = Math.tanh(a[H2 + j]), og = sigmoid(a[H3 + j]);
        gates[g + j] = ig; gates[g + H + j] = fg; gates[g + H2 + j] = cand; gates[g + H3 + j] = og;
        var cell = ig * cand;
        if (t > 0) cell += fg * c[prev + j];
        c[at + j] = cell;
        var sq = Math.tanh(cell);
        tc[at + j] = sq;
        h[at + j] = og * sq;
      }
    }
  };

  Lstm.prototype.backward = function (x, gradOut, gradIn) {
    var T = this.T, F = this.F, H = this.H, R = this.R;
    var wx = this.wx, wh = this.wh, gwx = this.gwx, gwh = this.gwh, gb = this.gb, h = this.out;
    var a = this.a, back = this.back, backCell = this.backCell, gates = this.gates, c = this.c, tc = this.tc;
    var H2 = 2 * H, H3 = 3 * H;
    back.fill(0);
    backCell.fill(0);
    for (var t = T - 1; t >= 0; t--) {
      var at = t * H, g = t * R, xAt = t * F, prev = at - H;
      for (var j = 0; j < H; j++) {
        var d = gradOut[at + j] + back[j];
        var ig = gates[g + j], fg = gates[g + H + j], cand = gates[g + H2 + j], og = gates[g + H3 + j];
        var sq = tc[at + j];
        var dc = backCell[j] + d * og * (1 - sq * sq);
        var oldCell = t > 0 ? c[prev + j] : 0;
        a[j] = ig * (1 - ig) * dc * cand;
        a[H + j] = fg * (1 - fg) * dc * oldCell;
        a[H2 + j] = dc * ig * (1 - cand * cand);
        a[H3 + j] = og * (1 - og) * d * sq;
        backCell[j] = t > 0 ? dc * fg : 0;
        back[j] = 0;
      }
      if (gradIn) for (var z = 0; z < F; z++) gradIn[xAt + z] = 0;
      for (var r = 0; r < R; r++) {
        var dr = a[r], base = r * F;
        gb[r] += dr;
        if (gradIn) {
          for (var i = 0; i < F; i++) {
            gwx[base + i] += dr * x[xAt + i];
            gradIn[xAt + i] += wx[base + i] * dr;
          }
        } else {
          for (var i2 = 0; i2 < F; i2++) gwx[base + i2] += dr * x[xAt + i2];
        }
        if (t > 0) {
          var hb = r * H;
          for (var k = 0; k < H; k++) {
            gwh[hb + k] += dr * h[prev + k];
            back[k] += wh[hb + k] * dr;
          }
        }
      }
    }
  };

  /* ---- Elman: h_t = f(Wx x_t + Wh h_{t-1} + b), every step's state as output ---- */

  function Elman(s) {
    var T = s.steps, F = s.features, H = s.hidden;
    this.T = T; this.F = F; this.H = H; this.act = activationCode(s.activation);
    if (this.act !== TANH) throw new Error("the layered reference's Elman layer is tanh only");
    this.wx = new Float64Array(H * F); this.wh = new Float64Array(H * H); this.b = new Float64Array(H);
    this.gwx = new Float64Array(H * F); this.gwh = new Float64Array(H * H); this.gb = new Float64Array(H);
    this.params = [this.wx, this.wh, this.b];
    this.grads = [this.gwx, this.gwh, this.gb];
    this.out = new Float64Array(T * H);
    this.delta = new Float64Array(H);
    this.back = new Float64Array(H);
  }

  Elman.prototype.forward = function (x) {
    var T = this.T, F = this.F, H = this.H, wx = this.wx, wh = this.wh, b = this.b, h = this.out;
    for (var t = 0; t < T; t++) {
      var at = t * H, xAt = t * F, prev = at - H;
      for (var j = 0; j < H; j++) {
        var sum = b[j], base = j * F;
        for (var i = 0; i < F; i++) sum += wx[base + i] * x[xAt + i];
        if (t > 0) {
          var hb = j * H;
          for (var k = 0; k < H; k++) sum += wh[hb + k] * h[prev + k];
        }
        h[at + j] = Math.tanh(sum);
      }
    }
  };

  Elman.prototype.backward = function (x, gradOut, gradIn) {
    var T = this.T, F = this.F, H = this.H, wx = this.wx, wh = this.wh, h = this.out;
    var gwx = this.gwx, gwh = this.gwh, gb = this.gb, delta = this.delta, back = this.back;
    back.fill(0);
    for (var t = T - 1; t >= 0; t--) {
      var at = t * H, xAt = t * F, prev = at - H;
      for (var j = 0; j < H; j++) {
        var hv = h[at + j];
        delta[j] = (gradOut[at + j] + back[j]) * (1 - hv * hv);
        back[j] = 0;
      }
      if (gradIn) for (var z = 0; z < F; z++) gradIn[xAt + z] = 0;
      for (var r = 0; r < H; r++) {
        var dr = delta[r], base = r * F;
        gb[r] += dr;
        for (var i = 0; i < F; i++) {
          gwx[base + i] += dr * x[xAt + i];
          if (gradIn) gradIn[xAt + i] += wx[base + i] * dr;
        }
        if (t > 0) {
          var hb = r * H;
          for (var k = 0; k < H; k++) {
            gwh[hb + k] += dr * h[prev + k];
            back[k] += wh[hb + k] * dr;
          }
        }
      }
    }
  };

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

  /* ---- 2-D convolution, kernel positions inside the image only (the padding adds zeros) ---- */

  function Conv2d(s) {
    this.C = s.channels; this.Hh = s.height; this.Ww = s.width; this.K = s.kernel; this.S = s.stride;
    this.N = s.filters; this.OH = s.outHeight; this.OW = s.outWidth; this.padTop = s.padTop; this.padLeft = s.padLeft;
    this.act = activationCode(s.activation);
    this.fanIn = s.channels * s.kernel * s.kernel;
    this.w = new Float64Array(s.filters * this.fanIn); this.b = new Float64Array(s.filters);
    this.gw = new Float64Array(this.w.length); this.gb = new Float64Array(s.filters);
    this.params = [this.w, this.b];
    this.grads = [this.gw, this.gb];
    var n = s.filters * s.outHeight * s.outWidth;
    this.z = new Float64Array(n);
    this.out = new Float64Array(n);
    this.d = new Float64Array(n);
  }

  Conv2d.prototype.forward = function (x) {
    var C = this.C, H = this.Hh, W = this.Ww, K = this.K, S = this.S, w = this.w, b = this.b, z = this.z;
    var plane = H * W, kk = K * K, o = 0;
    for (var f = 0; f < this.N; f++) {
      var wf = f * this.fanIn, bias = b[f];
      for (var oy = 0; oy < this.OH; oy++) {
        var iy0 = oy * S - this.padTop;
        var ky0 = iy0 < 0 ? -iy0 : 0, ky1 = Math.min(K, H - iy0);
        for (var ox = 0; ox < this.OW; ox++) {
          var ix0 = ox * S - this.padLeft;
          var kx0 = ix0 < 0 ? -ix0 : 0, kx1 = Math.min(K, W - ix0);
          var sum = bias;
          for (var c = 0; c < C; c++) {
            var wc = wf + c * kk, ic = c * plane + iy0 * W + ix0;
            for (var ky = ky0; ky < ky1; ky++) {
              var wr = wc + ky * K, ir = ic + ky * W;
              for (var kx = kx0; kx < kx1; kx++) sum += w[wr + kx] * x[ir + kx];
            }
          }
          z[o++] = sum;
        }
      }
    }
    activate(this.act, z, this.out, z.length);
  };

  Conv2d.prototype.backward = function (x, gradOut, gradIn) {
    var C = this.C, H = this.Hh, W = this.Ww, K = this.K, S = this.S, w = this.w, gw = this.gw, gb = this.gb;
    var d = deltas(this.act, gradOut, this.z, this.out, this.d, this.z.length);
    if (gradIn) gradIn.fill(0);
    var plane = H * W, kk = K * K, o = 0;
    for (var f = 0; f < this.N; f++) {
      var wf = f * this.fanIn;
      for (var oy = 0; oy < this.OH; oy++) {
        var iy0 = oy * S - this.padTop;
        var ky0 = iy0 < 0 ? -iy0 : 0, ky1 = Math.min(K, H - iy0);
        for (var ox = 0; ox < this.OW; ox++, o++) {
          var dt = d[o];
          if (dt === 0) continue;
          gb[f] += dt;
          var ix0 = ox * S - this.padLeft;
          var kx0 = ix0 < 0 ? -ix0 : 0, kx1 = Math.min(K, W - ix0);
          for (var c = 0; c < C; c++) {
            var wc = wf + c * kk, ic = c * plane + iy0 * W + ix0;
            for (var ky = ky0; ky < ky1; ky++) {
              var wr = wc + ky * K, ir = ic + ky * W;
              if (gradIn) {
                for (var kx = kx0; kx < kx1; kx++) {
                  gw[wr + kx] += dt * x[ir + kx];
                  gradIn[ir + kx] += w[wr + kx] * dt;
                }
              } else {
                for (var kx2 = kx0; kx2 < kx1; kx2++) gw[wr + kx2] += dt * x[ir + kx2];
              }
            }
          }
        }
      }
    }
  };

  /* ---- 2x2 max pooling at stride 2; ties go to the first in reading order ---- */

  function MaxPool2d(s) {
    this.C = s.channels; this.Hh = s.height; this.Ww = s.width; this.OH = s.height / 2; this.OW = s.width / 2;
    this.params = [];
    this.grads = [];
    this.out = new Float64Array(this.C * this.OH * this.OW);
    this.chosen = new Int32Array(this.out.length);
  }

  MaxPool2d.prototype.forward = function (x) {
    var W = this.Ww, plane = this.Hh * W, out = this.out, chosen = this.chosen, o = 0;
    for (var c = 0; c < this.C; c++) {
      for (var oy = 0; oy < this.OH; oy++) {
        var top = c * plane + 2 * oy * W;
        for (var ox = 0; ox < this.OW; ox++, o++) {
          var at = top + 2 * ox, best = at;
          if (x[at + 1] > x[best]) best = at + 1;
          if (x[at + W] > x[best]) best = at + W;
          if (x[at + W + 1] > x[best]) best = at + W + 1;
          chosen[o] = best;
          out[o] = x[best];
        }
      }
    }
  };

  MaxPool2d.prototype.backward = function (x, gradOut, gradIn) {
    if (!gradIn) return;
    gradIn.fill(0);
    var chosen = this.chosen;
    for (var o = 0; o < chosen.length; o++) gradIn[chosen[o]] = gradOut[o];
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

  var KINDS = { embedding: Embedding, lstm: Lstm, elman: Elman, stepdense: StepDense, conv2d: Conv2d,
    maxpool2d: MaxPool2d, dense: Dense };

  /* ---- The network, its head and its training ---- */

  /**
   * desc: the workload (BenchMain.benchDescribe of a workload of layers); data: { inputs, targets,
   * params } Float64Arrays from the Java side.
   */
  function LayeredReference(desc, data) {
    if (desc.optimizer !== "sgd") throw new Error("the layered reference knows plain SGD only, not " + desc.optimizer);
    if (desc.clipNorm !== 0) throw new Error("the layered reference does not clip gradients");
    var softmaxCe = desc.outputActivation === "softmax" && desc.loss === "ce";
    var linearMse = desc.outputActivation === "linear" && desc.loss === "mse";
    if (!softmaxCe && !linearMse) {
      throw new Error("the layered reference knows softmax with cross-entropy, and a linear output with squared error");
    }
    this.desc = desc;
    this.softmax = softmaxCe;
    this.layers = desc.layers.map(function (s) {
      var Kind = KINDS[s.kind];
      if (!Kind) throw new Error("the layered reference has no layer " + s.kind);
      return new Kind(s);
    });
    var last = desc.layers[desc.layers.length - 1];
    // Softmax runs over each step's values for a steps x classes output, else over the whole output.
    this.group = last.kind === "stepdense" ? last.width : desc.outputSize;
    this.params = [];
    this.grads = [];
    // gradIn[l]: dLoss/d(input of layer l), the previous layer's output; none for the first layer.
    this.gradIn = [null];
    for (var l = 0; l < this.layers.length; l++) {
      var layer = this.layers[l];
      this.params.push.apply(this.params, layer.params);
      this.grads.push.apply(this.grads, layer.grads);
      if (l > 0) this.gradIn.push(new Float64Array(this.layers[l - 1].out.length));
    }
    var outSize = desc.outputSize;
    if (this.layers[this.layers.length - 1].out.length !== outSize) throw new Error("the layers do not give the workload's outputs");
    this.p = new Float64Array(outSize);       // the head's output
    this.headGrad = new Float64Array(outSize); // dLoss/dz of the last layer
    this.x = new Float64Array(desc.inputSize);
    this.inputs = new Float64Array(data.inputs);
    this.targets = new Float64Array(data.targets);
    this.initial = new Float64Array(data.params);
    var count = 0;
    for (var b = 0; b < this.params.length; b++) count += this.params[b].length;
    if (count !== this.initial.length) throw new Error("the reference has " + count + " parameters, Java " + this.initial.length);
    this.samples = desc.samples;
    this.order = new Int32Array(this.samples);
    this.lr = desc.learningRate;
    this.batch = desc.batchSize;
    this.rng = null;
    this.reset();
  }

  /* Initial parameters, identity order, the shuffle generator's starting state. */
  LayeredReference.prototype.reset = function () {
    var at = 0;
    for (var b = 0; b < this.params.length; b++) {
      var p = this.params[b];
      p.set(this.initial.subarray(at, at + p.length));
      at += p.length;
    }
    for (var i = 0; i < this.samples; i++) this.order[i] = i;
    this.rng = new global.NnReference.SplitMix64(this.desc.shuffleHi, this.desc.shuffleLo);
  };

  /* Runs sample s forward; the head's output is this.p. */
  LayeredReference.prototype.forward = function (s) {
    var x = this.x, n = x.length, layers = this.layers;
    x.set(this.inputs.subarray(s * n, s * n + n));
    var input = x;
    for (var l = 0; l < layers.length; l++) {
      layers[l].forward(input);
      input = layers[l].out;
    }
    var z = input, p = this.p, len = p.length;
    if (this.softmax) {
      var group = this.group;
      for (var from = 0; from < len; from += group) {
        var end = from + group, max = z[from];
        for (var i = from + 1; i < end; i++) max = Math.max(max, z[i]);
        var total = 0;
        for (var j = from; j < end; j++) {
          var e = Math.exp(z[j] - max);
          p[j] = e;
          total += e;
        }
        for (var k = from; k < end; k++) p[k] /= total;
      }
    } else {
      for (var m = 0; m < len; m++) p[m] = z[m];
    }
  };

  /* The loss of sample s after its forward pass, summed over its outputs (and steps). */
  LayeredReference.prototype.loss = function (s) {
    var p = this.p, n = p.length, t = this.targets, at = s * n, sum = 0;
    if (this.softmax) {
      for (var i = 0; i < n; i++) {
        var ti = t[at + i];
        if (ti !== 0) {
          var q = p[i] < 1e-15 ? 1e-15 : (p[i] > 1 - 1e-15 ? 1 - 1e-15 : p[i]);
          sum += -ti * Math.log(q);
        }
      }
    } else {
      for (var j = 0; j < n; j++) {
        var diff = p[j] - t[at + j];
        sum += diff * diff;
      }
    }
    return sum;
  };

  /* Adds scale times sample s's gradient to every layer's gradients. */
  LayeredReference.prototype.backward = function (s, scale) {
    var p = this.p, n = p.length, t = this.targets, at = s * n, d = this.headGrad;
    if (this.softmax) {
      for (var i = 0; i < n; i++) d[i] = scale * (p[i] - t[at + i]);
    } else {
      for (var j = 0; j < n; j++) d[j] = scale * (2 * (p[j] - t[at + j]));
    }
    var layers = this.layers, gradOut = d;
    for (var l = layers.length - 1; l >= 0; l--) {
      var input = l > 0 ? layers[l - 1].out : this.x;
      layers[l].backward(input, gradOut, this.gradIn[l]);
      gradOut = this.gradIn[l];
    }
  };

  /* Trains `epochs` epochs; returns the mean loss of the last batch. */
  LayeredReference.prototype.train = function (epochs) {
    var n = this.samples, order = this.order, lr = this.lr, params = this.params, grads = this.grads;
    var batchLoss = 0;
    for (var e = 0; e < epochs; e++) {
      if (this.desc.shuffle) this.rng.shuffle(order);
      for (var start = 0; start < n; start += this.batch) {
        var count = Math.min(this.batch, n - start);
        for (var b = 0; b < grads.length; b++) grads[b].fill(0);
        var scale = 1 / count, sum = 0;
        for (var k = 0; k < count; k++) {
          var s = order[start + k];
          this.forward(s);
          sum += this.loss(s);
          this.backward(s, scale);
        }
        batchLoss = sum / count;
        for (var b2 = 0; b2 < params.length; b2++) {
          var w = params[b2], g = grads[b2];
          for (var i = 0; i < w.length; i++) w[i] -= lr * g[i];
        }
      }
    }
    return batchLoss;
  };

  /* Mean loss over the training set (forward only). */
  LayeredReference.prototype.trainLoss = function () {
    var sum = 0;
    for (var s = 0; s < this.samples; s++) {
      this.forward(s);
      sum += this.loss(s);
    }
    return sum / this.samples;
  };

  global.NnReference.LayeredReference = LayeredReference;
})(typeof window !== "undefined" ? window : globalThis);
