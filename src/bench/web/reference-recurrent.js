/*
 * The recurrent layer kinds of the hand-written layered reference (see reference-layered.js): a
 * learned embedding of symbol indices, LSTM and Elman layers with every step's state as output and
 * full backpropagation through time, in the Java layers' parameter layout and order of summation.
 * Benchmark-only code.
 */
(function (global) {
  "use strict";
  var kit = global.NnReference.layerKit;
  var TANH = kit.TANH, activationCode = kit.activationCode, sigmoid = kit.sigmoid;

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

  kit.kinds.embedding = Embedding;
  kit.kinds.lstm = Lstm;
  kit.kinds.elman = Elman;
})(typeof window !== "undefined" ? window : globalThis);
