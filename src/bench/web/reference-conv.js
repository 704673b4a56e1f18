/*
 * The image layer kinds of the hand-written layered reference (see reference-layered.js): 2-D
 * convolution and 2x2 max pooling, in the Java layers' layout (channels x height x width) and order
 * of summation. Benchmark-only code.
 */
(function (global) {
  "use strict";
  var kit = global.NnReference.layerKit;
  var activationCode = kit.activationCode, activate = kit.activate, deltas = kit.deltas;

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

  kit.kinds.conv2d = Conv2d;
  kit.kinds.maxpool2d = MaxPool2d;
})(typeof window !== "undefined" ? window : globalThis);
