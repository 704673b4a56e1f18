package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteServerTest {
    private static final String SECRET = "secret outside the site";

    @TempDir
    static Path temp;

    private static SiteServer server;
    private static HttpClient client;

    @BeforeAll
    static void startServer() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("sub"));
        write(site.resolve("index.html"), "<!doctype html><title>root</title>");
        write(site.resolve("sub/index.html"), "<!doctype html><title>sub</title>");
        for (String name : new String[] {"app.js", "style.css", "data.json", "icon.svg", "pic.png",
                "favicon.ico", "app.wasm", "notes.unknownext"}) {
            write(site.resolve(name), "content of " + name);
        }
        write(temp.resolve("secret.txt"), SECRET);
        server = SiteServer.start(site, 0);
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(String method, String rawPath) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + rawPath.substring(1)))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void urlNamesTheLoopbackAddressAndTheBoundPort() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
    }

    @ParameterizedTest
    @CsvSource({
        "/index.html, text/html; charset=utf-8",
        "/app.js, text/javascript; charset=utf-8",
        "/style.css, text/css; charset=utf-8",
        "/data.json, application/json; charset=utf-8",
        "/icon.svg, image/svg+xml",
        "/pic.png, image/png",
        "/favicon.ico, image/x-icon",
        "/app.wasm, application/wasm",
        "/notes.unknownext, application/octet-stream",
    })
    void sendsTheContentTypeOfTheExtension(String path, String contentType) throws Exception {
        HttpResponse<String> response = send("GET", path);
        assertEquals(200, response.statusCode());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void sendsTheContentSecurityPolicyWithHtmlPagesOnly() throws Exception {
        assertEquals(ContentSecurityPolicy.POLICY,
                send("GET", "/").headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals(ContentSecurityPolicy.POLICY,
                send("GET", "/sub/index.html").headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(send("GET", "/app.js").headers().firstValue("Content-Security-Policy").isEmpty());
    }

    @Test
    void servesTheFileContent() throws Exception {
        assertEquals("content of app.js", send("GET", "/app.js").body());
    }

    @Test
    void servesIndexHtmlForDirectoriesAndIgnoresTheQuery() throws Exception {
        assertTrue(send("GET", "/").body().contains("<title>root</title>"));
        assertTrue(send("GET", "/?build=wasm").body().contains("<title>root</title>"));
        assertTrue(send("GET", "/sub/").body().contains("<title>sub</title>"));
    }

    @Test
    void redirectsADirectoryWithoutSlashKeepingTheQuery() throws Exception {
        HttpResponse<String> response = send("GET", "/sub?build=js");
        assertEquals(301, response.statusCode());
        assertEquals("/sub/?build=js", response.headers().firstValue("Location").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missing.js", "/sub/missing.html", "/%252e%252e/secret.txt"})
    void answersMissingFilesWith404(String path) throws Exception {
        HttpResponse<String> response = send("GET", path);
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains(SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/sub/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/sub/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
    })
    void refusesPathsThatLeaveTheSite(String path) throws Exception {
        HttpResponse<String> response = send("GET", path);
        // 403 (not 404) also proves the path reached the server without being normalised away.
        assertEquals(403, response.statusCode());
        assertFalse(response.body().contains(SECRET));
    }

    @Test
    void headSendsHeadersWithoutBody() throws Exception {
        HttpResponse<String> response = send("HEAD", "/app.wasm");
        assertEquals(200, response.statusCode());
        assertEquals("application/wasm", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(String.valueOf("content of app.wasm".length()),
                response.headers().firstValue("Content-Length").orElse(""));
        assertEquals("", response.body());
    }

    @Test
    void headOfAMissingFileIs404() throws Exception {
        assertEquals(404, send("HEAD", "/missing.js").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void refusesOtherMethods(String method) throws Exception {
        HttpResponse<String> response = send(method, "/index.html");
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void withoutCorsNoOtherOriginMayReadTheFiles() throws Exception {
        assertTrue(send("GET", "/app.wasm").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app.wasm", "/app.js", "/index.html", "/missing.js"})
    void withCorsPagesOfAnyOriginMayReadEveryAnswer(String path) throws Exception {
        try (SiteServer open = SiteServer.start(temp.resolve("site"), 0, true)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(open.url() + path.substring(1)))
                    .header("Origin", "http://host.example").GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
    }

    @Test
    void refusesADirectoryWithoutIndexHtmlAndSaysHowToBuild() {
        SiteStartException e = assertThrows(SiteStartException.class,
                () -> SiteServer.start(temp.resolve("does-not-exist"), 0));
        assertTrue(e.getMessage().contains("./mvnw -DskipTests package"), e.getMessage());
    }

    @Test
    void explainsATakenPort() {
        SiteStartException e = assertThrows(SiteStartException.class,
                () -> SiteServer.start(temp.resolve("site"), server.port()));
        assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dport="), e.getMessage());
    }
}
