package org.nnplayground.web;

import org.nnplayground.core.state.WorkerHandOver;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The page's end of the line to web/train-worker.js, a Web Worker that runs the same wasm-gc module
 * (see {@link TrainWorker}): posts "open" (the link, the snapshot, given over without a copy) and
 * "stop", and hands what comes back to the {@link WorkerHandOver}: "progress" (status, epochs,
 * sometimes weights), "stopped" (the snapshot) and "error". The worker sends weights again only after
 * the page asked for more ({@link #askForMore}), so that a large network's weights cross at the pace
 * the page draws them, not at the worker's: new weights make the views paint again (for the largest
 * runs a trace through the network, up to seconds), so the page asks again only after a pause of
 * several times what the slowest frame since the last set took beyond a display frame, and keeps
 * most frames for drawing and keys; a small network, whose new weights draw within a frame, gets
 * them every few frames. {@link #available} says whether the loader found a way
 * to start one (the wasm-gc build over http(s) from the page's own origin, with Worker).
 */
final class TrainWorkerChannel implements WorkerHandOver.Channel {
    /** The least time between two sets of weights the page takes, in milliseconds. */
    static final double WEIGHTS_EVERY_MS = 50;
    /** A display frame at 60 Hz, in milliseconds: what a frame may take without holding the page back. */
    static final double DISPLAY_FRAME_MS = 16.7;
    /**
     * The wait before the next set, in what the slowest frame since the last took beyond a display
     * frame (so that the time lost to such frames is at most a tenth).
     */
    static final double SLOW_FRAMES_BETWEEN = 9;

    @JSFunctor
    interface Receiver extends JSObject {
        void receive(JSObject message);
    }

    /** The module the worker loads: "points" or "lab", the page's own kind. */
    private final String kind;
    private JSObject urls;
    private JSObject worker;
    private WorkerHandOver handOver;
    private boolean weightsTaken;
    private double takenAt;
    /** The slowest frame since the last weights were taken, in milliseconds. */
    private double slowestFrame;

    TrainWorkerChannel(String kind) {
        this.kind = kind;
    }

    /**
     * Whether this page can train in a worker; asked when a run is due to go (the loader knows its
     * build only once main has returned).
     */
    boolean available() {
        if (urls == null) {
            urls = workerUrls(kind);
        }
        return urls != null;
    }

    /** Where the messages go. */
    void connect(WorkerHandOver value) {
        handOver = value;
    }

    @Override
    public void open(String fragment, double[] snapshot, boolean resetWeights) {
        try {
            if (worker == null) {
                worker = newWorker(urls, this::receive);
            }
            weightsTaken = false;
            postOpen(worker, urls, fragment, Float64Array.copyFromJavaArray(snapshot), resetWeights);
        } catch (RuntimeException e) {
            fail("the worker could not start (" + e.getMessage() + ")");
        }
    }

    @Override
    public void stop() {
        if (worker != null) {
            post(worker, "stop");
        }
    }

    /** Tells how long the page's last frame took (its drawing of the weights taken included). */
    void frameTook(double ms) {
        slowestFrame = Math.max(slowestFrame, ms);
    }

    /** Asks for the next set of weights once the last was taken a while ago (see the class comment). */
    void askForMore() {
        double wait = Math.max(WEIGHTS_EVERY_MS, SLOW_FRAMES_BETWEEN * Math.max(0, slowestFrame - DISPLAY_FRAME_MS));
        if (worker != null && weightsTaken && Browser.now() - takenAt >= wait) {
            weightsTaken = false;
            post(worker, "more");
        }
    }

    /** Ends the worker (the page is left). */
    void close() {
        if (worker != null) {
            terminate(worker);
            worker = null;
        }
    }

    private void receive(JSObject message) {
        String type = text(message, "type");
        if ("progress".equals(type)) {
            Float64Array weights = numbers(message, "weights");
            if (weights != null) {
                weightsTaken = true;
                takenAt = Browser.now();
                slowestFrame = 0;
            }
            Float64Array epochs = numbers(message, "epochs");
            handOver.progress(numbers(message, "status").copyToJavaArray(),
                    epochs == null ? null : epochs.copyToJavaArray(),
                    weights == null ? null : weights.copyToJavaArray());
        } else if ("stopped".equals(type)) {
            Float64Array status = numbers(message, "status");
            handOver.stopped(numbers(message, "snapshot").copyToJavaArray(), status == null ? null : status.copyToJavaArray());
        } else {
            fail(text(message, "message"));
        }
    }

    private void fail(String message) {
        close();
        handOver.failed(message);
    }

    /** The loader's URLs for a training worker, or null (see web/loader.js, workerUrls). */
    @JSBody(params = "kind", script = "var l = window.nnPlaygroundLoader; return l && l.workerUrls ? l.workerUrls(kind) : null;")
    private static native JSObject workerUrls(String kind);

    @JSBody(params = {"urls", "receiver"}, script = "var w = new Worker(urls.worker);"
            + " w.onmessage = function (e) { receiver(e.data); };"
            + " w.onerror = function (e) { e.preventDefault(); receiver({ type: 'error', message: e.message || 'the worker failed' }); };"
            + " return w;")
    private static native JSObject newWorker(JSObject urls, Receiver receiver);

    @JSBody(params = {"w", "urls", "fragment", "snapshot", "reset"}, script = "w.postMessage({ type: 'open',"
            + " runtime: urls.runtime, module: urls.module, fragment: fragment, snapshot: snapshot, reset: reset },"
            + " [snapshot.buffer]);")
    private static native void postOpen(JSObject w, JSObject urls, String fragment, Float64Array snapshot, boolean reset);

    @JSBody(params = {"w", "type"}, script = "w.postMessage({ type: type });")
    private static native void post(JSObject w, String type);

    @JSBody(params = "w", script = "w.terminate();")
    private static native void terminate(JSObject w);

    @JSBody(params = {"m", "key"}, script = "var v = m[key]; return v === undefined || v === null ? '' : String(v);")
    private static native String text(JSObject m, String key);

    @JSBody(params = {"m", "key"}, script = "var v = m[key]; return v instanceof Float64Array ? v : null;")
    private static native Float64Array numbers(JSObject m, String key);
}
