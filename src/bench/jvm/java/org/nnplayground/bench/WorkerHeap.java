package org.nnplayground.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The JS heap of a page's Web Workers (the training worker, which runs its own copy of the wasm-gc
 * module in its own V8 isolate, so the page's {@code Runtime.getHeapUsage} does not count it),
 * through the page's DevTools session: {@code Target.setAutoAttach} reports each worker as it is
 * attached, and commands reach it wrapped in {@code Target.sendMessageToTarget}, their answers
 * coming back as {@code Target.receivedMessageFromTarget} events, matched by id.
 */
final class WorkerHeap {
    private static final long ANSWER_SECONDS = 30;

    private final CDPSession cdp;
    private final List<String> sessions = new ArrayList<>();
    private final BlockingQueue<JsonObject> answers = new LinkedBlockingQueue<>();
    private int nextId = 1;

    /** Starts listening for the workers of {@code cdp}'s page, those running now and those started later. */
    WorkerHeap(CDPSession cdp) {
        this.cdp = cdp;
        cdp.on("Target.attachedToTarget", e -> {
            if ("worker".equals(e.getAsJsonObject("targetInfo").get("type").getAsString())) {
                synchronized (sessions) {
                    sessions.add(e.get("sessionId").getAsString());
                }
            }
        });
        cdp.on("Target.detachedFromTarget", e -> {
            synchronized (sessions) {
                sessions.remove(e.get("sessionId").getAsString());
            }
        });
        cdp.on("Target.receivedMessageFromTarget", e -> answers.add(Json.parse(e.get("message").getAsString())));
        JsonObject p = new JsonObject();
        p.addProperty("autoAttach", true);
        p.addProperty("waitForDebuggerOnStart", false);
        p.addProperty("flatten", false);
        cdp.send("Target.setAutoAttach", p);
    }

    /** How many workers are attached. */
    int workers() {
        synchronized (sessions) {
            return sessions.size();
        }
    }

    /**
     * The heap in use (MB) of every attached worker together, right after two forced garbage
     * collections in each; NaN when no worker runs.
     */
    double mbAfterGc() {
        List<String> now;
        synchronized (sessions) {
            now = new ArrayList<>(sessions);
        }
        if (now.isEmpty()) {
            return Double.NaN;
        }
        double bytes = 0;
        for (String session : now) {
            send(session, "HeapProfiler.collectGarbage");
            send(session, "HeapProfiler.collectGarbage");
            bytes += send(session, "Runtime.getHeapUsage").get("usedSize").getAsDouble();
        }
        return bytes / (1024 * 1024);
    }

    /** Sends {@code method} to the worker of {@code session} and waits for its result. */
    private JsonObject send(String session, String method) {
        int id = nextId++;
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        JsonObject wrapped = new JsonObject();
        wrapped.addProperty("sessionId", session);
        wrapped.addProperty("message", message.toString());
        cdp.send("Target.sendMessageToTarget", wrapped);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_SECONDS);
        try {
            while (System.nanoTime() < until) {
                // Playwright delivers the session's events on this thread while it waits in a call
                cdp.send("Runtime.evaluate", expression("0"));
                JsonObject answer = answers.poll(50, TimeUnit.MILLISECONDS);
                if (answer != null && answer.has("id") && answer.get("id").getAsInt() == id) {
                    if (answer.has("error")) {
                        throw new IllegalStateException(method + " in the worker: " + answer.get("error"));
                    }
                    return answer.getAsJsonObject("result");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException(method + " in the worker: no answer within " + ANSWER_SECONDS + " s");
    }

    private static JsonObject expression(String js) {
        JsonObject p = new JsonObject();
        p.addProperty("expression", js);
        return p;
    }
}
