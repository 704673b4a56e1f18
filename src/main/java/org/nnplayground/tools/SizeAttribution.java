package org.nnplayground.tools;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the code of an unminified TeaVM module goes: the function bodies' bytes summed per package
 * and per area of the playground, by the function names TeaVM writes (class name, then
 * {@code ::method} or {@code @part}), with the number of classes and of lambda classes (from the
 * {@code @class} globals every class gets). Gzip figures compress each area's bodies together
 * (level 6, {@link GzipSize}, as the build reports them), which tells what an area weighs on its own.
 */
public final class SizeAttribution {
    /** The areas, in the order the report lists them. */
    public static final List<String> AREAS = List.of("sequence/image", "points and shared web", "exports", "links",
            "views", "layers and other core", "class library", "TeaVM's setup", "type tests", "unnamed");

    /** Code bytes of one group: raw, gzip on its own, and the number of functions. */
    public record Bytes(long raw, long gzip, int functions) {
    }

    private final Map<String, Bytes> perArea;
    private final Map<String, Bytes> perPackage;
    private final int classes;
    private final int lambdaClasses;

    private SizeAttribution(Map<String, Bytes> perArea, Map<String, Bytes> perPackage, int classes, int lambdaClasses) {
        this.perArea = perArea;
        this.perPackage = perPackage;
        this.classes = classes;
        this.lambdaClasses = lambdaClasses;
    }

    /** Attributes the function bodies of {@code module}. */
    public static SizeAttribution of(WasmModule module) {
        Map<String, ByteArrayOutputStream> areaBytes = new LinkedHashMap<>();
        Map<String, int[]> areaCounts = new LinkedHashMap<>();
        for (String a : AREAS) {
            areaBytes.put(a, new ByteArrayOutputStream());
            areaCounts.put(a, new int[1]);
        }
        Map<String, ByteArrayOutputStream> packageBytes = new TreeMap<>();
        Map<String, int[]> packageCounts = new TreeMap<>();
        for (int i = 0; i < module.bodySizes().size(); i++) {
            String name = module.bodyName(i);
            byte[] body = module.body(i);
            String area = area(name);
            areaBytes.get(area).writeBytes(body);
            areaCounts.get(area)[0]++;
            String pkg = name == null ? "(unnamed)" : packageOf(name);
            packageBytes.computeIfAbsent(pkg, k -> new ByteArrayOutputStream()).writeBytes(body);
            packageCounts.computeIfAbsent(pkg, k -> new int[1])[0]++;
        }
        Map<String, Bytes> perArea = new LinkedHashMap<>();
        areaBytes.forEach((a, b) -> perArea.put(a, bytes(b, areaCounts.get(a)[0])));
        Map<String, Bytes> perPackage = new TreeMap<>();
        packageBytes.forEach((p, b) -> perPackage.put(p, bytes(b, packageCounts.get(p)[0])));
        int classes = 0;
        int lambdas = 0;
        for (String g : module.globalNames().values()) {
            if (g.endsWith("@class") && !g.startsWith("Array<")) {
                classes++;
                if (isLambda(g)) {
                    lambdas++;
                }
            }
        }
        return new SizeAttribution(perArea, perPackage, classes, lambdas);
    }

    private static Bytes bytes(ByteArrayOutputStream b, int functions) {
        byte[] all = b.toByteArray();
        return new Bytes(all.length, all.length == 0 ? 0 : GzipSize.of(all), functions);
    }

    /** The class part of a TeaVM function name: before {@code ::} or the first {@code @}. */
    static String classOf(String functionName) {
        int colons = functionName.indexOf("::");
        String head = colons >= 0 ? functionName.substring(0, colons) : functionName;
        int at = head.indexOf('@');
        return at >= 0 ? head.substring(0, at) : head;
    }

    /** The package of a function's class (of its outermost class for nested and lambda classes); "" for none. */
    static String packageOf(String functionName) {
        String cls = classOf(functionName);
        if (cls.startsWith("Array<")) {
            return "(arrays)";
        }
        int dollar = cls.indexOf('$');
        String outer = dollar >= 0 ? cls.substring(0, dollar) : cls;
        int dot = outer.lastIndexOf('.');
        return dot >= 0 ? outer.substring(0, dot) : "";
    }

    /** Whether a class (or function, or global) name is one of a lambda class: TeaVM names them {@code Outer$method$lambda$_n_m}. */
    static boolean isLambda(String name) {
        return name.contains("$lambda$");
    }

    /**
     * The area of a function, by its name: TeaVM's own functions ({@code teavm@...}, {@code teavm.}),
     * the per-class type tests ({@code @isSupertypes}), the class library ({@code java.}, {@code org.teavm.},
     * arrays), then the playground's packages: the sequence and image playground (core.state.lab,
     * core.view.lab, core.data.image, core.data.sequence and web classes named Lab... or Image...),
     * core.export, core.link, core.view, the rest of core, the rest of web.
     */
    static String area(String name) {
        if (name == null) {
            return "unnamed";
        }
        if (name.startsWith("teavm@") || name.startsWith("teavm.")) {
            return "TeaVM's setup";
        }
        if (name.contains("@isSupertypes")) {
            return "type tests";
        }
        String cls = classOf(name);
        if (!cls.startsWith("org.nnplayground.")) {
            return "class library";
        }
        String pkg = packageOf(name);
        String simple = simpleOuterName(cls);
        if (pkg.startsWith("org.nnplayground.core.state.lab") || pkg.startsWith("org.nnplayground.core.view.lab")
                || pkg.startsWith("org.nnplayground.core.data.image") || pkg.startsWith("org.nnplayground.core.data.sequence")
                || (pkg.equals("org.nnplayground.web") && (simple.startsWith("Lab") || simple.startsWith("Image")))) {
            return "sequence/image";
        }
        if (pkg.startsWith("org.nnplayground.core.export")) {
            return "exports";
        }
        if (pkg.startsWith("org.nnplayground.core.link")) {
            return "links";
        }
        if (pkg.startsWith("org.nnplayground.core.view")) {
            return "views";
        }
        if (pkg.startsWith("org.nnplayground.web")) {
            return "points and shared web";
        }
        return "layers and other core";
    }

    private static String simpleOuterName(String cls) {
        int dollar = cls.indexOf('$');
        String outer = dollar >= 0 ? cls.substring(0, dollar) : cls;
        return outer.substring(outer.lastIndexOf('.') + 1);
    }

    /** Code bytes per area, in {@link #AREAS} order (every area present, empty ones with zeros). */
    public Map<String, Bytes> perArea() {
        return perArea;
    }

    /** Code bytes per package, sorted by name; nested and lambda classes count with their outer class's package. */
    public Map<String, Bytes> perPackage() {
        return perPackage;
    }

    /** Classes of the module, arrays not counted (one {@code @class} global each). */
    public int classes() {
        return classes;
    }

    /** How many of {@link #classes()} are lambda classes. */
    public int lambdaClasses() {
        return lambdaClasses;
    }

    /** Total code bytes (all bodies). */
    public long codeBytes() {
        return perArea.values().stream().mapToLong(Bytes::raw).sum();
    }
}
