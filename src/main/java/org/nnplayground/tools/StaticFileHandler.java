package org.nnplayground.tools;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Answers GET and HEAD requests with files below one root directory. Directories are answered
 * with their {@code index.html}; anything that would leave the root (".." segments, also when
 * percent-encoded, or symbolic links pointing outside) is refused. With CORS on, every answer allows
 * pages of any origin to read it ({@code Access-Control-Allow-Origin: *}): the site's files are public,
 * and a page elsewhere that embeds the playground must be allowed to fetch wasm/app.wasm.
 */
final class StaticFileHandler implements HttpHandler {
    private static final String INDEX = "index.html";

    private final Path root;
    private final boolean cors;

    /**
     * @param root the served directory; must exist (it is resolved to its real path)
     * @param cors whether answers carry {@code Access-Control-Allow-Origin: *}
     */
    StaticFileHandler(Path root, boolean cors) throws IOException {
        this.root = root.toRealPath();
        this.cors = cors;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (cors) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            }
            respond(exchange);
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendText(exchange, 405, "Method not allowed: " + method, false);
            return;
        }
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath();
        String path = uri.getPath();
        if (rawPath == null || path == null || !path.startsWith("/")) {
            sendText(exchange, 400, "Bad request path", head);
            return;
        }
        if (leavesRoot(path)) {
            sendText(exchange, 403, "Forbidden: paths may not leave the site directory", head);
            return;
        }
        Path target = root.resolve(path.substring(1)).normalize();
        if (!target.startsWith(root)) {
            sendText(exchange, 403, "Forbidden: paths may not leave the site directory", head);
            return;
        }
        if (Files.isDirectory(target)) {
            if (!rawPath.endsWith("/")) {
                redirectToSlash(exchange, uri);
                return;
            }
            target = target.resolve(INDEX);
        }
        if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(root)) {
            sendText(exchange, 404, "Not found: " + path, head);
            return;
        }
        sendFile(exchange, target, head);
    }

    /** True when a decoded path has a ".." segment, a backslash or a NUL character. */
    static boolean leavesRoot(String decodedPath) {
        if (decodedPath.indexOf('\\') >= 0 || decodedPath.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : decodedPath.split("/", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static void sendFile(HttpExchange exchange, Path file, boolean head) throws IOException {
        long size = Files.size(file);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", ContentTypes.forFileName(file.getFileName().toString()));
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        if (isHtml(file)) {
            headers.set("Content-Security-Policy", ContentSecurityPolicy.POLICY);
        }
        if (head) {
            headers.set("Content-Length", Long.toString(size));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
        try (OutputStream body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    private static boolean isHtml(Path file) {
        return ContentTypes.forFileName(file.getFileName().toString()).startsWith("text/html");
    }

    private static void redirectToSlash(HttpExchange exchange, URI uri) throws IOException {
        String location = uri.getRawPath() + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        exchange.getResponseHeaders().set("Location", location);
        sendText(exchange, 301, "Moved to " + location, false);
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head)
            throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/plain; charset=utf-8");
        headers.set("Cache-Control", "no-cache");
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }
}
