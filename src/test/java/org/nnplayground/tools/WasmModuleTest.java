package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link WasmModule} and {@link WasmBytes} on modules whose bytes are written out here. */
class WasmModuleTest {
    /** Bodies of the two defined functions: a local count of 0 and {@code end}; 0, {@code nop} x 3, {@code end}. */
    static final byte[] BODY_A = {0x00, 0x0b};
    static final byte[] BODY_B = {0x00, 0x01, 0x01, 0x01, 0x0b};

    @Test
    void importsOfEveryKindAreCountedAndBodiesGetTheNamesAfterTheImportedFunctions() {
        WasmModule m = WasmModule.parse(sampleModule());
        // one function import; the reference-typed global and table imports before and after it
        // take more than one byte for their type and must not shift the count
        assertEquals(1, m.importedFunctions());
        assertEquals(2, m.importedGlobals());
        assertEquals(List.of(2, 5), m.bodySizes());
        assertArrayEquals(BODY_A, m.body(0));
        assertArrayEquals(BODY_B, m.body(1));
        assertEquals("env.f", m.functionName(0));
        assertEquals("a.b.C::run", m.bodyName(0));
        assertEquals("a.b.C$go$lambda$_0_1::apply", m.bodyName(1));
        assertNull(m.functionName(7));
        assertEquals("a.b.C", m.typeNames().get(0));
        assertEquals(3, m.globalNames().size());
        assertEquals(1, m.definedGlobals());
        List<Integer> ids = m.sections().stream().map(WasmModule.Section::id).toList();
        assertEquals(List.of(1, 2, 3, 6, 10, 0), ids);
        assertEquals("name", m.sections().get(5).name());
        assertEquals(1 + (1 + BODY_A.length) + (1 + BODY_B.length), m.sectionSize(10, "")); // count, then size and body each
        assertEquals(0, m.sectionSize(11, ""));
        WasmModule.Section code = m.sections().get(4);
        assertArrayEquals(concat(u32(2), u32(BODY_A.length), BODY_A, u32(BODY_B.length), BODY_B), m.content(code));
        assertEquals(m.sections().get(3).start() + m.sections().get(3).size() + 2, code.start()); // id and one-byte size between
    }

    @Test
    void anUnnamedModuleHasBodiesWithoutNames() {
        ByteArrayOutputStream out = header();
        section(out, 1, concat(u32(1), new byte[] {0x60, 0, 0}));
        section(out, 3, concat(u32(1), u32(0)));
        section(out, 10, concat(u32(1), u32(BODY_A.length), BODY_A));
        WasmModule m = WasmModule.parse(out.toByteArray());
        assertEquals(0, m.importedFunctions());
        assertNull(m.bodyName(0));
        assertEquals(List.of(2), m.bodySizes());
    }

    @Test
    void badFilesAreRefusedWithTheReason() {
        IllegalArgumentException notWasm = assertThrows(IllegalArgumentException.class,
                () -> WasmModule.parse("<!doctype html>".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(notWasm.getMessage().contains("not a WebAssembly module"), notWasm.getMessage());
        byte[] whole = sampleModule();
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class,
                () -> WasmModule.parse(Arrays.copyOf(whole, whole.length - 3)));
        assertTrue(cut.getMessage().contains("past the end"), cut.getMessage());
        ByteArrayOutputStream out = header();
        section(out, 3, concat(u32(2), u32(0), u32(0)));
        section(out, 10, concat(u32(1), u32(BODY_A.length), BODY_A));
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class, () -> WasmModule.parse(out.toByteArray()));
        assertTrue(mismatch.getMessage().contains("declares 2 functions"), mismatch.getMessage());
        byte[] version2 = header().toByteArray();
        version2[4] = 2;
        assertThrows(IllegalArgumentException.class, () -> WasmModule.parse(version2));
    }

    @Test
    void leb128NumbersReadBackAsWritten() {
        Random random = new Random(17);
        for (int i = 0; i < 2000; i++) {
            long unsigned = i < 10 ? new long[] {0, 1, 127, 128, 255, 16383, 16384, 624485, 0x7fffffffL, 0xffffffffL}[i]
                    : random.nextLong() >>> (32 + random.nextInt(32));
            byte[] u = u32(unsigned);
            WasmBytes in = new WasmBytes(u, 0, u.length);
            assertEquals((int) unsigned, in.u32(), "u32 " + unsigned);
            assertTrue(in.atEnd());
            long signed = i < 6 ? new long[] {0, -1, 63, -64, 64, -65}[i] : (random.nextLong() >> 31);
            byte[] s = s33(signed);
            WasmBytes sin = new WasmBytes(s, 0, s.length);
            assertEquals(signed, sin.s33(), "s33 " + signed);
            assertTrue(sin.atEnd());
        }
        assertArrayEquals(new byte[] {(byte) 0xe5, (byte) 0x8e, 0x26}, u32(624485)); // the format's own example
        byte[] tooLarge = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x1f};
        assertThrows(IllegalArgumentException.class, () -> new WasmBytes(tooLarge, 0, tooLarge.length).u32());
    }

    /**
     * A module with a type, imports of all five kinds (a global of type {@code (ref null 0)}, a
     * function, a table of {@code (ref null func)} with limits 1..10, a memory, a tag, a second
     * global of {@code (ref 0)}), two defined functions and a global, and a name section
     * naming the functions, a type and three globals (a class, a lambda class, an array class).
     */
    static byte[] sampleModule() {
        ByteArrayOutputStream out = header();
        section(out, 1, concat(u32(1), new byte[] {0x60, 0, 0}));
        section(out, 2, concat(u32(6),
                importEntry("env", "g", 3, concat(new byte[] {0x63}, s33(0), new byte[] {0})),
                importEntry("env", "f", 0, u32(0)),
                importEntry("env", "t", 1, concat(new byte[] {0x63}, s33(-16), new byte[] {1}, u32(1), u32(10))),
                importEntry("env", "m", 2, concat(new byte[] {0}, u32(1))),
                importEntry("env", "e", 4, concat(new byte[] {0}, u32(0))),
                importEntry("env", "h", 3, concat(new byte[] {0x64}, s33(0), new byte[] {1}))));
        section(out, 3, concat(u32(2), u32(0), u32(0)));
        section(out, 6, concat(u32(1), new byte[] {0x7f, 0, 0x41, 0, 0x0b}));
        section(out, 10, concat(u32(2), u32(BODY_A.length), BODY_A, u32(BODY_B.length), BODY_B));
        byte[] functionNames = concat(u32(3), nameEntry(0, "env.f"), nameEntry(1, "a.b.C::run"),
                nameEntry(2, "a.b.C$go$lambda$_0_1::apply"));
        byte[] localNames = concat(u32(0));
        byte[] typeNames = concat(u32(1), nameEntry(0, "a.b.C"));
        byte[] globalNames = concat(u32(3), nameEntry(0, "a.b.C@class"), nameEntry(1, "a.b.C$go$lambda$_0_1@class"),
                nameEntry(2, "Array<a.b.C>@class"));
        section(out, 0, concat(name("name"), subsection(1, functionNames), subsection(2, localNames),
                subsection(4, typeNames), subsection(7, globalNames)));
        return out.toByteArray();
    }

    static ByteArrayOutputStream header() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        return out;
    }

    static void section(ByteArrayOutputStream out, int id, byte[] content) {
        out.write(id);
        out.writeBytes(u32(content.length));
        out.writeBytes(content);
    }

    static byte[] subsection(int id, byte[] content) {
        return concat(new byte[] {(byte) id}, u32(content.length), content);
    }

    static byte[] importEntry(String module, String field, int kind, byte[] description) {
        return concat(name(module), name(field), new byte[] {(byte) kind}, description);
    }

    static byte[] nameEntry(int index, String text) {
        return concat(u32(index), name(text));
    }

    static byte[] name(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return concat(u32(utf8.length), utf8);
    }

    static byte[] u32(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long v = value;
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return out.toByteArray();
    }

    static byte[] s33(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long v = value;
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return out.toByteArray();
            }
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
