package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.math.Rng;

/** The images and text the browser keeps between visits: read back exactly, damaged text refused with a sentence. */
class LabOwnDataTest {
    private static LabState digitsWith(int images) {
        LabState s = LabState.defaultFor("digits", 1);
        ImageModel m = (ImageModel) s.model();
        AddedImages a = m.added();
        for (int i = 0; i < images; i++) {
            double[] p = new double[144];
            p[i % 144] = 1;
            a = a.with(p, i % 10, 10);
        }
        return s.withModel(m.withAdded(a));
    }

    private static LabState textWith(String text) {
        LabState s = LabState.defaultFor("text", 1);
        SequenceModel m = (SequenceModel) s.model();
        return s.withModel(m.withData(m.data().withText(text)));
    }

    @Test
    void whatTheRunHoldsIsKeptBesideThePartKeptBefore() {
        LabOwnData kept = LabOwnData.NOTHING.after(digitsWith(3));
        assertEquals(LabOwnData.Part.IMAGES, kept.inUse());
        assertEquals("3 images drawn for Digits", kept.describe());
        kept = kept.after(textWith("a text of mine, long enough for its windows"));
        assertEquals(LabOwnData.Part.TEXT, kept.inUse());
        assertEquals(3, kept.images().size(), "the images stay kept while the text is in use");
        assertEquals("3 images drawn for Digits and your text of 43 characters", kept.describe());
        LabOwnData plain = kept.after(LabState.defaultFor("echo", 1));
        assertEquals(LabOwnData.Part.NONE, plain.inUse());
        assertEquals("a text of mine, long enough for its windows", plain.text());
        assertEquals(plain, plain.after(LabState.defaultFor("bars", 1)), "a run without own data changes nothing kept");
        assertEquals(LabOwnData.NOTHING, LabOwnData.NOTHING.after(LabState.defaultFor("text", 1)));
        assertTrue(kept.inUseBy(digitsWith(3)) == false, "the text is not in that run");
        assertTrue(LabOwnData.NOTHING.after(digitsWith(2)).inUseBy(digitsWith(2)));
        assertFalse(LabOwnData.NOTHING.after(digitsWith(2)).inUseBy(digitsWith(3)));
    }

    @Test
    void randomRecordsRoundTripThroughTheirText() {
        Rng rng = new Rng(9);
        for (int i = 0; i < 200; i++) {
            LabOwnData d = LabOwnData.NOTHING;
            if (rng.nextInt(2) == 0) {
                d = d.after(digitsWith(1 + rng.nextInt(20)));
            }
            if (rng.nextInt(2) == 0) {
                StringBuilder t = new StringBuilder();
                int n = 1 + rng.nextInt(300);
                for (int k = 0; k < n; k++) {
                    t.append("ab\n:1\u00e9 x".charAt(rng.nextInt(8)));
                }
                d = d.after(textWith(t.length() < 26 ? t + "padding to pass the window" : t.toString()));
            }
            if (rng.nextInt(3) == 0) {
                d = d.after(LabState.defaultFor("echo", 1));
            }
            assertEquals(d, LabOwnData.read(d.write()), d.write());
        }
        LabOwnData longest = LabOwnData.NOTHING.after(textWith("x".repeat(9_999) + "y"));
        assertEquals(10_000, LabOwnData.read(longest.write()).text().length());
    }

    @Test
    void damagedOrForeignTextIsRefusedWithASentence() {
        String good = LabOwnData.NOTHING.after(digitsWith(2)).write();
        String[] bad = {null, "", "nn-playground own data 1\nin-use:4:NONE\n", LabOwnData.HEADER + "\nin-use:4:NONE",
                LabOwnData.HEADER + "\nin-use:x:NONE\n", LabOwnData.HEADER + "\nin-use:5:NONE\n",
                LabOwnData.HEADER + "\nin-use:6:IMAGES\n", LabOwnData.HEADER + "\nimages:3:12.\nin-use:4:NONE\n",
                good.replace("digits", "mnist!"), good.replace("12.", "99."), LabOwnData.HEADER + "\ntext:0:\nin-use:4:TEXT\n"};
        for (String b : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabOwnData.read(b), String.valueOf(b));
            assertTrue(e.getMessage().startsWith("the kept data is"), e.getMessage());
        }
        assertNull(LabOwnData.read(LabOwnData.HEADER + "\nlater-field:3:abc\nin-use:4:NONE\n").text(), "unknown keys are skipped");
        Rng rng = new Rng(3);
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder(good);
            for (int k = 0; k < 1 + rng.nextInt(3); k++) {
                int at = rng.nextInt(s.length());
                if (rng.nextInt(2) == 0) {
                    s.deleteCharAt(at);
                } else {
                    s.setCharAt(at, ":\n9A.x".charAt(rng.nextInt(6)));
                }
            }
            try {
                LabOwnData.read(s.toString());
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("the kept data is"), e.getMessage());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new LabOwnData(ImageProblem.BARS, AddedImages.none(8), null,
                LabOwnData.Part.IMAGES), "no empty image sets kept");
    }
}
