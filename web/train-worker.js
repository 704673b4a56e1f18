/*
 * nn-playground training worker: trains a large run (points, or sequences and images) off the page's
 * main thread, in the same WebAssembly GC module the page runs (org.nnplayground.web.TrainWorker holds the
 * functions it calls), so that the page keeps drawing and answering while one batch takes seconds.
 *
 * Messages from the page (TrainWorkerChannel):
 *   { type: "open", runtime, module, fragment, snapshot, reset }  take up the run and play it
 *   { type: "stop" }   hand the run back: answered by one "stopped" with its snapshot
 *   { type: "more" }   the page took the last weights and wants the next
 * Messages to the page:
 *   { type: "progress", status, epochs, weights }  after every slice (weights only when asked and changed)
 *   { type: "stopped", snapshot, status }
 *   { type: "error", message }
 *
 * Training goes in slices of about SLICE_MS; between two slices the worker yields, so that a stop is
 * heard within one slice (a slice trains at least one batch, which for the largest runs is seconds).
 * The next slice is queued as a message on a channel of the worker's own rather than as a timer:
 * browsers hold nested zero-delay timers back at least 4 ms each, 8 % of a slice lost.
 * A classic worker script, no modules.
 */
"use strict";

var SLICE_MS = 50;
var loading = null;
var api = null;
var opened = false;
var playing = false;
var stopWanted = false;
var wantsWeights = true;
var nextSlice = new MessageChannel();
nextSlice.port1.onmessage = function () { slice(); };

/* Queues the next slice behind what the page sent meanwhile. */
function sliceLater() {
  nextSlice.port2.postMessage(null);
}

function describe(error) {
  return error && error.message ? error.message : String(error);
}

function fail(error) {
  playing = false;
  self.postMessage({ type: "error", message: describe(error) });
}

/* Loads the runtime and the module once; resolves to the module's exports. */
function load(runtime, module) {
  if (loading === null) {
    loading = new Promise(function (resolveLoad) {
      importScripts(runtime);
      if (typeof TeaVM !== "object" || !TeaVM.wasmGC) {
        throw new Error(runtime + " did not define TeaVM.wasmGC");
      }
      resolveLoad(TeaVM.wasmGC.load(module));
    }).then(function (teavm) {
      return teavm.exports;
    });
  }
  return loading;
}

function open(message) {
  opened = false;
  playing = false;
  stopWanted = false;
  wantsWeights = true;
  load(message.runtime, message.module).then(function (exports) {
    api = exports;
    var problem = api.workerOpen(message.fragment, message.snapshot, message.reset);
    if (problem) {
      throw new Error(problem);
    }
    opened = true;
    if (stopWanted) {
      stop();
    } else {
      playing = true;
      sliceLater();
    }
  }).catch(fail);
}

function slice() {
  if (!playing) {
    return;
  }
  try {
    var status = api.workerSlice(SLICE_MS);
    var epochs = api.workerEpochs();
    var weights = wantsWeights ? api.workerWeights() : null;
    var transfer = [epochs.buffer];
    if (weights) {
      wantsWeights = false;
      transfer.push(weights.buffer);
    }
    self.postMessage({ type: "progress", status: status, epochs: epochs, weights: weights }, transfer);
    if (status[9] === 0) {
      playing = false; // it stopped by itself (diverged): the page asks for the run
      return;
    }
    sliceLater();
  } catch (error) {
    fail(error);
  }
}

function stop() {
  playing = false;
  if (!opened) {
    stopWanted = true; // still loading: answered once the run is open
    return;
  }
  try {
    var snapshot = api.workerSnapshot();
    var status = api.workerStatus();
    opened = false;
    self.postMessage({ type: "stopped", snapshot: snapshot, status: status }, [snapshot.buffer]);
  } catch (error) {
    fail(error);
  }
}

self.onmessage = function (event) {
  var message = event.data;
  try {
    if (message.type === "open") {
      open(message);
    } else if (message.type === "stop") {
      stop();
    } else if (message.type === "more") {
      wantsWeights = true;
    }
  } catch (error) {
    fail(error);
  }
};
