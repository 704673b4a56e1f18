package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.state.Presets;

/** The table of link settings: each row writes and reads its own value, and a new setting is one row. */
class LinkTableTest {
    /** A setting this version does not have, from 0 to 9, that a link without it reads as 3. */
    private static final LinkField<Integer> DEMO = LinkField.of("demo", FieldCodecs.whole("Demo", 0, 9), link -> 3);
    private static final LinkTable WITH_DEMO = LinkFields.TABLE.with(DEMO);

    private static Draft read(LinkTable table, String fragment, List<String> notices) {
        return table.read(Fragment.parse(fragment), LinkState.of(Presets.defaultPreset().state()), notices);
    }

    @Test
    void aNewSettingIsOneRow() {
        LinkState link = LinkState.of(Presets.byId("xor").state()).withPreset("xor");
        String fragment = WITH_DEMO.encode(link);
        assertEquals(LinkCodec.encode(link) + "&demo=3", fragment, "written last, every other key as before");

        List<String> notices = new ArrayList<>();
        Draft d = read(WITH_DEMO, fragment.replace("demo=3", "demo=7"), notices);
        assertEquals(List.of(), notices);
        assertEquals(7, d.get(DEMO));
        assertEquals(link, d.build(notices), "the other settings read as before");
        assertEquals(List.of(), notices);

        Draft cut = read(WITH_DEMO, "demo=12", notices);
        assertEquals(9, cut.get(DEMO));
        assertEquals(List.of("Demo: 12 is above the limit of 9; using 9."), notices, "its limit, in the usual words");
        notices.clear();
        Draft bad = read(WITH_DEMO, "demo=x&n=20", notices);
        assertEquals(3, bad.get(DEMO), "a value that is no number keeps the default");
        assertEquals(List.of("Ignored demo='x': not a whole number."), notices);
        notices.clear();
        assertEquals(3, read(WITH_DEMO, "n=20", notices).get(DEMO), "a link without the key keeps the default");

        assertEquals(List.of("Ignored the unknown setting 'demo'."), LinkCodec.decode("demo=7").notices(),
                "the table without the row does not know the key");
        assertThrows(IllegalArgumentException.class, () -> LinkFields.TABLE.with(LinkField.of("n",
                FieldCodecs.flag(), l -> true)), "a key is in the table once");
    }

    /** The link is exactly the rows, in their order: what one row writes, it reads back, and silently. */
    @Test
    void everyRowRoundTripsOverSeededRandomStates() {
        Rng rng = new Rng(20261201);
        for (int i = 0; i < 2000; i++) {
            LinkState link = LinkStates.random(rng);
            StringBuilder joined = new StringBuilder();
            for (LinkField<?> f : LinkFields.TABLE.fields()) {
                String text = f.write(link);
                if (text == null) {
                    continue;
                }
                joined.append(joined.length() > 0 ? "&" : "").append(f.key()).append('=').append(Fragment.encode(text));
                List<String> notices = new ArrayList<>();
                assertEquals(f.valueIn(link), f.read(text, notices), f.key() + "=" + text);
                assertEquals(List.of(), notices, f.key() + "=" + text);
            }
            assertEquals(LinkCodec.encode(link), joined.toString());
        }
    }

    /**
     * Whatever text a row accepts, the value it gives is written as text that reads back to the same
     * text, saying nothing new: a value cut to a limit is within the limit, one spelling is kept.
     */
    @Test
    void whatARowReadsItWritesBackAsTheSameValue() {
        Rng rng = new Rng(1201);
        String[] words = {"", "0", "1", "-1", "true", "false", "tanh", "relu", "softmax", "circle", "xor", "spiral3", "ce",
            "mse", "adam", "l2", "he", "batch10", "epoch10", "lr", "play", "zz", "x1,x2", "sinx1", "article", "xor",
            "1e400", "-1e400", "NaN", "dark", "light", "auto", "Dark", "x3fb999999999999a", "99999999999999999999", "0.1", "12a", "AAAAAAAAAAA"};
        List<LinkState> states = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            states.add(LinkStates.random(rng));
        }
        Map<String, Integer> accepted = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            LinkField<?> f = LinkStates.pick(rng, LinkFields.TABLE.fields());
            String valid = f.write(LinkStates.pick(rng, states));
            String text = valid != null && rng.nextInt(4) == 0 ? valid : randomText(rng, words);
            if (readsBack(f, text)) {
                accepted.merge(f.key(), 1, Integer::sum);
            }
        }
        for (LinkField<?> f : LinkFields.TABLE.fields()) {
            assertTrue(accepted.getOrDefault(f.key(), 0) >= 10, f.key() + " read too few values: " + accepted);
        }
    }

    private static <T> boolean readsBack(LinkField<T> f, String text) {
        List<String> first = new ArrayList<>();
        T value;
        try {
            value = f.read(text, first);
        } catch (IllegalArgumentException e) {
            return false;
        }
        List<String> second = new ArrayList<>();
        String again = f.text(value);
        assertEquals(again, f.text(f.read(again, second)), f.key() + "='" + text + "'");
        assertTrue(first.containsAll(second), f.key() + "='" + text + "': " + second + " beyond " + first);
        return true;
    }

    private static String randomText(Rng rng, String[] words) {
        switch (rng.nextInt(4)) {
            case 0:
                return LinkStates.pick(rng, words);
            case 1:
                return Long.toString(rng.nextLong() >> rng.nextInt(64));
            case 2:
                return LinkNumbers.format(rng.uniform(-20, 20) * Math.pow(10, rng.nextInt(9) - 6));
            default:
                return LinkStates.pick(rng, words) + "," + LinkStates.pick(rng, words) + "," + rng.nextInt(300);
        }
    }
}
