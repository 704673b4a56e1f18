package org.nnplayground.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a WebAssembly module's bytes say about where its size goes: the sections with their sizes,
 * the size of every function body, and the names of the {@code name} custom section (functions,
 * types, globals), which TeaVM writes into an unminified build. Read by the benchmark's size part
 * to attribute the page module's code to packages; only the structure is read, no instruction.
 *
 * <p>Function indices count the imported functions first, so the body of the {@code i}-th defined
 * function has index {@code importedFunctions() + i}. Counting those imports needs every import
 * read exactly: with WebAssembly GC a global's or a table's type can be a reference to a type
 * index ({@code 0x63}/{@code 0x64} and a signed LEB128 heap type), more than one byte.
 */
public final class WasmModule {
    /**
     * One section: its id (0 for custom), its name (custom sections only, else ""), where its content
     * starts in the module and the content's size in bytes.
     */
    public record Section(int id, String name, int start, int size) {
    }

    private final List<Section> sections = new ArrayList<>();
    private final List<Integer> bodySizes = new ArrayList<>();
    private final List<Integer> bodyStarts = new ArrayList<>();
    private byte[] bytes;
    private final Map<Integer, String> functionNames = new HashMap<>();
    private final Map<Integer, String> typeNames = new HashMap<>();
    private final Map<Integer, String> globalNames = new HashMap<>();
    private int importedFunctions;
    private int importedGlobals;
    private int definedFunctions = -1;
    private int definedGlobals;

    private WasmModule() {
    }

    /** Reads {@code bytes}; a file that is not a version-1 module, or is cut short, is refused with the reason. */
    public static WasmModule parse(byte[] bytes) {
        if (bytes.length < 8 || bytes[0] != 0 || bytes[1] != 'a' || bytes[2] != 's' || bytes[3] != 'm') {
            throw new IllegalArgumentException("not a WebAssembly module (no \\0asm at its start)");
        }
        if (bytes[4] != 1 || bytes[5] != 0 || bytes[6] != 0 || bytes[7] != 0) {
            throw new IllegalArgumentException("WebAssembly binary version other than 1");
        }
        WasmModule module = new WasmModule();
        module.bytes = bytes;
        WasmBytes in = new WasmBytes(bytes, 8, bytes.length);
        while (!in.atEnd()) {
            int id = in.u8();
            int size = in.u32();
            int start = in.pos();
            in.skip(size);
            WasmBytes content = new WasmBytes(bytes, start, start + size);
            String name = id == 0 ? content.name() : "";
            module.sections.add(new Section(id, name, start, size));
            switch (id) {
                case 2 -> module.readImports(content);
                case 3 -> module.definedFunctions = content.u32();
                case 6 -> module.definedGlobals = content.u32();
                case 10 -> module.readCode(content);
                case 0 -> {
                    if (name.equals("name")) {
                        module.readNames(content);
                    }
                }
                default -> {
                }
            }
        }
        if (module.definedFunctions >= 0 && module.definedFunctions != module.bodySizes.size()) {
            throw new IllegalArgumentException("the function section declares " + module.definedFunctions
                    + " functions, the code section holds " + module.bodySizes.size());
        }
        return module;
    }

    private void readImports(WasmBytes in) {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            in.name();
            in.name();
            int kind = in.u8();
            switch (kind) {
                case 0 -> {
                    in.u32();
                    importedFunctions++;
                }
                case 1 -> {
                    valueType(in);
                    limits(in);
                }
                case 2 -> limits(in);
                case 3 -> {
                    valueType(in);
                    in.u8();
                    importedGlobals++;
                }
                case 4 -> {
                    in.u8();
                    in.u32();
                }
                default -> throw new IllegalArgumentException("unknown import kind " + kind + " at byte " + (in.pos() - 1));
            }
        }
    }

    /** A value or reference type: one byte, or 0x63/0x64 ("ref null"/"ref") and a heap type. */
    private static void valueType(WasmBytes in) {
        int b = in.u8();
        if (b == 0x63 || b == 0x64) {
            in.s33();
        }
    }

    private static void limits(WasmBytes in) {
        int flags = in.u8();
        in.u32();
        if ((flags & 1) != 0) {
            in.u32();
        }
    }

    private void readCode(WasmBytes in) {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            int size = in.u32();
            bodyStarts.add(in.pos());
            in.skip(size);
            bodySizes.add(size);
        }
    }

    private void readNames(WasmBytes in) {
        while (!in.atEnd()) {
            int sub = in.u8();
            int size = in.u32();
            int start = in.pos();
            Map<Integer, String> target = switch (sub) {
                case 1 -> functionNames;
                case 4 -> typeNames;
                case 7 -> globalNames;
                default -> null;
            };
            if (target != null) {
                int count = in.u32();
                for (int i = 0; i < count; i++) {
                    int index = in.u32();
                    target.put(index, in.name());
                }
                if (in.pos() != start + size) {
                    throw new IllegalArgumentException("name subsection " + sub + " does not end where its size says");
                }
            } else {
                in.skip(size);
            }
        }
    }

    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** The content bytes of {@code section} (for a custom section its name included). */
    public byte[] content(Section section) {
        return Arrays.copyOfRange(bytes, section.start(), section.start() + section.size());
    }

    /** The content size of the first section with {@code id} (for custom sections: with that name), 0 without one. */
    public int sectionSize(int id, String customName) {
        for (Section s : sections) {
            if (s.id() == id && (id != 0 || s.name().equals(customName))) {
                return s.size();
            }
        }
        return 0;
    }

    public int importedFunctions() {
        return importedFunctions;
    }

    public int importedGlobals() {
        return importedGlobals;
    }

    /** Globals the module defines (the global section's count). */
    public int definedGlobals() {
        return definedGlobals;
    }

    /** The sizes of the function bodies, in the code section's order. */
    public List<Integer> bodySizes() {
        return Collections.unmodifiableList(bodySizes);
    }

    /** The bytes of the {@code i}-th function body (its locals and instructions, without the size before them). */
    public byte[] body(int i) {
        int start = bodyStarts.get(i);
        return Arrays.copyOfRange(bytes, start, start + bodySizes.get(i));
    }

    /** The name of function {@code index} (imports counted first), null when the module gives none. */
    public String functionName(int index) {
        return functionNames.get(index);
    }

    /** The name of the {@code i}-th defined function (the {@code i}-th body), null when the module gives none. */
    public String bodyName(int i) {
        return functionNames.get(importedFunctions + i);
    }

    public Map<Integer, String> typeNames() {
        return Collections.unmodifiableMap(typeNames);
    }

    public Map<Integer, String> globalNames() {
        return Collections.unmodifiableMap(globalNames);
    }
}
