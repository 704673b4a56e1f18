package org.nnplayground.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.tools.SizeAttribution;
import org.nnplayground.tools.WasmModule;
import org.nnplayground.tools.WasmOptimizer;

/**
 * The benchmark's size part ({@code -Dbench.parts=size}): what the page loads for a link of each kind
 * (every file gzipped at level 6, as {@link PageBench} counts a response: the shared files, the
 * module of that kind, points.wasm or lab.wasm, which the embeds of that kind load too, and for the
 * sequence and image page lab.css) and the
 * module with both kinds (app.wasm: the JS build's counterpart, the points exports'), where the bytes of the module with both kinds go (the unminified page build's sections and
 * names, {@link SizeAttribution}), what one class and Double's decimal tables cost, and what taking
 * the exports out would give: the bench profile's extra builds (the exports with and without their
 * formats, probes) optimized here with the same {@code wasm-opt -Oz} as the product's build.
 * Writes {@code size.md}; no browser is needed.
 */
final class SizeBench {
    /** What index.html and loader.js load for the wasm build besides the module, in that order. */
    static final List<String> PAGE_FILES = List.of("index.html", "style.css", "loader.js", "wasm/app.wasm-runtime.js",
            "favicon.svg");
    /** What a page of one kind loads besides the shared files and its module: the sequence and image page's styles. */
    static final Map<String, List<String>> KIND_FILES = Map.of("wasm/lab.wasm", List.of("lab.css"));
    /** The modules: a points link's page (and embeds), a sequence or image link's, and both kinds. */
    static final List<String> MODULES = List.of("wasm/points.wasm", "wasm/lab.wasm", "wasm/app.wasm");
    /** The size part's own builds (pom.xml, executions bench-size-NAME), by file name without ".wasm". */
    static final List<String> BUILDS = List.of("exports-base", "exports", "probe-one", "probe-forty", "probe-double");
    /** Lambda classes {@code probe-forty} has more than {@code probe-one}. */
    static final int EXTRA_LAMBDAS = 39;

    private SizeBench() {
    }

    /** Raw and gzip size of one module or file. */
    record Size(long raw, long gzip) {
        static Size of(byte[] bytes) {
            return new Size(bytes.length, PageBench.gzipSize(bytes));
        }

        Size minus(Size other) {
            return new Size(raw - other.raw, gzip - other.gzip);
        }
    }

    static String run(Path site, Path namedPage, Path sizeDir, String binaryen, Path cache, Path out) throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder("## Size\n\n");
        Map<String, Size> files = new LinkedHashMap<>();
        for (String f : PAGE_FILES) {
            Path p = site.resolve(f);
            if (Files.isRegularFile(p)) {
                files.put(f, Size.of(Files.readAllBytes(p)));
            }
        }
        long shared = files.values().stream().mapToLong(Size::gzip).sum();
        long sharedRaw = files.values().stream().mapToLong(Size::raw).sum();
        Map<String, Size> modules = new LinkedHashMap<>();
        for (String f : MODULES) {
            Path p = site.resolve(f);
            if (Files.isRegularFile(p)) {
                modules.put(f, Size.of(Files.readAllBytes(p)));
            }
        }
        Size app = modules.getOrDefault("wasm/app.wasm", new Size(0, 0));
        md.append("What the wasm page loads (").append(site).append("), gzip level 6 per file: the shared files, then the"
                + " module of the link's kind:\n\n| file | raw KB | gzip KB |\n|---|---:|---:|\n");
        files.forEach((f, s) -> md.append(row(f, kb(s.raw()), kb(s.gzip()))));
        md.append(row("shared files", kb(sharedRaw), kb(shared)));
        Map<String, String> pages = Map.of("wasm/points.wasm", "a points link", "wasm/lab.wasm", "a sequence or image link",
                "wasm/app.wasm", "both kinds (the points exports' module, with the shared files)");
        Map<String, Size> own = new LinkedHashMap<>();
        for (String f : MODULES) {
            Size extra = new Size(0, 0);
            for (String file : KIND_FILES.getOrDefault(f, List.of())) {
                Path p = site.resolve(file);
                if (Files.isRegularFile(p)) {
                    Size one = Size.of(Files.readAllBytes(p));
                    md.append(row(file, kb(one.raw()), kb(one.gzip())));
                    extra = new Size(extra.raw() + one.raw(), extra.gzip() + one.gzip());
                }
            }
            own.put(f, extra);
        }
        modules.forEach((f, s) -> md.append(row(f, kb(s.raw()), kb(s.gzip()))));
        modules.forEach((f, s) -> md.append(row("**the page of " + pages.get(f) + "**", kb(sharedRaw + own.get(f).raw() + s.raw()),
                "**" + kb(shared + own.get(f).gzip() + s.gzip()) + "**")));
        md.append("\n");

        Path named = namedPage.resolve("wasm/app.wasm");
        if (Files.isRegularFile(named)) {
            attribution(md, WasmModule.parse(Files.readAllBytes(named)));
        } else {
            md.append("(no unminified page module at ").append(named).append(": no attribution)\n\n");
        }

        Map<String, Size[]> builds = new LinkedHashMap<>();
        for (String b : BUILDS) {
            Path wasm = sizeDir.resolve(b + ".wasm");
            if (!Files.isRegularFile(wasm)) {
                continue;
            }
            Path optimized = sizeDir.resolve(b + ".oz.wasm");
            Files.copy(wasm, optimized, StandardCopyOption.REPLACE_EXISTING);
            WasmOptimizer.main(new String[] {"--wasm", optimized.toString(), "--binaryen", binaryen, "--cache", cache.toString()});
            builds.put(b, new Size[] {Size.of(Files.readAllBytes(wasm)), Size.of(Files.readAllBytes(optimized))});
        }
        split(md, builds, app, shared);
        probes(md, builds);
        String text = md.toString();
        Files.writeString(out.resolve("size.md"), text, StandardCharsets.UTF_8);
        return text;
    }

    private static void attribution(StringBuilder md, WasmModule m) {
        SizeAttribution a = SizeAttribution.of(m);
        md.append("The unminified page module (same Main, names kept, before wasm-opt): sections\n\n")
                .append("| section | raw KB | gzip KB (alone) |\n|---|---:|---:|\n");
        for (WasmModule.Section s : m.sections()) {
            Size size = Size.of(m.content(s));
            md.append(row(sectionName(s), kb(s.size()), kb(size.gzip())));
        }
        long code = a.codeBytes();
        md.append("\nCode by area (function names; each area's bodies gzipped together, alone), ")
                .append(a.classes()).append(" classes, ").append(a.lambdaClasses()).append(" of them lambda classes:\n\n")
                .append("| area | functions | raw KB | share | gzip KB |\n|---|---:|---:|---:|---:|\n");
        a.perArea().forEach((area, b) -> md.append(row(area, "" + b.functions(), kb(b.raw()), pct(b.raw(), code), kb(b.gzip()))));
        md.append(row("**all code**", "" + m.bodySizes().size(), kb(code), "100 %", ""));
        md.append("\nThe largest packages (nested and lambda classes with their outer class):\n\n")
                .append("| package | functions | raw KB | gzip KB |\n|---|---:|---:|---:|\n");
        List<Map.Entry<String, SizeAttribution.Bytes>> packages = new ArrayList<>(a.perPackage().entrySet());
        packages.sort((x, y) -> Long.compare(y.getValue().raw(), x.getValue().raw()));
        for (Map.Entry<String, SizeAttribution.Bytes> e : packages.subList(0, Math.min(20, packages.size()))) {
            md.append(row(e.getKey().isEmpty() ? "(TeaVM's own functions)" : e.getKey(), "" + e.getValue().functions(), kb(e.getValue().raw()),
                    kb(e.getValue().gzip())));
        }
        perClass(md, m, a);
    }

    /** The parts every class has in the unminified module. */
    private static void perClass(StringBuilder md, WasmModule m, SizeAttribution a) {
        long typeTests = 0;
        int typeTestCount = 0;
        long initializer = 0;
        Size doubleTables = new Size(0, 0);
        for (int i = 0; i < m.bodySizes().size(); i++) {
            String name = m.bodyName(i);
            if (name == null) {
                continue;
            }
            if (name.endsWith("@isSupertypes")) {
                typeTests += m.bodySizes().get(i);
                typeTestCount++;
            } else if (name.equals("teavm@initializer")) {
                initializer += m.bodySizes().get(i);
            } else if (name.equals("org.teavm.classlib.impl.text.DoubleAnalyzer::<clinit>")
                    || name.equals("org.teavm.classlib.impl.text.DoubleSynthesizer::<clinit>")) {
                Size s = Size.of(m.body(i));
                doubleTables = new Size(doubleTables.raw() + s.raw(), doubleTables.gzip() + s.gzip());
            }
        }
        int classes = Math.max(1, a.classes());
        int classGlobals = 0;
        for (String g : m.globalNames().values()) {
            if (g.endsWith("@class") || g.endsWith("@vt")) {
                classGlobals++;
            }
        }
        md.append("\nPer class, in the same module: ").append(m.typeNames().size()).append(" named types (")
                .append(Fmt.fixed((double) m.typeNames().size() / classes, 2)).append(" per class; type section ")
                .append(Fmt.fixed((double) m.sectionSize(1, "") / classes, 1)).append(" B per class), ")
                .append(classGlobals).append(" @class and @vt globals of ").append(m.globalNames().size())
                .append(" named (global section ").append(Fmt.fixed((double) m.sectionSize(6, "") / classes, 1))
                .append(" B per class), ").append(typeTestCount).append(" type tests (@isSupertypes, ")
                .append(Fmt.fixed((double) typeTests / Math.max(1, typeTestCount), 1)).append(" B each), the class initializer ")
                .append(Fmt.fixed((double) initializer / classes, 1)).append(" B per class. Double's two tables "
                        + "(DoubleAnalyzer and DoubleSynthesizer <clinit>): ")
                .append(kb(doubleTables.raw())).append(" KB raw, ").append(kb(doubleTables.gzip())).append(" KB gzip (each alone).\n\n");
    }

    private static void split(StringBuilder md, Map<String, Size[]> builds, Size app, long shared) {
        md.append("The exports: each build with the page's compiler settings, then wasm-opt -Oz (binaryen, as the product's build).\n\n")
                .append("| module | TeaVM raw KB | TeaVM gzip KB | -Oz raw KB | -Oz gzip KB | page gzip KB |\n|---|---:|---:|---:|---:|---:|\n");
        md.append(row("app.wasm (both kinds, the points exports')", "", "", kb(app.raw()), kb(app.gzip()), ""));
        Map<String, String> labels = Map.of("exports-base", "exports' inputs, no export", "exports", "exports' inputs and every export");
        for (String b : List.of("exports-base", "exports")) {
            Size[] s = builds.get(b);
            if (s != null) {
                md.append(row(labels.get(b), kb(s[0].raw()), kb(s[0].gzip()), kb(s[1].raw()), kb(s[1].gzip()), ""));
            }
        }
        Size[] base = builds.get("exports-base");
        Size[] all = builds.get("exports");
        if (base != null && all != null) {
            Size d0 = all[0].minus(base[0]);
            Size d1 = all[1].minus(base[1]);
            md.append(row("the exports on their own (difference)", kb(d0.raw()), kb(d0.gzip()), kb(d1.raw()), kb(d1.gzip()), ""));
        }
        md.append("\n");
    }

    private static void probes(StringBuilder md, Map<String, Size[]> builds) {
        Size[] one = builds.get("probe-one");
        Size[] forty = builds.get("probe-forty");
        Size[] dbl = builds.get("probe-double");
        if (one == null) {
            return;
        }
        md.append("Fixed costs, from probe modules that differ by a known amount:\n\n")
                .append("| what | TeaVM raw B | TeaVM gzip B | -Oz raw B | -Oz gzip B |\n|---|---:|---:|---:|---:|\n");
        md.append(row("probe with one lambda class (whole module)", "" + one[0].raw(), "" + one[0].gzip(), "" + one[1].raw(),
                "" + one[1].gzip()));
        if (forty != null) {
            Size d0 = forty[0].minus(one[0]);
            Size d1 = forty[1].minus(one[1]);
            md.append(row("one lambda class (" + EXTRA_LAMBDAS + " more, difference / " + EXTRA_LAMBDAS + ")",
                    Fmt.fixed((double) d0.raw() / EXTRA_LAMBDAS, 0), Fmt.fixed((double) d0.gzip() / EXTRA_LAMBDAS, 0),
                    Fmt.fixed((double) d1.raw() / EXTRA_LAMBDAS, 0), Fmt.fixed((double) d1.gzip() / EXTRA_LAMBDAS, 0)));
        }
        if (dbl != null) {
            Size d0 = dbl[0].minus(one[0]);
            Size d1 = dbl[1].minus(one[1]);
            md.append(row("Double.toString and Double.parseDouble", "" + d0.raw(), "" + d0.gzip(), "" + d1.raw(), "" + d1.gzip()));
        }
        md.append("\n");
    }

    static String sectionName(WasmModule.Section s) {
        return switch (s.id()) {
            case 0 -> "custom \"" + s.name() + "\"";
            case 1 -> "type";
            case 2 -> "import";
            case 3 -> "function";
            case 4 -> "table";
            case 5 -> "memory";
            case 6 -> "global";
            case 7 -> "export";
            case 8 -> "start";
            case 9 -> "element";
            case 10 -> "code";
            case 11 -> "data";
            case 12 -> "data count";
            case 13 -> "tag";
            default -> "id " + s.id();
        };
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String kb(long bytes) {
        return Fmt.fixed(bytes / 1000.0, 1);
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "-" : Fmt.fixed(100.0 * part / whole, 1) + " %";
    }
}
