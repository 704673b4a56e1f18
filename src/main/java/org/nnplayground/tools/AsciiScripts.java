package org.nnplayground.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rewrites the built scripts of the site so that they are ASCII only: every character above 0x7F
 * becomes a JavaScript escape {@code \}{@code uXXXX}. TeaVM writes the text of Java string literals
 * into js/app.js as it is (the reset symbol, subscripts, the ellipsis), and a browser decodes a script
 * served without a charset in the encoding of the page that loads it: on a host page in windows-1252
 * "x&#8321;" turned into three wrong letters. Escaped, the script means the same in every encoding.
 *
 * <p>An escape means the same as the character it replaces wherever such characters can stand in
 * a script: in string, template and regular-expression literals, in identifiers and in comments.
 * Run by the build after TeaVM (pom.xml) over the site directory: {@code AsciiScripts DIR}.
 */
public final class AsciiScripts {
    private AsciiScripts() {
    }

    /** {@code text} with every character above 0x7F written as a {@code \}{@code uXXXX} escape. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 64).append(text, 0, i);
            }
            // After an odd run of backslashes the character was escaped already ("\é" means "é"):
            // that backslash then starts the new escape.
            if (!escapedByBackslash(text, i)) {
                out.append('\\');
            }
            out.append('u').append(hex4(c));
        }
        return out == null ? text : out.toString();
    }

    private static boolean escapedByBackslash(String text, int index) {
        int backslashes = 0;
        for (int j = index - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c);
        return "0000".substring(hex.length()) + hex;
    }

    /** Whether {@code text} is ASCII only. */
    public static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    /**
     * Escapes every {@code .js} file below {@code dir} in place (read and written as UTF-8); returns the
     * files it changed.
     */
    public static List<Path> escapeScriptsIn(Path dir) throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(dir)) {
            scripts = files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".js")).sorted().toList();
        }
        try {
            return scripts.stream().filter(AsciiScripts::escapeFile).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean escapeFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String escaped = escape(text);
            if (escaped.equals(text)) {
                return false;
            }
            Files.writeString(file, escaped, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes the scripts below the directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("Usage: AsciiScripts DIR (a directory of built scripts)");
        }
        Path dir = Path.of(args[0]);
        for (Path changed : escapeScriptsIn(dir)) {
            System.out.println("nn-playground: escaped the non-ASCII characters of " + dir.relativize(changed));
        }
    }
}
