package org.nnplayground.tools;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the built static site (by default {@code target/site}) on 127.0.0.1 so that the
 * WebAssembly build can be fetched; browsers refuse to fetch {@code .wasm} from {@code file://}.
 * JVM only: started by {@code ./mvnw -DskipTests package exec:java} and by the browser tests.
 * It binds to the loopback address only and never answers with files outside its directory.
 */
public final class SiteServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;
    private final CountDownLatch closed = new CountDownLatch(1);

    private SiteServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Starts serving {@code dir} on 127.0.0.1.
     *
     * @param dir a directory that contains {@code index.html}
     * @param port the port, 0 for any free port
     * @throws SiteStartException with a message for the user when the directory is not a built
     *     site or the port is taken
     */
    public static SiteServer start(Path dir, int port) throws SiteStartException {
        return start(dir, port, false);
    }

    /**
     * Like {@link #start(Path, int)}; with {@code cors} every response carries
     * {@code Access-Control-Allow-Origin: *}, so that a page of another origin that embeds the
     * playground can fetch wasm/app.wasm (a browser refuses it otherwise, and the loader falls back
     * to the JavaScript build).
     */
    public static SiteServer start(Path dir, int port, boolean cors) throws SiteStartException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve("index.html"))) {
            throw new SiteStartException("There is no index.html in " + absolute
                    + ". Build the site first: ./mvnw -DskipTests package", null);
        }
        InetSocketAddress address = new InetSocketAddress(loopback(), port);
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new SiteStartException("Port " + port + " on 127.0.0.1 is already in use."
                    + " Stop the other server or choose another port, e.g. -Dport=9000"
                    + " (Maven) or --port 9000.", e);
        } catch (IOException e) {
            throw new SiteStartException("Could not listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "site-server-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            server.createContext("/", new StaticFileHandler(absolute, cors));
        } catch (IOException e) {
            server.stop(0);
            workers.shutdownNow();
            throw new SiteStartException("Cannot read " + absolute + ": " + e.getMessage(), e);
        }
        server.setExecutor(workers);
        server.start();
        return new SiteServer(server, workers);
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The port actually bound (useful after starting with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's address, ending with a slash, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Stops serving at once. Safe to call more than once. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        closed.countDown();
    }

    /** Blocks the calling thread until {@link #close()} was called or the thread is interrupted. */
    public void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Serves the site until Ctrl-C. Arguments: {@code --port N} (default 8080, 0 = any free),
     * {@code --dir PATH} (default target/site), {@code --cors} (allow pages of any origin to read the files). Problems are reported in one line, without a stack trace.
     */
    public static void main(String[] args) {
        SiteServerOptions options;
        try {
            options = SiteServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("nn-playground: " + e.getMessage());
            System.err.println(SiteServerOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(SiteServerOptions.USAGE);
            return;
        }
        SiteServer site;
        try {
            site = start(options.dir(), options.port(), options.cors());
        } catch (SiteStartException e) {
            System.err.println("nn-playground: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(site::close, "site-server-shutdown"));
        System.out.println("nn-playground is being served at " + site.url()
                + (options.cors() ? " (to pages of any origin)" : ""));
        System.out.println("Press Ctrl-C to stop.");
        site.awaitClose();
    }
}
