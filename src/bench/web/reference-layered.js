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

  var KINDS = global.NnReference.layerKit.kinds;

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
