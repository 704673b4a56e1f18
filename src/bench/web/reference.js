/*
 * The hand-written reference: the same training maths as the Java core, written the way one writes
 * it by hand in plain JavaScript: Float64Array buffers, flat row-major weights (w[to * fanIn + from]),
 * flat loops, Math.tanh / Math.exp / Math.log. Benchmark-only code: it is never part of the site.
 *
 * Same maths as org.nnplayground.core (Network, Objective, Trainer, SgdOptimizer):
 *   - every epoch shuffles the sample order with SplitMix64 + Fisher-Yates, seeded as the Java
 *     trainer's shuffle generator, so both visit the samples in the same order;
 *   - batches of batchSize samples, the last one smaller if need be; per sample forward, loss
 *     (summed over outputs), backward with the gradient scaled by 1 / (samples in the batch);
 *   - after each batch plain SGD, w -= learningRate * gradient, biases too;
 *   - squared error (o - t)^2 with its gradient 2 (o - t) times the activation's derivative;
 *     softmax with cross-entropy uses dL/dz = p - t.
 * Not done here (the Java trainer does it): divergence checks, the weight snapshot at the start of
 * each epoch, and the metrics over the training and test sets at the end of a trainEpochs call.
 *
 * Data: the inputs, targets, initial weights and grid inputs are handed over by the Java side
 * (copied into this object's own Float64Arrays), so the reference works on identical numbers.
 */
(function (global) {
  "use strict";

  /* ---- SplitMix64 on two unsigned 32-bit halves: the same sequence as the core's Rng ---- */

  function SplitMix64(hi, lo) {
    this.hi = hi >>> 0;
    this.lo = lo >>> 0;
    this.outHi = 0;
    this.outLo = 0;
  }

  /* (ah:al) * (bh:bl) mod 2^64 into r.hi:r.lo. */
  function mul64(ah, al, bh, bl, r) {
    var a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
    var p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    var mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    r.lo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
    var high = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
    r.hi = (high + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
  }

  var product = { hi: 0, lo: 0 };

  /* The next 64 bits into this.outHi:this.outLo. */
  SplitMix64.prototype.next = function () {
    var lo = this.lo + 0x7f4a7c15;
    this.lo = lo >>> 0;
    this.hi = (this.hi + 0x9e3779b9 + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    var zh = this.hi, zl = this.lo;
    zl = (zl ^ ((zl >>> 30) | (zh << 2))) >>> 0;
    zh = (zh ^ (zh >>> 30)) >>> 0;
    mul64(zh, zl, 0xbf58476d, 0x1ce4e5b9, product);
    zh = product.hi;
    zl = product.lo;
    zl = (zl ^ ((zl >>> 27) | (zh << 5))) >>> 0;
    zh = (zh ^ (zh >>> 27)) >>> 0;
    mul64(zh, zl, 0x94d049bb, 0x133111eb, product);
    zh = product.hi;
    zl = product.lo;
    this.outLo = (zl ^ ((zl >>> 31) | (zh << 1))) >>> 0;
    this.outHi = (zh ^ (zh >>> 31)) >>> 0;
  };

  /* Uniform in [0, bound), unbiased, exactly as Rng.nextInt: (next >>> 1) % bound with rejection. */
  SplitMix64.prototype.nextInt = function (bound) {
    for (;;) {
      this.next();
      var rHi = this.outHi >>> 1;
      var rLo = ((this.outLo >>> 1) | (this.outHi << 31)) >>> 0;
      if (rHi !== 0x7fffffff) {
        // r < 2^63 - 2^32 <= the rejection limit: accept; r mod bound from its halves.
        return ((rHi % bound) * (4294967296 % bound) + (rLo % bound)) % bound;
      }
      // Within 2^32 of the top (p = 2^-31): the exact rejection test.
      var r = (BigInt(rHi) << 32n) | BigInt(rLo);
      var b = BigInt(bound);
      var max = (1n << 63n) - 1n;
      if (r < max - (max % b)) {
        return Number(r % b);
      }
    }
  };

  SplitMix64.prototype.shuffle = function (values) {
    for (var i = values.length - 1; i > 0; i--) {
      var j = this.nextInt(i + 1);
      var t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  };

  /* ---- The network ---- */

  var TANH = 1, RELU = 2, SOFTMAX = 3, LINEAR = 4;

  function activationCode(id) {
    switch (id) {
      case "tanh": return TANH;
      case "relu": return RELU;
      case "softmax": return SOFTMAX;
      case "linear": return LINEAR;
      default: throw new Error("the reference has no activation " + id);
    }
  }

  /**
   * desc: the workload (see BenchMain.benchDescribe); data: { inputs, targets, params, grid }
   * Float64Arrays from the Java side.
   */
  function Reference(desc, data) {
    var L = desc.widths.length - 1;
    this.desc = desc;
    this.L = L;
    this.width = Int32Array.from(desc.widths);
    this.act = new Int32Array(L + 1);
    this.w = [null];
    this.b = [null];
    this.gw = [null];
    this.gb = [null];
    this.z = [null];
    this.a = [new Float64Array(this.width[0])];
    this.d = [null];
    this.g = [new Float64Array(this.width[0])];
    for (var l = 1; l <= L; l++) {
      var n = this.width[l], fanIn = this.width[l - 1];
      this.act[l] = activationCode(desc.activations[l - 1]);
      this.w.push(new Float64Array(n * fanIn));
      this.b.push(new Float64Array(n));
      this.gw.push(new Float64Array(n * fanIn));
      this.gb.push(new Float64Array(n));
      this.z.push(new Float64Array(n));
      this.a.push(new Float64Array(n));
      this.d.push(new Float64Array(n));
      this.g.push(new Float64Array(n));
    }
    if (desc.loss !== "mse" && !(desc.loss === "ce" && this.act[L] === SOFTMAX)) {
      throw new Error("the reference knows squared error, and cross-entropy after softmax; not " + desc.loss);
    }
    if (desc.optimizer !== "sgd") {
      throw new Error("the reference knows plain SGD only, not " + desc.optimizer);
    }
    this.crossEntropy = desc.loss === "ce";
    this.inputs = new Float64Array(data.inputs);
    this.targets = new Float64Array(data.targets);
    this.initial = new Float64Array(data.params);
    this.gridInputs = data.grid ? new Float64Array(data.grid) : null;
    this.samples = desc.samples;
    this.order = new Int32Array(this.samples);
    this.rng = null;
    this.lr = desc.learningRate;
    this.batch = desc.batchSize;
    this.gridValues = null;
    this.reset();
  }

  /* Initial weights, identity order, the shuffle generator's starting state. */
  Reference.prototype.reset = function () {
    var at = 0;
    for (var l = 1; l <= this.L; l++) {
      this.w[l].set(this.initial.subarray(at, at + this.w[l].length));
      at += this.w[l].length;
      this.b[l].set(this.initial.subarray(at, at + this.b[l].length));
      at += this.b[l].length;
    }
    for (var i = 0; i < this.samples; i++) {
      this.order[i] = i;
    }
    this.rng = new SplitMix64(this.desc.shuffleHi, this.desc.shuffleLo);
  };

  /* Runs x[offset .. offset + inputs) forward; the output is this.a[L]. */
  Reference.prototype.forward = function (x, offset) {
    var a0 = this.a[0], n0 = this.width[0];
    for (var i = 0; i < n0; i++) {
      a0[i] = x[offset + i];
    }
    for (var l = 1; l <= this.L; l++) {
      var w = this.w[l], b = this.b[l], z = this.z[l], out = this.a[l], prev = this.a[l - 1];
      var n = this.width[l], fanIn = this.width[l - 1], act = this.act[l];
      for (var to = 0; to < n; to++) {
        var sum = b[to], base = to * fanIn;
        for (var from = 0; from < fanIn; from++) {
          sum += w[base + from] * prev[from];
        }
        z[to] = sum;
      }
      if (act === TANH) {
        for (var j = 0; j < n; j++) out[j] = Math.tanh(z[j]);
      } else if (act === RELU) {
        for (var j2 = 0; j2 < n; j2++) out[j2] = z[j2] > 0 ? z[j2] : 0;
      } else if (act === SOFTMAX) {
        var max = z[0];
        for (var k = 1; k < n; k++) max = Math.max(max, z[k]);
        var total = 0;
        for (var k2 = 0; k2 < n; k2++) {
          var e = Math.exp(z[k2] - max);
          out[k2] = e;
          total += e;
        }
        for (var k3 = 0; k3 < n; k3++) out[k3] /= total;
      } else {
        for (var j3 = 0; j3 < n; j3++) out[j3] = z[j3];
      }
    }
    return this.a[this.L];
  };

  /* The loss of the sample last run forward, summed over its outputs. */
  Reference.prototype.loss = function (t, offset) {
    var out = this.a[this.L], n = this.width[this.L], sum = 0;
    if (this.crossEntropy) {
      for (var i = 0; i < n; i++) {
        var ti = t[offset + i];
        if (ti !== 0) {
          var p = out[i] < 1e-15 ? 1e-15 : (out[i] > 1 - 1e-15 ? 1 - 1e-15 : out[i]);
          sum += -ti * Math.log(p);
        }
      }
    } else {
      for (var j = 0; j < n; j++) {
        var diff = out[j] - t[offset + j];
        sum += diff * diff;
      }
    }
    return sum;
  };

  /* f'(z) of hidden or output layer l times g, into d. */
  Reference.prototype.deltaFrom = function (l, g) {
    var d = this.d[l], out = this.a[l], z = this.z[l], n = this.width[l], act = this.act[l];
    if (act === TANH) {
      for (var i = 0; i < n; i++) d[i] = g[i] * (1 - out[i] * out[i]);
    } else if (act === RELU) {
      for (var j = 0; j < n; j++) d[j] = g[j] * (z[j] > 0 ? 1 : 0);
    } else {
      for (var k = 0; k < n; k++) d[k] = g[k];
    }
  };

  /* Adds scale times this sample's gradient to gw and gb. */
  Reference.prototype.backward = function (t, offset, scale) {
    var L = this.L, out = this.a[L], n = this.width[L];
    if (this.crossEntropy) {
      var dTop = this.d[L];
      for (var i = 0; i < n; i++) dTop[i] = scale * (out[i] - t[offset + i]);
    } else {
      var gTop = this.g[L];
      for (var j = 0; j < n; j++) gTop[j] = scale * (2 * (out[j] - t[offset + j]));
      this.deltaFrom(L, gTop);
    }
    for (var l = L; l >= 1; l--) {
      var d = this.d[l], prev = this.a[l - 1], w = this.w[l], gw = this.gw[l], gb = this.gb[l];
      var width = this.width[l], fanIn = this.width[l - 1];
      if (l > 1) {
        var gPrev = this.g[l - 1];
        for (var p = 0; p < fanIn; p++) gPrev[p] = 0;
        for (var to = 0; to < width; to++) {
          var dt = d[to], base = to * fanIn;
          gb[to] += dt;
          for (var from = 0; from < fanIn; from++) {
            gw[base + from] += dt * prev[from];
            gPrev[from] += w[base + from] * dt;
          }
        }
        this.deltaFrom(l - 1, gPrev);
      } else {
        for (var to2 = 0; to2 < width; to2++) {
          var dt2 = d[to2], base2 = to2 * fanIn;
          gb[to2] += dt2;
          for (var from2 = 0; from2 < fanIn; from2++) gw[base2 + from2] += dt2 * prev[from2];
        }
      }
    }
  };

  /* Trains `epochs` epochs; returns the mean loss of the last batch. */
  Reference.prototype.train = function (epochs) {
    var n = this.samples, inW = this.width[0], outW = this.width[this.L];
    var x = this.inputs, t = this.targets, order = this.order, lr = this.lr;
    var batchLoss = 0;
    for (var e = 0; e < epochs; e++) {
      if (this.desc.shuffle) this.rng.shuffle(order);
      for (var start = 0; start < n; start += this.batch) {
        var count = Math.min(this.batch, n - start);
        for (var l = 1; l <= this.L; l++) {
          this.gw[l].fill(0);
          this.gb[l].fill(0);
        }
        var scale = 1 / count, sum = 0;
        for (var k = 0; k < count; k++) {
          var s = order[start + k];
          this.forward(x, s * inW);
          sum += this.loss(t, s * outW);
          this.backward(t, s * outW, scale);
        }
        batchLoss = sum / count;
        for (var l2 = 1; l2 <= this.L; l2++) {
          var w = this.w[l2], gw = this.gw[l2], b = this.b[l2], gb = this.gb[l2];
          for (var i = 0; i < w.length; i++) w[i] -= lr * gw[i];
          for (var j = 0; j < b.length; j++) b[j] -= lr * gb[j];
        }
      }
    }
    return batchLoss;
  };

  /* Mean loss over the training set (forward only). */
  Reference.prototype.trainLoss = function () {
    var n = this.samples, inW = this.width[0], outW = this.width[this.L], sum = 0;
    for (var i = 0; i < n; i++) {
      this.forward(this.inputs, i * inW);
      sum += this.loss(this.targets, i * outW);
    }
    return sum / n;
  };

  /*
   * G the natural hand-written way: point by point, each point forward through the whole network,
   * every neuron's output kept (neuron-major per layer, values[l][neuron * points + p]).
   */
  Reference.prototype.grid = function (reps) {
    var points = this.desc.gridPoints, inW = this.width[0], L = this.L;
    if (this.gridValues === null) {
      this.gridValues = [null];
      for (var l = 1; l <= L; l++) this.gridValues.push(new Float64Array(this.width[l] * points));
      this.point = new Float64Array(inW);
    }
    var gridIn = this.gridInputs, point = this.point;
    for (var r = 0; r < reps; r++) {
      for (var p = 0; p < points; p++) {
        for (var i = 0; i < inW; i++) point[i] = gridIn[i * points + p];
        this.forward(point, 0);
        for (var l2 = 1; l2 <= L; l2++) {
          var out = this.a[l2], values = this.gridValues[l2], n = this.width[l2];
          for (var j = 0; j < n; j++) values[j * points + p] = out[j];
        }
      }
    }
  };

  Reference.prototype.gridChecksum = function () {
    var sum = 0;
    for (var l = 1; l <= this.L; l++) {
      var v = this.gridValues[l];
      for (var i = 0; i < v.length; i++) sum += v[i];
    }
    return sum;
  };

  /* ---- Pieces, timed alone: the same loops as BenchMain.benchTanh and benchShuffle ---- */

  var sink = 0;

  /* reps x n calls of Math.tanh on x = -3 + 6 i / n; returns ms. */
  function tanhLoop(n, reps) {
    var x = new Float64Array(n);
    for (var i = 0; i < n; i++) x[i] = -3 + 6 * i / n;
    var start = performance.now(), sum = 0;
    for (var r = 0; r < reps; r++) {
      for (var j = 0; j < n; j++) sum += Math.tanh(x[j]);
    }
    var ms = performance.now() - start;
    sink += sum;
    return ms;
  }

  /* reps Fisher-Yates shuffles of n indices with SplitMix64; returns ms. */
  function shuffleLoop(n, reps) {
    var order = new Int32Array(n);
    for (var i = 0; i < n; i++) order[i] = i;
    var rng = new SplitMix64(0x12345678, 0x9abcdef0);
    var start = performance.now();
    for (var r = 0; r < reps; r++) rng.shuffle(order);
    var ms = performance.now() - start;
    sink += order[0];
    return ms;
  }

  global.NnReference = {
    Reference: Reference,
    SplitMix64: SplitMix64,
    tanhLoop: tanhLoop,
    shuffleLoop: shuffleLoop,
    sink: function () { return sink; }
  };
})(typeof window !== "undefined" ? window : globalThis);
