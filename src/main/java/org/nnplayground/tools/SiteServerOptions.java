package org.nnplayground.tools;

import java.nio.file.Path;

/**
 * Command-line options of {@link SiteServer}: {@code --port N} and {@code --dir PATH}
 * (also written {@code --port=N}, {@code --dir=PATH}), {@code --cors}, or {@code --help}.
 *
 * @param port the TCP port, 0 for any free port
 * @param dir the directory to serve
 * @param help whether only the usage text was asked for
 * @param cors whether every response allows pages of any origin to read it
 *     ({@code Access-Control-Allow-Origin: *}), as a host must for pages elsewhere that embed the playground
 */
public record SiteServerOptions(int port, Path dir, boolean help, boolean cors) {
    /** Default port when none is given. */
    public static final int DEFAULT_PORT = 8080;
    /** Default directory: the site the Maven build writes. */
    public static final Path DEFAULT_DIR = Path.of("target", "site");

    /** One-paragraph usage text. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: SiteServer [--port N] [--dir PATH] [--cors]",
            "  --port N    port on 127.0.0.1 (default " + DEFAULT_PORT + ", 0 = any free port)",
            "  --dir PATH  directory to serve (default " + DEFAULT_DIR + ")",
            "  --cors      send Access-Control-Allow-Origin: * so that pages of other origins",
            "              can embed the playground with its WebAssembly build",
            "With Maven: ./mvnw -DskipTests package exec:java [-Dport=9000]");

    /** Validates the port range. */
    public SiteServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be between 0 and 65535, not " + port + ".");
        }
    }

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException with a message for the user when an argument is unknown or malformed
     */
    public static SiteServerOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path dir = DEFAULT_DIR;
        boolean cors = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    return new SiteServerOptions(port, dir, true, cors);
                }
                case "--port" -> {
                    if (value == null) {
                        value = valueAfter(args, i++, name);
                    }
                    port = parsePort(value);
                }
                case "--dir" -> {
                    if (value == null) {
                        value = valueAfter(args, i++, name);
                    }
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("--dir needs a directory.");
                    }
                    dir = Path.of(value);
                }
                case "--cors" -> {
                    if (value != null) {
                        throw new IllegalArgumentException("--cors takes no value.");
                    }
                    cors = true;
                }
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        return new SiteServerOptions(port, dir, false, cors);
    }

    private static String valueAfter(String[] args, int index, String name) {
        if (index + 1 >= args.length) {
            throw new IllegalArgumentException(name + " needs a value.");
        }
        return args[index + 1];
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port must be a number, not '" + value + "'.");
        }
    }
}
