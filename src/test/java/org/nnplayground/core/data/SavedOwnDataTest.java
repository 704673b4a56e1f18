package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.table.CsvOptions;

/** The record kept in the browser's storage: any record comes back the same; damaged text gives a message. */
class SavedOwnDataTest {
    private static final String CHARS = "ab,;\t\n\r:\"x1*2>0 \u00e9\u4e2d9";

    private static String text(Rng rng, int max) {
        StringBuilder s = new StringBuilder();
        int n = rng.nextInt(max);
        for (int i = 0; i < n; i++) {
            s.append(CHARS.charAt(rng.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    private static SavedOwnData random(Rng rng) {
        SavedOwnData d = SavedOwnData.NOTHING;
        if (rng.nextInt(2) == 0) {
            DrawnPoints p = DrawnPoints.empty(ProblemType.values()[rng.nextInt(4)]);
            for (int i = rng.nextInt(20); i > 0; i--) {
                p = p.with(rng.uniform(-6, 6), rng.uniform(-6, 6), p.problem().isClassification() ? rng.nextInt(2) : rng.uniform(-1, 1));
            }
            d = d.withDrawing(p);
        }
        if (rng.nextInt(2) == 0) {
            DatasetKind[] kinds = {DatasetKind.FORMULA_CURVE, DatasetKind.FORMULA_RULE, DatasetKind.FORMULA_SURFACE};
            d = d.withFormula(kinds[rng.nextInt(3)], text(rng, 30));
        }
        if (rng.nextInt(2) == 0) {
            char[] seps = {0, ',', ';', '\t'};
            int inputs = 1 + rng.nextInt(5);
            int[] columns = new int[inputs];
            for (int i = 0; i < inputs; i++) {
                columns[i] = i;
            }
            TableChoice choice = new TableChoice(columns, inputs, TableChoice.Target.values()[rng.nextInt(3)],
                    inputs > 2 ? 2 : 0, inputs > 2 ? 0 : 1);
            d = d.withTable(text(rng, 200), text(rng, 10),
                    new CsvOptions(seps[rng.nextInt(4)], CsvOptions.Header.values()[rng.nextInt(3)]), choice);
        }
        return d;
    }

    @Test
    void everyRecordComesBackTheSame() {
        Rng rng = new Rng(9);
        for (int trial = 0; trial < 500; trial++) {
            SavedOwnData d = random(rng);
            SavedOwnData back = SavedOwnData.read(d.write());
            assertEquals(d, back);
            assertEquals(d.write(), back.write());
        }
    }

    @Test
    void randomAndMutatedTextGivesARecordOrAMessage() {
        Rng rng = new Rng(10);
        int read = 0;
        for (int trial = 0; trial < 3000; trial++) {
            StringBuilder s = new StringBuilder(trial % 3 == 0 ? text(rng, 60) : random(rng).write());
            for (int e = rng.nextInt(4); e > 0 && s.length() > 0; e--) {
                int at = rng.nextInt(s.length());
                switch (rng.nextInt(3)) {
                    case 0 -> s.setCharAt(at, CHARS.charAt(rng.nextInt(CHARS.length())));
                    case 1 -> s.deleteCharAt(at);
                    default -> s.insert(at, CHARS.charAt(rng.nextInt(CHARS.length())));
                }
            }
            try {
                SavedOwnData.read(s.toString());
                read++;
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().startsWith("the kept data is"), expected.getMessage());
            } catch (RuntimeException other) {
                fail("'" + s + "' threw " + other);
            }
        }
        assertTrue(read > 50, "some mutations still read: " + read);
    }

    @Test
    void whatIsKeptIsSaidInWordsAndHalfPartsAreRefused() {
        SavedOwnData d = SavedOwnData.NOTHING.withDrawing(DrawnPoints.empty(ProblemType.CLASSIFICATION).with(1, 1, 1))
                .withFormula(DatasetKind.FORMULA_RULE, "x1 > 0")
                .withTable("a,b\n1,2\n", "data.csv", CsvOptions.DETECT, TableChoice.usual(2));
        assertEquals("a drawing of 1 point, the formula x1 > 0 and a table from data.csv", d.describe());
        assertEquals(SavedOwnData.Part.TABLE, d.inUse());
        assertEquals(SavedOwnData.Part.FORMULA, d.inUse(SavedOwnData.Part.FORMULA).inUse());
        assertTrue(SavedOwnData.NOTHING.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SavedOwnData.NOTHING.inUse(SavedOwnData.Part.DRAWING));
        assertThrows(IllegalArgumentException.class, () -> SavedOwnData.NOTHING.withFormula(DatasetKind.CIRCLE, "x"));
        assertEquals("the kept data is damaged: the field 'in-use' is missing", assertThrows(IllegalArgumentException.class,
                () -> SavedOwnData.read(SavedOwnData.HEADER + "\nformula-kind:5:frule\nformula:2:x1\n")).getMessage());
        assertEquals("the kept data is not nn-playground's own data of version 1",
                assertThrows(IllegalArgumentException.class, () -> SavedOwnData.read("{\"json\": 1}")).getMessage());
        SavedOwnData later = SavedOwnData.read(SavedOwnData.HEADER + "\nimage:3:abc\nin-use:4:NONE\n");
        assertTrue(later.isEmpty(), "an unknown field is skipped");
    }
}
